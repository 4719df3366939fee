import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { readBlogStylesheet } from '../../../main/services/blog/blog-stylesheet';
import { copyTestBlog, withTempFolder } from '../../harness/temp-folders';

void test('finds the blog\'s main stylesheet: built first, then sources, then the root, usual names first', async () => {
  await withTempFolder('blog-style', async (blog) => {
    assert.equal(await readBlogStylesheet(blog), null, 'none at all');
    await writeFile(join(blog, 'aaa.css'), 'p { color: red }');
    assert.deepEqual(await readBlogStylesheet(blog), { path: join(blog, 'aaa.css'), css: 'p { color: red }' });
    await mkdir(join(blog, 'css'));
    await writeFile(join(blog, 'css', 'print.css'), 'p { color: gray }');
    await writeFile(join(blog, 'css', 'main.scss'), 'p { color: $x }');
    assert.equal((await readBlogStylesheet(blog))?.path, join(blog, 'css', 'print.css'), 'a source folder before the root; Sass is skipped');
    await writeFile(join(blog, 'css', 'style.css'), 'p { color: blue }');
    assert.equal((await readBlogStylesheet(blog))?.path, join(blog, 'css', 'style.css'), 'a usual name first');
    await mkdir(join(blog, '_site', 'css'), { recursive: true });
    await writeFile(join(blog, '_site', 'css', 'main.css'), 'p { color: green }');
    assert.equal((await readBlogStylesheet(blog))?.path, join(blog, '_site', 'css', 'main.css'), 'the built site first');
  });
});

void test('never reads a stylesheet outside the blog through a link, nor a huge file', { skip: process.platform === 'win32' ? 'symlinks need privileges' : false }, async () => {
  await withTempFolder('blog-style-out', async (parent) => {
    const blog = join(parent, 'blog');
    await mkdir(join(blog, 'css'), { recursive: true });
    await writeFile(join(parent, 'secret.css'), 'secret');
    await symlink(join(parent, 'secret.css'), join(blog, 'css', 'main.css'));
    await writeFile(join(blog, 'assets.css'), 'p {}');
    assert.equal((await readBlogStylesheet(blog))?.path, join(blog, 'assets.css'), 'the link is passed over');
    await mkdir(join(blog, 'assets'));
    await writeFile(join(blog, 'assets', 'main.css'), 'x'.repeat(2 * 1024 * 1024 + 1));
    assert.equal((await readBlogStylesheet(blog))?.path, join(blog, 'assets.css'), 'the huge file is passed over');
  });
});

void test('the test blog\'s stylesheet is its root styles.css', async () => {
  await withTempFolder('blog-style-fixture', async (blog) => {
    await copyTestBlog(blog);
    const found = await readBlogStylesheet(blog);
    assert.equal(found?.path, join(blog, 'styles.css'));
    assert.match(found?.css ?? '', /font-family: Georgia/);
  });
});
