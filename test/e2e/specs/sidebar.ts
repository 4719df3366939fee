/**
 * The posts sidebar and the status bar, end to end: drafts and published
 * posts in two groups, search by title and body, the tag filter, unsaved
 * markers, new post, rename and delete to the trash through the in-app
 * dialog, and the word counts. Runs on a writable copy of the reference blog
 * opened as the posts folder, so both groups are there.
 */
import assert from 'node:assert/strict';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { InkpostBridge } from '../../../shared/contract';
import type { PostListing } from '../../../shared/post';
import { textStats } from '../../../renderer/src/status/text-stats';
import type { InkpostSession, Launcher } from '../../harness';
import { saveScreenshot } from '../../harness/screenshots';
import { copyReferenceBlog, referencePostNamesNewestFirst, makeTempFolder, removeFolder } from '../../harness/temp-folders';

function item(page: Page, path: string) {
  return page.locator(`[data-testid="post-item"][data-path="${path}"]`);
}

/** The paths of the listed posts, top to bottom. */
async function listedPaths(page: Page): Promise<string[]> {
  return page.locator('[data-testid="post-item"]').evaluateAll((items) => items.map((element) => (element as HTMLElement).dataset['path'] ?? ''));
}

async function open(page: Page, path: string): Promise<void> {
  await item(page, path).click();
  await page.locator(`[data-testid="post-item"][data-path="${path}"][aria-current="true"]`).waitFor();
}

async function listing(page: Page): Promise<PostListing> {
  return page.evaluate(() => (window as unknown as { inkpost: InkpostBridge }).inkpost.listPosts());
}

