// Differential test: Inkpost reads front matter exactly as Jekyll 4 does (Ruby's Psych, through
// Jekyll's own front matter pattern and loader), on generated front matter and on every fixture post.
// Each disagreement is printed with the post's text, so a failure here is a reproducible case.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { differenceFromJekyll } from '../../harness/psych/compare-with-jekyll';
import { frontMatterPost } from '../../harness/psych/front-matter-arbitrary';
import { psychMissing, readAsJekyll } from '../../harness/psych/psych-oracle';
import { extraBlogDirs, referenceFixturesDir, projectRoot } from '../../harness/paths';

const missing = psychMissing();
/** How many generated front matters are compared; INKPOST_ORACLE_RUNS and INKPOST_ORACLE_SEED explore further. */
const runs = Number(process.env['INKPOST_ORACLE_RUNS'] ?? 10_000);
const seed = Number(process.env['INKPOST_ORACLE_SEED'] ?? 20261207);

function disagreements(texts: readonly string[], answers: Awaited<ReturnType<typeof readAsJekyll>>, names: readonly string[] = []): string[] {
  const found: string[] = [];
  texts.forEach((text, index) => {
    const answer = answers[index];
    const difference = answer === undefined ? 'no answer' : differenceFromJekyll(text, answer);
    if (difference !== null) {
      found.push(`${names[index] ?? ''}${difference}\n--- post ---\n${text}`);
    }
  });
  return found;
}

test(`${runs} generated front matters read as Jekyll reads them`, { skip: missing ?? false }, async () => {
  const texts = fc.sample(frontMatterPost, { numRuns: runs, seed });
  const found = disagreements(texts, await readAsJekyll(texts));
  assert.equal(found.length, 0, `${found.length} of ${texts.length} disagree (seed ${seed}); the first:\n\n${found.slice(0, 5).join('\n\n')}`);
});

async function postsUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && /\.(?:md|markdown|html)$/.test(entry.name) && /(?:^|\/)_(?:posts|drafts)(?:\/|$)/.test(entry.parentPath))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

test('every fixture post reads as Jekyll reads it', { skip: missing ?? false }, async () => {
  const paths = [...(await postsUnder(join(projectRoot, 'test', 'fixtures'))), ...(await postsUnder(referenceFixturesDir))];
  assert.ok(paths.length > 0, 'no fixture posts found');
  const texts = await Promise.all(paths.map((path) => readFile(path, 'utf8')));
  const found = disagreements(texts, await readAsJekyll(texts));
  assert.equal(found.length, 0, found.join('\n\n'));
});

for (const dir of extraBlogDirs) {
  test(`every post of ${dir} reads as Jekyll reads it`, { skip: missing ?? false }, async () => {
    const paths = await postsUnder(dir);
    const texts = await Promise.all(paths.map((path) => readFile(path, 'utf8')));
    const found = disagreements(texts, await readAsJekyll(texts), paths.map((path) => `${path}: `));
    assert.equal(found.length, 0, `${paths.length - found.length} of ${paths.length} posts read alike; the first differences:\n\n${found.slice(0, 20).join('\n\n')}`);
  });
}

test('Psych quirks Inkpost follows', { skip: missing ?? false }, async () => {
  const cases = [
    '---\ntime: 13:48\n---\n', // 49680, not YAML 1.1's 828
    '---\nn: 1,000\n---\n',
    '---\ntitle: "Migrating To Ejabberd:\nThe Gory Details"\n---\n', // continued at column 0
    '---\nx: :sym\n---\n', // a Ruby symbol: Jekyll refuses the front matter
    '---\ntags: a\ntags: b\n---\n', // repeated key: the last wins
    '---\nyes: 1\ny: 2\n---\n',
  ];
  const found = disagreements(cases, await readAsJekyll(cases));
  assert.equal(found.length, 0, found.join('\n\n'));
});
