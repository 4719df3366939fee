// Tags and categories in the form as Jekyll reads them, checked against Jekyll itself: generated
// `tags:` and `categories:` values (strings with runs of spaces, tabs and commas, lists with spaces
// inside items, numbers) are read by Jekyll's own site reader (test/harness/psych/post-taxonomy.rb)
// and by the form's model; the form must show exactly Jekyll's lists.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { readForm, type FormContext } from '../../../renderer/src/form/form-model';
import { projectRoot } from '../../harness/paths';
import { psychMissing } from '../../harness/psych/psych-oracle';

const word = fc.constantFrom('security', 'jekyll', 'open', 'standards', 'release,notes', 'a-b', 'Ünïcode', '1984s', 'x_y');
const gap = fc.constantFrom(' ', '  ', '\t', ' \t ');
/** A plain YAML string of words separated by spaces and tabs. */
const spaced = fc.array(word, { minLength: 1, maxLength: 4 }).chain((words) => fc.array(gap, { minLength: words.length - 1, maxLength: words.length - 1 }).map((gaps) => words.map((one, index) => `${one}${gaps[index] ?? ''}`).join('')));
/** A value as YAML text: a plain or quoted string, or a flow or block list (items may hold spaces). */
const value = fc.oneof(
  spaced,
  spaced.map((text) => JSON.stringify(text)),
  fc.array(spaced.map((text) => text.replace(/\t/g, ' ')), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
  fc.array(spaced.map((text) => text.replace(/\t/g, ' ')), { minLength: 1, maxLength: 3 }).map((items) => items.map((item) => `\n  - ${item}`).join('')),
);
// Numbers in lists: Jekyll shows them as text. (Not for categories: Jekyll 4.3 lists a number
// category twice, [23, plain] becoming 23, plain, 23; the form shows each once.)
const tagsValue = fc.oneof(value, fc.integer({ min: 1, max: 99 }).map((number) => `[${number}, plain]`));

const context = (path: string): FormContext => ({ path, kind: 'published', now: new Date(2024, 0, 1), permalinkPattern: null });

test('the form shows a post\'s tags and categories as Jekyll reads them (strings split on spaces, lists as they are)', { skip: psychMissing() ?? false }, async () => {
  const cases = fc.sample(fc.record({ tags: tagsValue, categories: value }), { numRuns: 120, seed: 20261207 });
  const site = await mkdtemp(join(tmpdir(), 'inkpost-taxonomy-'));
  try {
    await mkdir(join(site, '_posts'));
    const texts = new Map<string, string>();
    for (const [index, { tags, categories }] of cases.entries()) {
      const name = `2024-01-01-post-${index}.md`;
      const text = `---\ntitle: Post ${index}\ntags: ${tags}\ncategories: ${categories}\n---\nBody.\n`;
      texts.set(name, text);
      await writeFile(join(site, '_posts', name), text);
    }
    const ruby = spawnSync('ruby', [join(projectRoot, 'test', 'harness', 'psych', 'post-taxonomy.rb'), site, join(site, '_site')], { encoding: 'utf8', maxBuffer: 1e8 });
    assert.equal(ruby.status, 0, ruby.stderr);
    const jekyll = JSON.parse(ruby.stdout) as Record<string, { tags: string[]; categories: string[] }>;
    assert.equal(Object.keys(jekyll).length, cases.length, 'Jekyll read every generated post');
    for (const [name, text] of texts) {
      const reading = readForm(text, context(join(site, '_posts', name)));
      assert.ok(reading.ok, name);
      assert.deepEqual({ tags: reading.model.tags, categories: reading.model.categories }, jekyll[name], text);
    }
  } finally {
    await rm(site, { recursive: true, force: true });
  }
});
