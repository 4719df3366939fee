// The window's checks read a folder again after posts change on disk: only the files that changed are
// read again, and only the posts whose file or context changed are checked again, yet what they find
// is always what a fresh `inkpost check` finds.
import assert from 'node:assert/strict';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkFolder } from '../../../main/services/checks/check-folder';
import { FolderChecks } from '../../../main/services/checks/folder-checks';
import { testFixturesDir } from '../../harness/paths';
import { withCopyOf } from '../../harness/temp-folders';

const checkBlog = join(testFixturesDir, 'check-blog');

void test('after each change on disk, the window\'s checks find exactly what a fresh check finds', async () => {
  await withCopyOf(checkBlog, 'inkpost-folder-checks-', async (blog) => {
    const checks = new FolderChecks(blog);
    const plain = join(blog, '_posts', '2020-01-01-plain.markdown');
    const twin = join(blog, 'en', 'news', '_posts', '2020-01-01-plain.markdown');
    const same = async (what: string): Promise<void> => {
      checks.invalidate();
      assert.deepEqual(await checks.problems(), await checkFolder(blog), what);
    };
    await same('first read');
    await writeFile(plain, '---\nlayout: post\ntitle: Plain\ntime: 10:30\n---\nNow with an unquoted time.\n');
    await same('one post edited: its own problems change');
    await writeFile(join(blog, '_posts', '2020-01-01-plain.md'), '---\nlayout: post\ntitle: Plain again\n---\nSame date and slug.\n');
    await same('a post added at the same URL: the unchanged post now clashes with it');
    await rm(join(blog, '_posts', '2020-01-01-plain.md'));
    await same('and removed again: the clash goes');
    await writeFile(twin, '---\nlayout: post\ntitle: Twin\n---\nIn the en category.\n');
    await same('a post in a category folder');
    await writeFile(join(blog, '_config.yml'), 'permalink: /:year/:title/\n');
    await same('the blog\'s permalink changed: every post is checked against it');
    await writeFile(join(blog, '_posts', '2020-01-02-link.markdown'), '---\nlayout: post\ntitle: Link\n---\n[x]({% post_url 2020-01-01-plain %})\n');
    await same('a link to a post');
  });
});

void test('reading the folder again, nothing changed: no post is checked again, the problems are the very same', async () => {
  await withCopyOf(checkBlog, 'inkpost-folder-checks-', async (blog) => {
    const checks = new FolderChecks(blog);
    const first = await checks.problems();
    checks.invalidate();
    const second = await checks.problems();
    assert.ok(first.length > 10);
    assert.equal(second.length, first.length);
    assert.ok(second.every((problem, index) => problem === first[index]), 'each problem is the one found before, not found again');

    await writeFile(join(blog, '_posts', '2020-01-01-plain.markdown'), '---\nlayout: post\ntitle: Plain\ntime: 10:30\n---\nEdited.\n');
    checks.invalidate();
    const third = await checks.problems();
    const edited = (path: string): boolean => path.endsWith('2020-01-01-plain.markdown') && path.includes('_posts');
    const kept = third.filter((problem) => !edited(problem.path));
    assert.ok(kept.every((problem) => first.includes(problem)), 'the other posts\' problems are kept');
    assert.ok(third.some((problem) => edited(problem.path) && problem.message.startsWith('time is unquoted')));
  });
});
