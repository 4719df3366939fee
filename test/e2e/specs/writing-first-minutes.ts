/**
 * Issue #13, writing (points 5 and 8), as a new user meets them: a new post
 * takes typing in its body, never in its front matter; an edit that breaks
 * the front matter fences is shown at once, with its line, and the form says
 * the front matter is broken instead of showing empty fields; the word counts
 * of the list's index and the status bar leave the `:EXTENDED:` line out.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { InkpostSession, Launcher } from '../../harness';
import { saveScreenshotSet } from '../../harness/screenshot-set';
import { copyTestBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';
import { inkpostPage, type InkpostPage } from '../../harness/pages';

async function save(page: Page): Promise<void> {
  const app = inkpostPage(page);
  await page.keyboard.press('ControlOrMeta+s');
  await app.editor.saveState('saved').waitFor();
}

/** Registers the specs on a writable copy of the test blog, opened at its root. */
export function writingFirstMinutesSpecs(launch: Launcher): void {
  let root = '';
  let blog = '';
  let session: InkpostSession | undefined;
  let page: Page;
  let app: InkpostPage;

  before(async () => {
    root = await makeTempFolder('e2e-writing-first-minutes');
    blog = join(root, 'blog');
    await copyTestBlog(blog);
    await writeFile(join(blog, '_drafts', 'counted.markdown'), '---\nlayout: post\ntitle: Counted\nextended: ":EXTENDED:"\n---\nOne two three.\n\n:EXTENDED:\n\nFour five.\n');
    session = await launch({ postsDir: blog, blogDir: blog });
    page = session.page;
    app = inkpostPage(page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(root);
  });

  test('a new post takes what is typed at once on its first body line; the front matter stays whole', async () => {
    await page.keyboard.press('ControlOrMeta+n');
    await page.keyboard.type('First words');
    await page.keyboard.press('Enter');
    const created = join(blog, '_drafts', 'first-words.markdown');
    await app.sidebar.currentItem(created).waitFor();
    await page.keyboard.type('Typed straight away.');
    await save(page);
    assert.equal(await readFile(created, 'utf8'), '---\nlayout: post\ntitle: First words\nextended: ":EXTENDED:"\n---\nTyped straight away.\n');
    assert.equal(await app.form.title.inputValue(), 'First words');
    assert.equal(await app.form.layout.inputValue(), 'post');
    await saveScreenshotSet(page, 'writing-new-post-typed');
  });

  test('typing into the opening fence shows at once that the front matter is broken, on line 1, not empty fields', async () => {
    const message = page.locator('[data-testid="form-message"]');
    await app.editor.lines.first().click();
    await page.keyboard.press('Home');
    await page.keyboard.type('Oops');
    await message.waitFor();
    assert.match(await message.innerText(), /^The front matter is broken: line 1: .*"---"/);
    assert.equal(await app.form.panel.getAttribute('data-front-matter'), 'broken');
    assert.equal(await app.form.title.isDisabled(), true);
    assert.notEqual(await app.form.title.inputValue(), '', 'the form does not pretend the post has no title');
    await saveScreenshotSet(page, 'writing-broken-front-matter');

    for (let typed = 0; typed < 'Oops'.length; typed += 1) {
      await page.keyboard.press('Backspace');
    }
    await message.waitFor({ state: 'hidden' });
    assert.equal(await app.form.panel.getAttribute('data-front-matter'), 'ok');

    // Deleting the opening fence line altogether is the same mistake, told the same way.
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Delete');
    await message.waitFor();
    assert.match(await message.innerText(), /^The front matter is broken: line 1: the opening "---" line is missing/);
    await page.keyboard.press('ControlOrMeta+z');
    await message.waitFor({ state: 'hidden' });
  });

  test('the status bar does not count the :EXTENDED: line as a word', async () => {
    const counted = join(blog, '_drafts', 'counted.markdown');
    await app.sidebar.item(counted).click();
    await app.sidebar.currentItem(counted).waitFor();
    await page.locator('[data-testid="status-words"][data-count="5"]').waitFor();
    assert.equal(await app.status.excerptWords.getAttribute('data-count'), '3');
  });
}
