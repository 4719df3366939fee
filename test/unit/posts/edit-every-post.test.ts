// Every post of the project's fixture blogs (and of INKPOST_EXTRA_BLOGS, folders separated by `:`)
// edited field by field through the real services, each result read back by Jekyll's Psych:
// see test/harness/edit-every-post.ts for what is tried and checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPostFiles } from '../../../main/services/posts/post-files';
import { editOnePost, type EditOutcome, jekyllText, outcomeProblems } from '../../harness/edit-every-post';
import { psychMissing, readAsJekyll } from '../../harness/psych/psych-oracle';
import { extraBlogDirs, testFixturesDir } from '../../harness/paths';
import { withTempFolder } from '../../harness/temp-folders';

const missing = psychMissing();
const blogs = [...['blog', 'check-blog', 'render-blog', 'edit-blog'].map((name) => join(testFixturesDir, name)), ...extraBlogDirs];

for (const blog of blogs) {
  test(`every post of ${blog}: unchanged saves keep every byte; each edit changes only its field, as Jekyll reads it`, { skip: missing ?? false, timeout: 30 * 60_000 }, async () => {
    const posts = await findPostFiles(blog);
    assert.ok(posts.length > 0, `${blog} has no posts`);
    const problems: string[] = [];
    const outcomes: EditOutcome[] = [];
    await withTempFolder('edit-every-post', async (work) => {
      for (const [index, post] of posts.entries()) {
        const result = await editOnePost(post, join(work, String(index)), index);
        problems.push(...result.problems);
        outcomes.push(...result.outcomes);
      }
    });
    const texts: string[] = [];
    const slots = new Map<Buffer, number>();
    const slotOf = (bytes: Buffer): number | null => {
      const text = jekyllText(bytes);
      if (text === null) {
        return null;
      }
      if (!slots.has(bytes)) {
        slots.set(bytes, texts.push(text) - 1);
      }
      return slots.get(bytes) ?? null;
    };
    const pairs = outcomes.map((outcome) => [slotOf(outcome.before), slotOf(outcome.after)] as const);
    const answers = await readAsJekyll(texts, { fieldLines: true });
    for (const [index, outcome] of outcomes.entries()) {
      const [before, after] = pairs[index] ?? [null, null];
      problems.push(...outcomeProblems(outcome, before === null ? null : (answers[before] ?? null), after === null ? null : (answers[after] ?? null)));
    }
    const edits = outcomes.filter((outcome) => outcome.refusal === null).length;
    assert.deepEqual(problems.slice(0, 30), [], `${problems.length} problems in ${posts.length} posts (${edits} edits made, ${outcomes.length - edits} refused)`);
  });
}
