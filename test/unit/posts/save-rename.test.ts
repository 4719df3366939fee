import assert from 'node:assert/strict';
import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { readBlogInfo } from '../../../main/services/blog/blog-info';
import { readPost, savePost } from '../../../main/services/posts/post-store';
import { defaultPermalinkPattern } from '../../../shared/blog/permalink';
import { copyTestBlog, withTempFolder } from '../../harness/temp-folders';

const original = '---\ntitle: Moving day\ndate: 2009-01-07 10:00\n---\nBody.\n';

void describe('savePost with renameTo (a published post whose date changed)', () => {
  void test('writes the new file, removes the old one, keeps the mode and returns the new path', () =>
    withTempFolder('save-rename', async (folder) => {
      const from = join(folder, '2009-01-07-moving-day.md');
      const to = join(folder, '2010-02-03-moving-day.md');
      await writeFile(from, original);
      await chmod(from, 0o600);
      const opened = await readPost(folder, from);
      const text = original.replace('2009-01-07 10:00', '2010-02-03 10:00');
      const result = await savePost(folder, { path: from, text, baseVersion: opened.version, renameTo: to });
      assert.equal(result.status, 'saved');
      assert.equal(result.status === 'saved' ? result.path : '', to);
      assert.deepEqual(await readdir(folder), ['2010-02-03-moving-day.md']);
      assert.equal(await readFile(to, 'utf8'), text);
      assert.equal((await stat(to)).mode & 0o777, 0o600);
    }));

  void test('an unchanged text is still moved to the new name, byte for byte', () =>
    withTempFolder('save-rename', async (folder) => {
      const from = join(folder, '2009-01-07-moving-day.md');
      const to = join(folder, '2009-01-08-moving-day.md');
      await writeFile(from, original.replace(/\n/g, '\r\n'));
      const opened = await readPost(folder, from);
      const result = await savePost(folder, { path: from, text: opened.text, baseVersion: opened.version, renameTo: to });
      assert.equal(result.status, 'saved');
      assert.equal(await readFile(to, 'utf8'), original.replace(/\n/g, '\r\n'));
      assert.deepEqual(await readdir(folder), ['2009-01-08-moving-day.md']);
    }));

  void test('never overwrites a file at the new name: nothing is written, the post keeps its name', () =>
    withTempFolder('save-rename', async (folder) => {
      const from = join(folder, '2009-01-07-moving-day.md');
      const to = join(folder, '2010-02-03-moving-day.md');
      await writeFile(from, original);
      await writeFile(to, 'someone else\n');
      const opened = await readPost(folder, from);
      await assert.rejects(savePost(folder, { path: from, text: `${opened.text}more\n`, baseVersion: opened.version, renameTo: to }), /already exists.*nothing was written/);
      assert.equal(await readFile(from, 'utf8'), original);
      assert.equal(await readFile(to, 'utf8'), 'someone else\n');
      assert.deepEqual((await readdir(folder)).sort(), ['2009-01-07-moving-day.md', '2010-02-03-moving-day.md']);
    }));

  void test('refuses a new name in another folder or that is not a post file, and a conflict writes nothing', () =>
    withTempFolder('save-rename', async (folder) => {
      const from = join(folder, '2009-01-07-moving-day.md');
      await writeFile(from, original);
      const opened = await readPost(folder, from);
      await assert.rejects(savePost(folder, { path: from, text: opened.text, baseVersion: opened.version, renameTo: join(folder, 'sub', '2010-01-01-x.md') }), /within its folder/);
      await assert.rejects(savePost(folder, { path: from, text: opened.text, baseVersion: opened.version, renameTo: join(folder, '2010-01-01-x.txt') }), /not a post file name/);
      await writeFile(from, `${original}changed elsewhere\n`);
      const conflict = await savePost(folder, { path: from, text: opened.text, baseVersion: opened.version, renameTo: join(folder, '2010-01-01-x.md') });
      assert.equal(conflict.status, 'conflict');
      assert.deepEqual(await readdir(folder), ['2009-01-07-moving-day.md']);
    }));
});

void describe('readBlogInfo', () => {
  void test('the test blog: its layouts, Jekyll\'s default permalink, its key order', () =>
    withTempFolder('blog-info', async (blog) => {
      await copyTestBlog(blog);
      const info = await readBlogInfo(blog);
      assert.deepEqual(info.layouts, ['base', 'post']);
      assert.equal(info.permalink, defaultPermalinkPattern);
      assert.deepEqual(info.keyOrder.slice(0, 5), ['layout', 'title', 'tags', 'time', 'extended']);
    }));

  void test('a permalink style from _config.yml; a config that does not parse gives no permalink', () =>
    withTempFolder('blog-info', async (blog) => {
      await writeFile(join(blog, '_config.yml'), 'title: x\npermalink: pretty\n');
      assert.equal((await readBlogInfo(blog)).permalink, '/:categories/:year/:month/:day/:title/');
      await writeFile(join(blog, '_config.yml'), 'permalink: [unclosed\n');
      assert.equal((await readBlogInfo(blog)).permalink, null);
      assert.deepEqual((await readBlogInfo(blog)).layouts, []);
    }));
});
