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
import { inkpostPage, type InkpostPage } from '../../harness/pages';
import { saveScreenshot } from '../../harness/screenshots';
import { copyReferenceBlog, referencePostNamesNewestFirst, makeTempFolder, removeFolder } from '../../harness/temp-folders';

async function listing(page: Page): Promise<PostListing> {
  return page.evaluate(() => (window as unknown as { inkpost: InkpostBridge }).inkpost.listPosts());
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
  let app: InkpostPage;
  const published = (name: string): string => join(blog, '_posts', name);
  const draft = (name: string): string => join(blog, '_drafts', name);

  before(async () => {
    blog = await makeTempFolder('e2e-sidebar');
    await copyReferenceBlog(blog);
    await writeFile(draft('chat-notes.markdown'), '---\nlayout: post\ntitle: Chat notes\ntags: [jekyll, notes]\n---\nA draft about group chat and moderation.\n');
    session = await launch({ postsDir: blog, blogDir: blog });
    page = session.page;
    app = inkpostPage(page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(blog);
  });

  test('drafts and published posts in two groups, newest first', async () => {
    const groups = app.sidebar.groups;
    assert.deepEqual(await groups.evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset['kind'])), ['draft', 'published']);
    assert.equal(await groups.nth(0).locator('h2').textContent(), 'Drafts (1)');
    assert.deepEqual(await app.sidebar.listedPaths(), [draft('chat-notes.markdown'), ...referencePostNamesNewestFirst.map(published)]);
    assert.equal(await app.sidebar.list.getAttribute('aria-label'), 'Posts in this folder');
    await saveScreenshot(page, 'sidebar-groups');
  });

  test('search finds titles first, then bodies; Escape clears it; Ctrl+Shift+F focuses it', async () => {
    const search = app.sidebar.search;
    assert.match((await search.getAttribute('title')) ?? '', /\((Ctrl\+Shift\+F|⇧⌘F)\)$/);
    assert.ok(((await search.getAttribute('aria-label')) ?? '') !== '');
    await app.editor.root.click();
    await page.keyboard.press('ControlOrMeta+Shift+f');
    assert.equal(await search.evaluate((element) => element === document.activeElement), true);
    await page.keyboard.type('EJABBERD');
    const expected = [
      published('2008-08-28-writing-ejabberd-modules-presence-storms.markdown'),
      published('2008-08-27-migrating-to-ejabberd-the-gory-details.markdown'),
      // Its title has no "ejabberd"; its text has.
      published('2008-10-21-xmpp-at-the-sf-music-tech-summit.markdown'),
    ];
    await app.sidebar.waitForList(expected);
    assert.deepEqual(await app.sidebar.groupKinds(), ['results']);
    await saveScreenshot(page, 'sidebar-search');
    await search.fill('chat moderation');
    // Both words are in "On Moderation Of Chats"; the draft has "chat" in its title and "moderation" in its text.
    await app.sidebar.waitForList([published('2008-06-06-on-moderation-of-chats.markdown'), draft('chat-notes.markdown')]);
    await search.fill('no post says this');
    await app.sidebar.empty.waitFor();
    assert.equal(await app.sidebar.empty.innerText(), 'No post matches the search.');
    await search.press('Escape');
    await app.sidebar.waitForList([draft('chat-notes.markdown'), ...referencePostNamesNewestFirst.map(published)]);
  });

  test('the tag filter shows only posts with the chosen tag, from the tag catalogue', async () => {
    const filter = app.sidebar.tagFilter;
    const options = await filter.locator('option').evaluateAll((elements) => elements.map((element) => (element as HTMLOptionElement).value));
    assert.equal(options[0], '', 'the first choice is every tag');
    assert.ok(options.includes('jekyll') && options.includes('xmpp'));
    await filter.selectOption('jekyll');
    const tagged = (await listing(page)).posts.filter((post) => post.tags.includes('jekyll')).map((post) => post.path);
    assert.deepEqual(tagged, [draft('chat-notes.markdown'), published('2009-01-15-some-jekyll-hacks.markdown')]);
    await app.sidebar.waitForList(tagged);
    await saveScreenshot(page, 'sidebar-tag-filter');
    await app.sidebar.search.fill('hacks');
    await app.sidebar.waitForList([published('2009-01-15-some-jekyll-hacks.markdown')]);
    await app.sidebar.search.fill('');
    await filter.selectOption('');
    await app.sidebar.waitForList([draft('chat-notes.markdown'), ...referencePostNamesNewestFirst.map(published)]);
  });

  test('the status bar counts words, excerpt words and reading time as the index does, and follows typing', async () => {
    const moderation = published('2008-06-06-on-moderation-of-chats.markdown');
    await app.openPost(moderation);
    const text = await readFile(moderation, 'utf8');
    const stats = textStats(text);
    const summary = (await listing(page)).posts.find((post) => post.path === moderation);
    assert.equal(stats.words, summary?.words);
    const words = app.status.words;
    const excerpt = app.status.excerptWords;
    const reading = app.status.readingTime;
    assert.equal(await words.getAttribute('data-count'), String(stats.words));
    assert.equal(await words.innerText(), `${stats.words.toLocaleString('en')} words`);
    assert.ok(stats.excerptWords !== null && stats.excerptWords > 0);
    assert.equal(await excerpt.getAttribute('data-count'), String(stats.excerptWords));
    assert.equal(await excerpt.innerText(), `Excerpt: ${stats.excerptWords.toLocaleString('en')} words`);
    assert.equal(await reading.getAttribute('data-minutes'), String(Math.ceil(stats.words / 230)));
    assert.equal(await reading.innerText(), `${Math.ceil(stats.words / 230)} min read`);
    // Three words typed into the excerpt (its first body line) count in both.
    await app.editor.lines.nth(7).click();
    await page.keyboard.press('Home');
    await page.keyboard.type('one two three ');
    await app.status.wordsAt(stats.words + 3).waitFor();
    await app.status.excerptWordsAt(stats.excerptWords + 3).waitFor();
    assert.equal(await app.editor.saveStatus.getAttribute('data-state'), 'unsaved');
    await saveScreenshot(page, 'status-bar-counts');
    for (let typed = 0; typed < 'one two three '.length; typed += 1) {
      await page.keyboard.press('Backspace');
    }
    await app.editor.saveState('saved').waitFor();
    const chat = draft('chat-notes.markdown');
    await app.openPost(chat);
    await app.status.wordsAt(7).waitFor();
    assert.equal(await excerpt.getAttribute('data-count'), '');
    assert.equal(await excerpt.innerText(), 'No excerpt marker');
    assert.equal(await reading.innerText(), '1 min read');
  });

  test('unsaved edits mark their post in the list until saved, also when a switch away is cancelled', async () => {
    const chat = draft('chat-notes.markdown');
    const hacks = published('2009-01-15-some-jekyll-hacks.markdown');
    await app.openPost(chat);
    assert.equal(await app.sidebar.unsavedMarker().count(), 0);
    await app.editor.lines.nth(5).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' More.');
    await app.sidebar.unsavedMarker(chat).waitFor();
    assert.equal(await app.sidebar.item(chat).getAttribute('data-unsaved'), 'true');
    // Switching away asks first (save, discard or cancel); a cancelled switch keeps the post open and marked.
    await app.sidebar.item(hacks).click();
    const dialog = app.dialogs.unsaved.root;
    await dialog.waitFor();
    await saveScreenshot(page, 'sidebar-unsaved-marker');
    await app.dialogs.unsaved.part('unsaved-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await app.sidebar.item(chat).getAttribute('aria-current'), 'true');
    assert.equal(await app.sidebar.unsavedMarker(chat).count(), 1, 'the post keeps its marker');
    assert.equal(await app.sidebar.unsavedMarker(hacks).count(), 0);
    await app.editor.content.focus();
    await page.keyboard.press('ControlOrMeta+s');
    await app.editor.saveState('saved').waitFor();
    await app.sidebar.unsavedMarker().first().waitFor({ state: 'detached' });
    assert.match(await readFile(chat, 'utf8'), /moderation\. More\.\n$/);
  });

  test('New post asks the title in the dialog, creates a draft with the blog\'s usual keys and opens it; a taken name is refused in the dialog', async () => {
    const button = app.sidebar.newPostButton;
    assert.match((await button.getAttribute('title')) ?? '', /^New post \((Ctrl\+N|⌘N)\)$/);
    assert.equal(await button.getAttribute('aria-keyshortcuts'), 'Control+N Meta+N');
    await button.click();
    const dialog = app.dialogs.app.root;
    await dialog.waitFor();
    assert.equal(await app.dialogs.app.title.innerText(), 'New post');
    assert.equal(await app.dialogs.app.input.evaluate((element) => element === document.activeElement), true);
    await page.keyboard.type('Sidebar: the spec');
    await saveScreenshot(page, 'sidebar-new-post-dialog');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const created = draft('sidebar-the-spec.markdown');
    await app.sidebar.currentItem(created).waitFor();
    assert.equal(await readFile(created, 'utf8'), '---\nlayout: post\ntitle: "Sidebar: the spec"\nextended: ":EXTENDED:"\n---\n\n');
    assert.equal(await app.status.path.innerText(), created);

    // The shortcut opens the same dialog; the same title again is refused there and writes nothing.
    await page.keyboard.press('ControlOrMeta+n');
    await dialog.waitFor();
    await page.keyboard.type('Sidebar the spec');
    await app.dialogs.app.confirm.click();
    await app.dialogs.app.shownError.waitFor();
    assert.match(await app.dialogs.app.error.innerText(), /sidebar-the-spec\.markdown already exists; nothing was written/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await readFile(created, 'utf8'), '---\nlayout: post\ntitle: "Sidebar: the spec"\nextended: ":EXTENDED:"\n---\n\n');
  });

  test('rename gives the open post a new slug, keeping its bytes; a taken name is refused and nothing changes', async () => {
    const from = draft('sidebar-the-spec.markdown');
    const bytes = await readFile(from);
    await app.openPost(from);
    const button = app.sidebar.renameButton;
    assert.equal(await button.isEnabled(), true);
    await button.click();
    const input = app.dialogs.app.input;
    assert.equal(await input.inputValue(), 'sidebar-the-spec');
    await input.fill('chat notes');
    await app.dialogs.app.confirm.click();
    await app.dialogs.app.shownError.waitFor();
    assert.match(await app.dialogs.app.error.innerText(), /chat-notes\.markdown already exists in .*; nothing was renamed/);
    await saveScreenshot(page, 'sidebar-rename-refused');
    assert.deepEqual(await readFile(from), bytes);
    await input.fill('Renamed By The Spec');
    await app.dialogs.app.confirm.click();
    await app.dialogs.app.root.waitFor({ state: 'detached' });
    const to = draft('renamed-by-the-spec.markdown');
    await app.sidebar.currentItem(to).waitFor();
    assert.equal(await exists(from), false);
    assert.deepEqual(await readFile(to), bytes);
    assert.equal(await app.status.path.innerText(), to);
    // The open post follows: typing and saving writes the renamed file.
    await app.editor.lines.nth(5).click();
    await page.keyboard.type('Body after the rename.');
    await page.keyboard.press('ControlOrMeta+s');
    await app.editor.saveState('saved').waitFor();
    assert.match(await readFile(to, 'utf8'), /Body after the rename\.\n$/);
    assert.equal(await exists(from), false);
  });

  test('delete asks first, then moves the post to the trash, from where it can be restored', async () => {
    const path = draft('renamed-by-the-spec.markdown');
    const bytes = await readFile(path);
    await app.openPost(path);
    await app.sidebar.deleteButton.click();
    await app.dialogs.app.root.waitFor();
    assert.match(await app.dialogs.app.message.innerText(), /renamed-by-the-spec\.markdown.*trash/);
    assert.equal(await app.dialogs.app.cancel.evaluate((element) => element === document.activeElement), true, 'Cancel has the focus');
    await saveScreenshot(page, 'sidebar-delete-confirm');
    await app.dialogs.app.cancel.click();
    await app.dialogs.app.root.waitFor({ state: 'detached' });
    assert.deepEqual(await readFile(path), bytes, 'cancel deletes nothing');

    await app.sidebar.deleteButton.click();
    await app.dialogs.app.confirm.click();
    await app.dialogs.app.root.waitFor({ state: 'detached' });
    await app.sidebar.item(path).waitFor({ state: 'detached' });
    assert.equal(await exists(path), false);
    assert.equal(await app.status.emptyState.isVisible(), true, 'the editor closed the trashed post');
    assert.equal(await app.sidebar.deleteButton.isEnabled(), false);
    const trash = session?.desktop?.trash;
    if (trash !== undefined) {
      const [trashed] = await trash.list();
      assert.equal(trashed?.originalPath, path);
      assert.deepEqual(await readFile(join(trash.filesDir, trashed.name)), bytes);
      assert.equal(await trash.restore(trashed.name), path);
      assert.deepEqual(await readFile(path), bytes);
      // The watcher sees the file come back, as any outside change.
      await app.sidebar.item(path).waitFor({ timeout: 5_000 });
    }
    await saveScreenshot(page, 'sidebar-after-delete');
  });

  test('Delete and F2 work on the focused post in the list', async () => {
    const path = draft('chat-notes.markdown');
    await app.sidebar.item(path).focus();
    await page.keyboard.press('F2');
    assert.equal(await app.dialogs.app.input.inputValue(), 'chat-notes');
    await page.keyboard.press('Escape');
    await app.dialogs.app.root.waitFor({ state: 'detached' });
    await app.sidebar.item(path).focus();
    await page.keyboard.press('Delete');
    assert.match(await app.dialogs.app.message.innerText(), /Chat notes/);
    await page.keyboard.press('Escape');
    await app.dialogs.app.root.waitFor({ state: 'detached' });
    assert.equal(await exists(path), true);
  });

  test('Unpublish takes the open published post back to _drafts byte for byte and keeps it open; a draft cannot be unpublished', async () => {
    const from = published('2009-01-15-some-jekyll-hacks.markdown');
    const to = draft('some-jekyll-hacks.markdown');
    const bytes = await readFile(from);
    const button = app.sidebar.unpublishButton;
    await app.openPost(draft('chat-notes.markdown'));
    assert.equal(await button.isDisabled(), true, 'a draft has nothing to unpublish');
    await app.openPost(from);
    assert.equal(await button.isEnabled(), true);
    await button.click();
    assert.match(await app.dialogs.app.message.innerText(), /back to the drafts.*2009-01-15/s);
    await saveScreenshot(page, 'sidebar-unpublish');
    await app.dialogs.app.confirm.click();
    await app.dialogs.app.root.waitFor({ state: 'detached' });
    await app.sidebar.currentItem(to).waitFor();
    assert.equal(await exists(from), false);
    assert.deepEqual(await readFile(to), bytes);
    assert.equal(await app.status.path.innerText(), to);
    assert.equal(await button.isDisabled(), true);
  });
}
