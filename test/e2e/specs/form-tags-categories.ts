/**
 * Tags and categories in the form as Jekyll has them, on a copy of the test
 * blog: a string `tags: security jekyll` shows as its space-split tags, and
 * saving the post without touching them leaves that line byte for byte; a
 * change writes a list in the file's own style (flow here, block where the
 * file's lists are block lists). `categories` has a field of its own with the
 * same rules.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { InkpostSession, Launcher } from '../../harness';
import { inkpostPage, type InkpostPage } from '../../harness/pages';
import { saveScreenshot } from '../../harness/screenshots';
import { copyTestBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';

const stringPost = `---
layout: post
title: "Strings as Jekyll splits them"
tags: security jekyll
categories: news  releases
---
A post whose tags and categories are strings.
`;

const blockPost = `---
layout: post
title: "Block lists"
tags:
  - open standards
  - chat
categories:
  - big news
---
A post whose lists are block lists.
`;

/** Registers the tags and categories specs. */
export function formTagsCategoriesSpecs(launch: Launcher): void {
  let blog = '';
  let session: InkpostSession | undefined;
  let app: InkpostPage;
  const post = (name: string): string => join(blog, '_posts', name);

  before(async () => {
    blog = await makeTempFolder('e2e-tags-categories');
    await copyTestBlog(blog);
    await writeFile(post('2024-04-01-strings.markdown'), stringPost);
    await writeFile(post('2024-04-02-block-lists.markdown'), blockPost);
    session = await launch({ postsDir: join(blog, '_posts') });
    app = inkpostPage(session.page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(blog);
  });

  test('string tags and categories show split on spaces; saving without touching them keeps their lines byte for byte', async () => {
    const path = post('2024-04-01-strings.markdown');
    await app.openPost(path);
    await app.form.tag('jekyll').waitFor();
    assert.deepEqual(await app.form.tagNames(), ['security', 'jekyll']);
    assert.deepEqual(await app.form.categoryNames(), ['news', 'releases']);
    await saveScreenshot(app.page, 'form-string-tags-categories');

    await app.form.title.fill('Strings, still as Jekyll splits them');
    await app.form.title.press('Tab');
    await app.editor.saveState('unsaved').waitFor();
    await app.editor.save();
    const saved = await readFile(path, 'utf8');
    assert.match(saved, /^title: "Strings, still as Jekyll splits them"$/m);
    assert.match(saved, /^tags: security jekyll$/m, 'the tags line is untouched');
    assert.match(saved, /^categories: news {2}releases$/m, 'the categories line is untouched, its two spaces too');
  });

  test('changing them writes a list in the file\'s own style, with spaces kept inside items', async () => {
    const path = post('2024-04-01-strings.markdown');
    await app.form.addTags('open standards');
    await app.form.addCategories('release notes');
    await app.editor.save();
    const saved = await readFile(path, 'utf8');
    assert.match(saved, /^tags: \[security, jekyll, open standards\]$/m);
    assert.match(saved, /^categories: \[news, releases, release notes\]$/m);

    await app.page.getByRole('button', { name: 'Remove category news' }).click();
    await app.editor.save();
    assert.match(await readFile(path, 'utf8'), /^categories: \[releases, release notes\]$/m);
  });

  test('in a file of block lists a change writes a block list', async () => {
    const path = post('2024-04-02-block-lists.markdown');
    await app.openPost(path);
    await app.form.category('big news').waitFor();
    assert.deepEqual(await app.form.tagNames(), ['open standards', 'chat']);
    await app.form.addCategories('community');
    await app.editor.save();
    assert.match(await readFile(path, 'utf8'), /^categories:\n {2}- big news\n {2}- community\n---$/m);
    assert.match(await readFile(path, 'utf8'), /^tags:\n {2}- open standards\n {2}- chat\n/m, 'the tags are untouched');
  });
}