/** Waits until the list shows exactly `paths`, in order; fails showing the list as it last was. */
async function waitForList(page: Page, paths: readonly string[], timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let shown = await listedPaths(page);
  while (JSON.stringify(shown) !== JSON.stringify(paths) && Date.now() < deadline) {
    await page.waitForTimeout(50);
    shown = await listedPaths(page);
  }
  assert.deepEqual(shown, paths);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Registers the sidebar and status bar specs on a copy of the reference blog. */
export function sidebarSpecs(launch: Launcher): void {
  let blog = '';
  let session: InkpostSession | undefined;
  let page: Page;
  const published = (name: string): string => join(blog, '_posts', name);
  const draft = (name: string): string => join(blog, '_drafts', name);

  before(async () => {
    blog = await makeTempFolder('e2e-sidebar');
    await copyReferenceBlog(blog);
    await writeFile(draft('chat-notes.markdown'), '---\nlayout: post\ntitle: Chat notes\ntags: [jekyll, notes]\n---\nA draft about group chat and moderation.\n');
    session = await launch({ postsDir: blog, blogDir: blog });
    page = session.page;
  });

  after(async () => {
    await session?.close();
    await removeFolder(blog);
  });

  test('drafts and published posts in two groups, newest first', async () => {
    const groups = page.locator('[data-testid="post-group"]');
    assert.deepEqual(await groups.evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset['kind'])), ['draft', 'published']);
    assert.equal(await groups.nth(0).locator('h2').textContent(), 'Drafts (1)');
    assert.deepEqual(await listedPaths(page), [draft('chat-notes.markdown'), ...referencePostNamesNewestFirst.map(published)]);
    assert.equal(await page.locator('[data-testid="post-list"]').getAttribute('aria-label'), 'Posts in this folder');
    await saveScreenshot(page, 'sidebar-groups');
  });

  test('search finds titles first, then bodies; Escape clears it; Ctrl+Shift+F focuses it', async () => {
    const search = page.locator('[data-testid="post-search"]');
    assert.match((await search.getAttribute('title')) ?? '', /\((Ctrl\+Shift\+F|⇧⌘F)\)$/);
    assert.ok(((await search.getAttribute('aria-label')) ?? '') !== '');
    await page.locator('[data-testid="editor"]').click();
    await page.keyboard.press('ControlOrMeta+Shift+f');
    assert.equal(await search.evaluate((element) => element === document.activeElement), true);
    await page.keyboard.type('EJABBERD');
    const expected = [
      published('2008-08-28-writing-ejabberd-modules-presence-storms.markdown'),
      published('2008-08-27-migrating-to-ejabberd-the-gory-details.markdown'),
      // Its title has no "ejabberd"; its text has.
      published('2008-10-21-xmpp-at-the-sf-music-tech-summit.markdown'),
    ];
    await waitForList(page, expected);
    assert.deepEqual(await page.locator('[data-testid="post-group"]').evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset['kind'])), ['results']);
    await saveScreenshot(page, 'sidebar-search');
    await search.fill('chat moderation');
    // Both words are in "On Moderation Of Chats"; the draft has "chat" in its title and "moderation" in its text.
    await waitForList(page, [published('2008-06-06-on-moderation-of-chats.markdown'), draft('chat-notes.markdown')]);
    await search.fill('no post says this');
    await page.locator('[data-testid="post-list-empty"]').waitFor();
    assert.equal(await page.locator('[data-testid="post-list-empty"]').innerText(), 'No post matches the search.');
    await search.press('Escape');
    await waitForList(page, [draft('chat-notes.markdown'), ...referencePostNamesNewestFirst.map(published)]);
  });

  test('the tag filter shows only posts with the chosen tag, from the tag catalogue', async () => {
    const filter = page.locator('[data-testid="tag-filter"]');
    const options = await filter.locator('option').evaluateAll((elements) => elements.map((element) => (element as HTMLOptionElement).value));
    assert.equal(options[0], '', 'the first choice is every tag');
    assert.ok(options.includes('jekyll') && options.includes('xmpp'));
    await filter.selectOption('jekyll');
    const tagged = (await listing(page)).posts.filter((post) => post.tags.includes('jekyll')).map((post) => post.path);
    assert.deepEqual(tagged, [draft('chat-notes.markdown'), published('2009-01-15-some-jekyll-hacks.markdown')]);
    await waitForList(page, tagged);
    await saveScreenshot(page, 'sidebar-tag-filter');
    await page.locator('[data-testid="post-search"]').fill('hacks');
    await waitForList(page, [published('2009-01-15-some-jekyll-hacks.markdown')]);
    await page.locator('[data-testid="post-search"]').fill('');
    await filter.selectOption('');
    await waitForList(page, [draft('chat-notes.markdown'), ...referencePostNamesNewestFirst.map(published)]);
  });

  test('the status bar counts words, excerpt words and reading time as the index does, and follows typing', async () => {
    const moderation = published('2008-06-06-on-moderation-of-chats.markdown');
    await open(page, moderation);
    const text = await readFile(moderation, 'utf8');
    const stats = textStats(text);
    const summary = (await listing(page)).posts.find((post) => post.path === moderation);
    assert.equal(stats.words, summary?.words);
    const words = page.locator('[data-testid="status-words"]');
    const excerpt = page.locator('[data-testid="status-excerpt-words"]');
    const reading = page.locator('[data-testid="status-reading-time"]');
    assert.equal(await words.getAttribute('data-count'), String(stats.words));
    assert.equal(await words.innerText(), `${stats.words.toLocaleString('en')} words`);
    assert.ok(stats.excerptWords !== null && stats.excerptWords > 0);
    assert.equal(await excerpt.getAttribute('data-count'), String(stats.excerptWords));
    assert.equal(await excerpt.innerText(), `Excerpt: ${stats.excerptWords.toLocaleString('en')} words`);
    assert.equal(await reading.getAttribute('data-minutes'), String(Math.ceil(stats.words / 230)));
    assert.equal(await reading.innerText(), `${Math.ceil(stats.words / 230)} min read`);
    // Three words typed into the excerpt (its first body line) count in both.
    await page.locator('[data-testid="editor"] .cm-line').nth(7).click();
    await page.keyboard.press('Home');
    await page.keyboard.type('one two three ');
    await page.locator(`[data-testid="status-words"][data-count="${stats.words + 3}"]`).waitFor();
    await page.locator(`[data-testid="status-excerpt-words"][data-count="${stats.excerptWords + 3}"]`).waitFor();
    assert.equal(await page.locator('[data-testid="save-status"]').getAttribute('data-state'), 'unsaved');
    await saveScreenshot(page, 'status-bar-counts');
    for (let typed = 0; typed < 'one two three '.length; typed += 1) {
      await page.keyboard.press('Backspace');
    }
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    const chat = draft('chat-notes.markdown');
    await open(page, chat);
    await page.locator('[data-testid="status-words"][data-count="7"]').waitFor();
    assert.equal(await excerpt.getAttribute('data-count'), '');
    assert.equal(await excerpt.innerText(), 'No excerpt marker');
    assert.equal(await reading.innerText(), '1 min read');
  });

  test('unsaved edits mark their post in the list until saved, also when a switch away is cancelled', async () => {
    const chat = draft('chat-notes.markdown');
    const hacks = published('2009-01-15-some-jekyll-hacks.markdown');
    await open(page, chat);
    assert.equal(await page.locator('[data-testid="unsaved-marker"]').count(), 0);
    await page.locator('[data-testid="editor"] .cm-line').nth(5).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' More.');
    await item(page, chat).locator('[data-testid="unsaved-marker"]').waitFor();
    assert.equal(await item(page, chat).getAttribute('data-unsaved'), 'true');
    // Switching away asks first (save, discard or cancel); a cancelled switch keeps the post open and marked.
    await item(page, hacks).click();
    const dialog = page.locator('[data-testid="unsaved-dialog"]');
    await dialog.waitFor();
    await saveScreenshot(page, 'sidebar-unsaved-marker');
    await dialog.locator('[data-testid="unsaved-cancel"]').click();
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await item(page, chat).getAttribute('aria-current'), 'true');
    assert.equal(await item(page, chat).locator('[data-testid="unsaved-marker"]').count(), 1, 'the post keeps its marker');
    assert.equal(await item(page, hacks).locator('[data-testid="unsaved-marker"]').count(), 0);
    await page.locator('[data-testid="editor"] .cm-content').focus();
    await page.keyboard.press('ControlOrMeta+s');
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="unsaved-marker"]').length === 0);
    assert.match(await readFile(chat, 'utf8'), /moderation\. More\.\n$/);
  });

  test('New post asks the title in the dialog, creates a draft with the blog\'s usual keys and opens it; a taken name is refused in the dialog', async () => {
    const button = page.locator('[data-testid="new-post"]');
    assert.match((await button.getAttribute('title')) ?? '', /^New post \((Ctrl\+N|⌘N)\)$/);
    assert.equal(await button.getAttribute('aria-keyshortcuts'), 'Control+N Meta+N');
    await button.click();
    const dialog = page.locator('[data-testid="app-dialog"]');
    await dialog.waitFor();
    assert.equal(await page.locator('[data-testid="app-dialog-title"]').innerText(), 'New post');
    assert.equal(await page.locator('[data-testid="app-dialog-input"]').evaluate((element) => element === document.activeElement), true);
    await page.keyboard.type('Sidebar: the spec');
    await saveScreenshot(page, 'sidebar-new-post-dialog');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const created = draft('sidebar-the-spec.markdown');
    await page.locator(`[data-testid="post-item"][data-path="${created}"][aria-current="true"]`).waitFor();
    assert.equal(await readFile(created, 'utf8'), '---\nlayout: post\ntitle: "Sidebar: the spec"\nextended: ":EXTENDED:"\n---\n\n');
    assert.equal(await page.locator('[data-testid="status-path"]').innerText(), created);

    // The shortcut opens the same dialog; the same title again is refused there and writes nothing.
    await page.keyboard.press('ControlOrMeta+n');
    await dialog.waitFor();
    await page.keyboard.type('Sidebar the spec');
    await page.locator('[data-testid="app-dialog-confirm"]').click();
    await page.locator('[data-testid="app-dialog-error"]:not([hidden])').waitFor();
    assert.match(await page.locator('[data-testid="app-dialog-error"]').innerText(), /sidebar-the-spec\.markdown already exists; nothing was written/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await readFile(created, 'utf8'), '---\nlayout: post\ntitle: "Sidebar: the spec"\nextended: ":EXTENDED:"\n---\n\n');
  });

  test('rename gives the open post a new slug, keeping its bytes; a taken name is refused and nothing changes', async () => {
    const from = draft('sidebar-the-spec.markdown');
    const bytes = await readFile(from);
    await open(page, from);
    const button = page.locator('[data-testid="post-rename"]');
    assert.equal(await button.isEnabled(), true);
    await button.click();
    const input = page.locator('[data-testid="app-dialog-input"]');
    assert.equal(await input.inputValue(), 'sidebar-the-spec');
    await input.fill('chat notes');
    await page.locator('[data-testid="app-dialog-confirm"]').click();
    await page.locator('[data-testid="app-dialog-error"]:not([hidden])').waitFor();
    assert.match(await page.locator('[data-testid="app-dialog-error"]').innerText(), /chat-notes\.markdown already exists in .*; nothing was renamed/);
    await saveScreenshot(page, 'sidebar-rename-refused');
    assert.deepEqual(await readFile(from), bytes);
    await input.fill('Renamed By The Spec');
    await page.locator('[data-testid="app-dialog-confirm"]').click();
    await page.locator('[data-testid="app-dialog"]').waitFor({ state: 'detached' });
    const to = draft('renamed-by-the-spec.markdown');
    await page.locator(`[data-testid="post-item"][data-path="${to}"][aria-current="true"]`).waitFor();
    assert.equal(await exists(from), false);
    assert.deepEqual(await readFile(to), bytes);
    assert.equal(await page.locator('[data-testid="status-path"]').innerText(), to);
    // The open post follows: typing and saving writes the renamed file.
    await page.locator('[data-testid="editor"] .cm-line').nth(5).click();
    await page.keyboard.type('Body after the rename.');
    await page.keyboard.press('ControlOrMeta+s');
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    assert.match(await readFile(to, 'utf8'), /Body after the rename\.\n$/);
    assert.equal(await exists(from), false);
  });

  test('delete asks first, then moves the post to the trash, from where it can be restored', async () => {
    const path = draft('renamed-by-the-spec.markdown');
    const bytes = await readFile(path);
    await open(page, path);
    await page.locator('[data-testid="post-delete"]').click();
    await page.locator('[data-testid="app-dialog"]').waitFor();
    assert.match(await page.locator('[data-testid="app-dialog-message"]').innerText(), /renamed-by-the-spec\.markdown.*trash/);
    assert.equal(await page.locator('[data-testid="app-dialog-cancel"]').evaluate((element) => element === document.activeElement), true, 'Cancel has the focus');
    await saveScreenshot(page, 'sidebar-delete-confirm');
    await page.locator('[data-testid="app-dialog-cancel"]').click();
    await page.locator('[data-testid="app-dialog"]').waitFor({ state: 'detached' });
    assert.deepEqual(await readFile(path), bytes, 'cancel deletes nothing');

    await page.locator('[data-testid="post-delete"]').click();
    await page.locator('[data-testid="app-dialog-confirm"]').click();
    await page.locator('[data-testid="app-dialog"]').waitFor({ state: 'detached' });
    await item(page, path).waitFor({ state: 'detached' });
    assert.equal(await exists(path), false);
    assert.equal(await page.locator('[data-testid="empty-state"]').isVisible(), true, 'the editor closed the trashed post');
    assert.equal(await page.locator('[data-testid="post-delete"]').isEnabled(), false);
    const trash = session?.desktop?.trash;
    if (trash !== undefined) {
      const [trashed] = await trash.list();
      assert.equal(trashed?.originalPath, path);
      assert.deepEqual(await readFile(join(trash.filesDir, trashed.name)), bytes);
      assert.equal(await trash.restore(trashed.name), path);
      assert.deepEqual(await readFile(path), bytes);
      // The watcher sees the file come back, as any outside change.
      await item(page, path).waitFor({ timeout: 5_000 });
    }
    await saveScreenshot(page, 'sidebar-after-delete');
  });

  test('Delete and F2 work on the focused post in the list', async () => {
    const path = draft('chat-notes.markdown');
    await item(page, path).focus();
    await page.keyboard.press('F2');
    assert.equal(await page.locator('[data-testid="app-dialog-input"]').inputValue(), 'chat-notes');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="app-dialog"]').waitFor({ state: 'detached' });
    await item(page, path).focus();
    await page.keyboard.press('Delete');
    assert.match(await page.locator('[data-testid="app-dialog-message"]').innerText(), /Chat notes/);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="app-dialog"]').waitFor({ state: 'detached' });
    assert.equal(await exists(path), true);
  });

  test('Unpublish takes the open published post back to _drafts byte for byte and keeps it open; a draft cannot be unpublished', async () => {
    const from = published('2009-01-15-some-jekyll-hacks.markdown');
    const to = draft('some-jekyll-hacks.markdown');
    const bytes = await readFile(from);
    const button = page.locator('[data-testid="post-unpublish"]');
    await open(page, draft('chat-notes.markdown'));
    assert.equal(await button.isDisabled(), true, 'a draft has nothing to unpublish');
    await open(page, from);
    assert.equal(await button.isEnabled(), true);
    await button.click();
    assert.match(await page.locator('[data-testid="app-dialog-message"]').innerText(), /back to the drafts.*2009-01-15/s);
    await saveScreenshot(page, 'sidebar-unpublish');
    await page.locator('[data-testid="app-dialog-confirm"]').click();
    await page.locator('[data-testid="app-dialog"]').waitFor({ state: 'detached' });
    await page.locator(`[data-testid="post-item"][data-path="${to}"][aria-current="true"]`).waitFor();
    assert.equal(await exists(from), false);
    assert.deepEqual(await readFile(to), bytes);
    assert.equal(await page.locator('[data-testid="status-path"]').innerText(), to);
    assert.equal(await button.isDisabled(), true);
  });
}
