// Differential test: `inkpost check` reports an error on a post exactly when Jekyll fails or drops it,
// judged by Jekyll's own reader and renderer (test/harness/psych/site-report.rb) on copies of the
// project's check cases and of the real blogs beside the repository. Posts Jekyll leaves out on
// purpose (a future date, published: false) are warnings, not errors, as the issue's rules say;
// a post whose layout is missing counts as broken, since Jekyll builds it without its page.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { test } from 'node:test';
import { checkFolder } from '../../../main/services/checks/check-folder';
import { parsePostFileName } from '../../../shared/posts/post-file-name';
import { extraBlogDirs, referenceFixturesDir, projectRoot } from '../../harness/paths';
import { psychMissing } from '../../harness/psych/psych-oracle';
import { jekyllSiteReport, type SitePost } from '../../harness/psych/site-oracle';

const missing = psychMissing();

/** Jekyll leaves a post out on purpose when it says `published: false` or is dated after today. */
function isLeftOutOnPurpose(text: string, path: string): boolean {
  const date = parsePostFileName(basename(path)).date;
  return /^published:\s*false\s*$/m.test(text) || (date !== null && date > new Date().toISOString().slice(0, 10));
}

function jekyllRefuses(path: string, post: SitePost, text: string): boolean {
  if (post.status === 'error' || post.status === 'conflict' || post.unknownLayout !== undefined) {
    return true;
  }
  return post.status === 'skipped' && !isLeftOutOnPurpose(text, path);
}

async function compareOn(siteDir: string): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), 'inkpost-agreement-'));
  try {
    const copy = join(work, 'site');
    await cp(siteDir, copy, { recursive: true });
    const report = jekyllSiteReport(copy, join(work, '_site'));
    const problems = await checkFolder(copy);
    const withErrors = new Set(problems.filter((problem) => problem.severity === 'error').map((problem) => relative(copy, problem.path)));
    const disagreements: string[] = [];
    for (const [path, post] of Object.entries(report)) {
      const refuses = jekyllRefuses(path, post, await readFile(join(copy, path), 'latin1'));
      if (refuses !== withErrors.has(path)) {
        const said = problems.filter((problem) => relative(copy, problem.path) === path).map((problem) => `${problem.severity}: ${problem.message}`);
        disagreements.push(`${path}: Jekyll ${refuses ? `refuses it (${post.message ?? post.status}${post.unknownLayout ? `, layout ${post.unknownLayout}` : ''})` : `builds it (${post.status})`}; check says ${said.join(' | ') || 'nothing'}`);
      }
    }
    for (const path of withErrors) {
      if (!(path in report)) {
        disagreements.push(`${path}: check reports an error on a file Jekyll does not see as a post`);
      }
    }
    if (disagreements.length > 0) {
      disagreements.push(`(${Object.keys(report).length} posts, ${disagreements.length} disagreements)`);
    }
    return disagreements;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

test('check agrees with Jekyll on the project\'s check cases', { skip: missing ?? false }, async () => {
  assert.deepEqual(await compareOn(join(projectRoot, 'test', 'fixtures', 'check-blog')), []);
});

// Blogs of one `_config.yml` setting each (test/fixtures/check-settings/README.md).
const settingsDir = join(projectRoot, 'test', 'fixtures', 'check-settings');
for (const name of readdirSync(settingsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
  test(`check agrees with Jekyll on check-settings/${name}`, { skip: missing ?? false }, async () => {
    assert.deepEqual(await compareOn(join(settingsDir, name)), []);
  });
}

for (const dir of [...['metajack-blog', 'jekyll-news'].map((blog) => join(referenceFixturesDir, blog)), ...extraBlogDirs]) {
  const blog = basename(dir);
  const absent = existsSync(dir) ? null : `${dir} is absent (the real blogs sit beside the repository in ../shared)`;
  test(`check agrees with Jekyll on ${blog}`, { skip: missing ?? absent ?? false }, async () => {
    assert.deepEqual(await compareOn(dir), []);
  });
}
