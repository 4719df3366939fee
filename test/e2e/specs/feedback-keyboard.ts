/**
 * Issue #13, feedback and keyboard (points 9, 10 and 11): the export status
 * goes when another post is shown; a drafts folder's tag filter offers only
 * the tags of the posts listed, and an empty folder says what to do in the
 * list and in the middle pane alike; the post list is one Tab stop with the
 * listbox keys (arrows, Home/End, type-ahead, Enter opens).
 */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { InkpostSession, Launcher } from '../../harness';
import { saveScreenshotSet } from '../../harness/screenshot-set';
import { copyReferenceBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';

function item(page: Page, path: string): ReturnType<Page['locator']> {
  return page.locator(`[data-testid="post-item"][data-path="${path}"]`);
}

async function openPost(page: Page, path: string): Promise<void> {
  await item(page, path).click();
  await page.locator(`[data-testid="post-item"][data-path="${path}"][aria-current="true"]`).waitFor();
}

function focusedPath(page: Page): Promise<string | null> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['path'] ?? null);
}

/** Registers the specs on writable copies of the reference blog. */
export function feedbackKeyboardSpecs(launch: Launcher): void {
  let root = '';
  let blog = '';
  let session: InkpostSession | undefined;
  let page: Page;
  const posts = (name: string): string => join(blog, '_posts', name);

  before(async () => {
    root = await makeTempFolder('e2e-feedback-keyboard');
    blog = join(root, 'blog');
    await copyReferenceBlog(blog);
    await writeFile(join(blog, '_drafts', 'ship-it.markdown'), '---\nlayout: post\ntitle: Ship it\ntags: [inkpost]\nextended: ":EXTENDED:"\n---\nText.\n');
    session = await launch({ postsDir: blog, blogDir: blog });
    page = session.page;
  });

  after(async () => {
    await session?.close();
    await removeFolder(root);
  });

  test('the export status goes away when another post is opened', async () => {
    await openPost(page, join(blog, '_drafts', 'ship-it.markdown'));
    await page.locator('[data-testid="export-button"]:not([disabled])').click();
    const status = page.locator('[data-testid="export-status"]');
    await page.locator('[data-testid="export-status"][data-state="exported"]').waitFor();
    assert.match(await status.innerText(), /^Exported to _posts\//);
    await openPost(page, posts('2009-01-07-emacs-and-jabber-happy-together.markdown'));
    assert.equal(await status.innerText(), '');
    assert.equal(await status.getAttribute('data-state'), null);
  });

  test('the post list is one Tab stop: arrows, Home and End, type-ahead, Enter opens', async () => {
    const tabStops = await page.locator('[data-testid="post-item"][tabindex="0"]').count();
    assert.equal(tabStops, 1, 'one post of the list is in the Tab order');
    assert.equal(await page.locator('[data-testid="post-list"]').getAttribute('role'), 'listbox');
    assert.equal(await page.locator('[data-testid="post-item"]').first().getAttribute('role'), 'option');
    // Tab from the tag filter reaches the list once, and the next Tab leaves it.
    await page.locator('[data-testid="tag-filter"]').focus();
    for (let presses = 0; presses < 8 && (await focusedPath(page)) === null; presses += 1) {
      await page.keyboard.press('Tab');
    }
    const open = posts('2009-01-07-emacs-and-jabber-happy-together.markdown');
    assert.equal(await focusedPath(page), open, 'the list\'s Tab stop is the open post');
    await page.keyboard.press('Tab');
    assert.equal(await focusedPath(page), null, 'the next Tab leaves the list');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focusedPath(page), open);
    await page.keyboard.press('ArrowDown');
    assert.equal(await focusedPath(page), posts('2008-10-21-xmpp-at-the-sf-music-tech-summit.markdown'));
    await page.keyboard.press('End');
    assert.equal(await focusedPath(page), posts('2007-03-28-debugging-with-data-visualization.markdown'));
    await page.keyboard.press('Home');
    const first = await page.locator('[data-testid="post-item"]').first().getAttribute('data-path');
    assert.equal(await focusedPath(page), first);
    await page.keyboard.type('up');
    assert.equal(await focusedPath(page), posts('2009-03-11-upcoming-xmpp-talks-and-events.markdown'));
    assert.equal(await page.locator('[data-testid="post-item"][tabindex="0"]').count(), 1);
    await page.keyboard.press('Enter');
    await page.locator(`[data-testid="post-item"][data-path="${posts('2009-03-11-upcoming-xmpp-talks-and-events.markdown')}"][aria-current="true"]`).waitFor();
    await saveScreenshotSet(page, 'feedback-list-keyboard');
  });

  test('the tag box highlights the first match as you type: Enter takes it; Escape keeps the typed text', async () => {
    const hacks = posts('2009-01-15-some-jekyll-hacks.markdown');
    await openPost(page, hacks);
    const input = page.locator('[data-testid="form-tags"] input');
    const chips = (): Promise<(string | null)[]> => page.locator('[data-testid="form-tag"]').evaluateAll((items) => items.map((chip) => chip.getAttribute('data-tag')));
    await input.focus();
    await page.keyboard.type('xm');
    const first = page.locator('[data-testid="form-tag-option"]').first();
    await first.waitFor();
    assert.equal(await first.getAttribute('aria-selected'), 'true', 'the first match is highlighted without any arrow key');
    assert.equal(await input.getAttribute('aria-activedescendant'), await first.getAttribute('id'));
    await saveScreenshotSet(page, 'feedback-tag-first-match');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="form-tag"][data-tag="xmpp"]').length === 1);
    assert.deepEqual(await chips(), ['jekyll', 'ruby', 'code', 'xmpp'], 'Enter took the highlighted suggestion, not "xm"');
    await page.keyboard.type('ja');
    await page.locator('[data-testid="form-tag-option"][data-tag="jabber"][aria-selected="true"]').waitFor();
    await page.keyboard.press('Escape');
    assert.equal(await input.inputValue(), 'ja', 'Escape keeps the typed text');
    assert.equal(await input.getAttribute('aria-activedescendant'), null);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="form-tag"][data-tag="ja"]').length === 1);
    assert.deepEqual(await chips(), ['jekyll', 'ruby', 'code', 'xmpp', 'ja']);
    await page.keyboard.press('ControlOrMeta+s');
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
  });

  test('a drafts folder: the tag filter offers the drafts\' tags only, and an empty one says what to do, in both panes', async () => {
    await session?.close();
    session = undefined;
    const drafts = join(blog, '_drafts');
    session = await launch({ postsDir: drafts });
    page = session.page;
    await item(page, join(drafts, 'ship-it.markdown')).waitFor();
    const offered = await page.locator('[data-testid="tag-filter"] option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
    assert.deepEqual(offered, ['inkpost'], 'only the tags of the posts listed');
    await session.close();
    session = undefined;

    const empty = join(root, 'empty-blog');
    await mkdir(join(empty, '_drafts'), { recursive: true });
    await writeFile(join(empty, '_config.yml'), 'title: Empty\n');
    session = await launch({ postsDir: join(empty, '_drafts') });
    page = session.page;
    const note = page.locator('[data-testid="post-list-empty"]');
    await note.waitFor();
    assert.match(await note.innerText(), /^No drafts yet — New post \((Ctrl\+N|⌘N)\)$/);
    assert.equal(await page.locator('[data-testid="empty-state"]').innerText(), await note.innerText());
    await saveScreenshotSet(page, 'feedback-empty-drafts');
  });
}
