// The editor's problems are `inkpost check`'s: the same rules on the text being written, against the
// rest of the blog; and a folder of drafts is checked against the whole blog it belongs to.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkFolder, checkPostText, readFolderCheck } from '../../../main/services/checks/check-folder';
import { FolderChecks } from '../../../main/services/checks/folder-checks';
import { formatProblem } from '../../../shared/problem';
import { testFixturesDir } from '../../harness/paths';
import { withCopyOf } from '../../harness/temp-folders';

const checkBlog = join(testFixturesDir, 'check-blog');

void test('each post\'s text, checked alone against its folder, gives exactly what check prints for it', async () => {
  const check = await readFolderCheck(checkBlog);
  const all = await checkFolder(checkBlog);
  for (const file of check.files) {
    const text = await readFile(file.path, 'latin1');
    if (file.problems.some((problem) => problem.message.includes('UTF-8'))) {
      continue; // the editor holds decoded text: the byte problem is the file's, found when it is read
    }
    const alone = checkPostText(file.path, text, check.context).map(formatProblem);
    assert.deepEqual(alone, all.filter((problem) => problem.path === file.path).map(formatProblem), file.path);
  }
});

void test('Liquid in code that prints a variable the post assigns is meant to run: no warning; other Liquid in code still warns', async () => {
  const check = await readFolderCheck(checkBlog);
  const path = join(checkBlog, '_posts', '2020-01-01-plain.markdown');
  const text = '---\nlayout: post\ntitle: Checksums\n---\n{% assign kettle = site.data.kettles.first %}\nDownload it:\n\n    SIZE: {{ kettle.size }}\n    SHA256: {{kettle.sha256}}\n\nAnd in a tutorial: `{{ page.title }}`.\n';
  const warnings = checkPostText(path, text, check.context).filter((problem) => problem.message.startsWith('Liquid inside code'));
  assert.deepEqual(warnings.map((problem) => problem.line), [11]);
});

void test('the text as written: a post_url typed into a post is checked before it is saved, at its line', async () => {
  const check = await readFolderCheck(checkBlog);
  const path = join(checkBlog, '_posts', '2020-01-01-plain.markdown');
  const text = `${await readFile(path, 'utf8')}\nSee [this]({% post_url 2020-01-02-string-tags %}) and [that]({% post_url 2019-09-09-gone %}).\n`;
  const problems = checkPostText(path, text, check.context);
  const lines = text.split('\n');
  const line = lines.findIndex((row) => row.startsWith('See [this]')) + 1;
  const column = (lines[line - 1] ?? '').indexOf('{% post_url 2019') + 1;
  assert.deepEqual(problems.map((problem) => `${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`), [
    `${line}:${column}: error: {% post_url 2019-09-09-gone %} names no post of the blog: Jekyll stops the build`,
  ]);
});

void test('a blog\'s _drafts checked alone: a post_url to a published post is fine, one to nowhere is an error', async () => {
  await withCopyOf(checkBlog, 'inkpost-checks-', async (blog) => {
    const draft = join(blog, '_drafts', 'a-draft.markdown');
    const body = 'See [plain]({% post_url 2020-01-01-plain %}), [the release]({% post_url en/news/2020-02-01-release %}) and [gone]({% post_url 2019-09-09-gone %}).';
    await writeFile(draft, `---\nlayout: post\ntitle: Draft\n---\n${body}\n`);
    assert.deepEqual((await checkFolder(join(blog, '_drafts'))).map((problem) => `${problem.line}:${problem.column}: ${problem.message}`), [
      `5:${body.indexOf('{% post_url 2019') + 1}: {% post_url 2019-09-09-gone %} names no post of the blog: Jekyll stops the build`,
    ]);
  });
});

void test('the window\'s checks read the folder once, and again after invalidate', async () => {
  await withCopyOf(checkBlog, 'inkpost-checks-', async (blog) => {
    const checks = new FolderChecks(blog);
    const path = join(blog, '_posts', '2020-01-01-plain.markdown');
    const linking = '---\nlayout: post\ntitle: Linking\n---\nSee [new]({% post_url 2020-05-05-new %}).\n';
    assert.equal((await checks.problemsOfText(path, linking)).length, 1, 'no such post yet');
    await writeFile(join(blog, '_posts', '2020-05-05-new.markdown'), '---\nlayout: post\ntitle: New\n---\nNew.\n');
    assert.equal((await checks.problemsOfText(path, linking)).length, 1, 'the folder as last read');
    checks.invalidate();
    assert.deepEqual(await checks.problemsOfText(path, linking), []);
    assert.deepEqual(await checks.problems(), await checkFolder(blog));
  });
});
