/**
 * Folders end to end: open a posts folder through the folder dialog, switch
 * between recent folders, choose the blog, and find both remembered after a
 * restart with the same user-data folder; an export then follows the user's
 * after-export choice and moves the draft into the blog's `_posts`.
 */
import assert from 'node:assert/strict';
import { access, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { localDateOf } from '../../../shared/export/export-date';
import type { InkpostSession, Launcher } from '../../harness';
import { saveScreenshot } from '../../harness/screenshots';
import { copyReferenceBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';

function postItem(page: Page, path: string): ReturnType<Page['locator']> {
  return page.locator(`[data-testid="post-item"][data-path="${path}"]`);
}

async function openPost(page: Page, path: string): Promise<void> {
  await postItem(page, path).click();
  await page.locator(`[data-testid="post-item"][data-path="${path}"][aria-current="true"]`).waitFor();
}

async function recentFolders(page: Page): Promise<string[]> {
  return page.locator('[data-testid="recent-folders"] option[value]:not([value=""])').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}

/** Registers the folder specs. */
export function folderSpecs(launch: Launcher): void {
  let first = '';
  let drafts = '';
  let blog = '';
  let notBlog = '';
  let profile = '';
  let session: InkpostSession | undefined;
  let page: Page;
  const firstPost = (): string => join(first, '2024-01-01-first.md');
  const draft = (): string => join(drafts, 'moving-day.markdown');

  before(async () => {
    first = await makeTempFolder('e2e-first');
    drafts = await makeTempFolder('e2e-folder-drafts');
    blog = await makeTempFolder('e2e-folder-blog');
    notBlog = await makeTempFolder('e2e-not-a-blog');
    profile = await makeTempFolder('e2e-profile');
    await copyReferenceBlog(blog);
    await writeFile(firstPost(), '---\ntitle: "First folder"\n---\nHello.\n');
    await writeFile(draft(), '---\ntitle: "Moving day"\ntags: [inkpost]\ntime: "10:15"\n---\nThe draft moves.\n');
    session = await launch({ postsDir: first, userDataDir: profile });
    page = session.page;
  });

  after(async () => {
    await session?.close();
    for (const folder of [first, drafts, blog, notBlog, profile]) {
      await removeFolder(folder);
    }
  });

  test('Open Posts Folder saves the open post, then shows the folder the dialog picked; Cancel changes nothing', async () => {
    assert.equal(await page.locator('[data-testid="blog-name"]').innerText(), 'No blog chosen');
    await openPost(page, firstPost());
    await page.locator('[data-testid="editor"] .cm-line').nth(3).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Edited.');
    await page.locator('[data-testid="save-status"][data-state="unsaved"]').waitFor();

    await session?.queueFolderChoice(null);
    await page.locator('[data-testid="open-folder"]').click();
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    assert.equal(await page.locator('[data-testid="folder-name"]').innerText(), basename(first));

    await session?.queueFolderChoice(drafts);
    await page.locator('[data-testid="open-folder"]').click();
    await postItem(page, draft()).waitFor();
    assert.equal(await page.locator('[data-testid="folder-name"]').innerText(), basename(drafts));
    assert.equal(await postItem(page, firstPost()).count(), 0);
    assert.equal(await readFile(firstPost(), 'utf8'), '---\ntitle: "First folder"\n---\nHello. Edited.\n', 'the edit was saved before the switch');
    assert.equal(await page.locator('[data-testid="empty-state"]').isVisible(), true);
    assert.deepEqual(await recentFolders(page), [drafts, first]);
    await saveScreenshot(page, 'folders-opened');
  });

  test('a recent folder opens from the list, and back', async () => {
    await page.locator('[data-testid="recent-folders"]').selectOption(first);
    await postItem(page, firstPost()).waitFor();
    assert.equal(await page.locator('[data-testid="folder-name"]').innerText(), basename(first));
    assert.deepEqual(await recentFolders(page), [first, drafts]);
    await page.locator('[data-testid="recent-folders"]').selectOption(drafts);
    await postItem(page, draft()).waitFor();
  });

  test('a second launch\'s folder opens after the open post is saved; a folder that is not a recent one is refused', async () => {
    // Main sends openFolderRequested after adding the folder a second launch named to the recent folders.
    await page.locator('[data-testid="recent-folders"]').selectOption(first);
    await openPost(page, firstPost());
    await page.locator('[data-testid="editor"] .cm-line').nth(3).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Again.');
    await page.locator('[data-testid="save-status"][data-state="unsaved"]').waitFor();
    await session?.sendEvent('openFolderRequested', { path: drafts });
    await postItem(page, draft()).waitFor();
    assert.equal(await page.locator('[data-testid="folder-name"]').innerText(), basename(drafts));
    assert.equal(await readFile(firstPost(), 'utf8'), '---\ntitle: "First folder"\n---\nHello. Edited. Again.\n', 'the edit was saved before the switch');

    await session?.sendEvent('openFolderRequested', { path: notBlog });
    await page.locator('[data-testid="app-notice"]:not([hidden])').waitFor();
    assert.match(await page.locator('[data-testid="app-notice"]').innerText(), /recent/i);
    assert.equal(await page.locator('[data-testid="folder-name"]').innerText(), basename(drafts));
    await page.locator('[data-testid="app-notice-dismiss"]').click();
  });

  test('Choose Blog refuses a folder that is not a Jekyll site and says why, then remembers a real one', async () => {
    await session?.queueFolderChoice(notBlog);
    await page.keyboard.press('ControlOrMeta+Shift+b');
    const notice = page.locator('[data-testid="app-notice"]');
    await notice.waitFor();
    assert.match(await notice.innerText(), new RegExp(`${basename(notBlog)} is not a Jekyll site: it has no _config.yml and no _posts folder`));
    assert.equal(await page.locator('[data-testid="blog-name"]').innerText(), 'No blog chosen');
    await page.locator('[data-testid="app-notice-dismiss"]').click();
    await notice.waitFor({ state: 'hidden' });

    await session?.queueFolderChoice(blog);
    await page.locator('[data-testid="choose-blog"]').click();
    await page.locator('[data-testid="blog-name"]', { hasText: basename(blog) }).waitFor();
    await openPost(page, draft());
    assert.equal(await page.locator('[data-testid="export-button"]').isEnabled(), true);
    assert.equal(await page.locator('[data-testid="choose-blog"]').getAttribute('aria-keyshortcuts'), 'Control+Shift+B Meta+Shift+B');
    assert.match((await page.locator('[data-testid="open-folder"]').getAttribute('title')) ?? '', /^Open Posts Folder \((Ctrl\+O|⌘O)\)$/);
  });

  test('after a restart with the same user-data folder the blog is remembered, and "move" moves the draft into _posts', async () => {
    await session?.close();
    session = await launch({ postsDir: drafts, userDataDir: profile });
    page = session.page;
    await page.locator('[data-testid="blog-name"]', { hasText: basename(blog) }).waitFor();
    assert.equal(await page.locator('[data-testid="after-export"]').inputValue(), 'keep');
    assert.deepEqual(await recentFolders(page), [drafts, first]);

    await page.locator('[data-testid="after-export"]').selectOption('move');
    await openPost(page, draft());
    await page.locator('[data-testid="export-button"]').click();
    await page.locator('[data-testid="export-status"][data-state="exported"]').waitFor();
    const name = `${localDateOf(new Date())}-moving-day.markdown`;
    assert.equal(await exists(draft()), false, 'the draft is gone from the posts folder');
    assert.match(await readFile(join(blog, '_posts', name), 'utf8'), /^---\nlayout: post\ntitle: "Moving day"\ntags: \[inkpost\]\ntime: "10:15"\n/);
    await postItem(page, draft()).waitFor({ state: 'detached' });
    assert.equal(await page.locator('[data-testid="empty-state"]').isVisible(), true, 'the moved draft is closed, not left open on a deleted file');
    assert.equal(await page.locator('[data-testid="export-button"]').isEnabled(), false);
    assert.deepEqual(await readdir(drafts), []);
    const stored = JSON.parse(await readFile(join(profile, 'preferences.json'), 'utf8')) as { folders: Record<string, unknown> };
    assert.deepEqual(stored.folders[drafts], { blogDir: blog, afterExport: 'move' });
    await saveScreenshot(page, 'folders-exported-and-moved');
  });

  test('an unreadable preferences file is kept aside and the user is told where', async () => {
    const otherProfile = await makeTempFolder('e2e-corrupt-profile');
    try {
      await writeFile(join(otherProfile, 'preferences.json'), '{"version": 2, "lastPostsDir": "/ho');
      const other = await launch({ postsDir: first, userDataDir: otherProfile });
      try {
        const notice = other.page.locator('[data-testid="app-notice"]');
        await notice.waitFor();
        assert.match(await notice.innerText(), /^The preferences file was unreadable \(.+\); kept it as .+preferences\.corrupt-[\dTZ-]+\.json and started with defaults\./);
        await saveScreenshot(other.page, 'folders-corrupt-preferences-notice');
      } finally {
        await other.close();
      }
      const backups = (await readdir(otherProfile)).filter((name) => name.startsWith('preferences.corrupt-'));
      assert.equal(backups.length, 1);
      assert.equal(await readFile(join(otherProfile, backups[0] ?? ''), 'utf8'), '{"version": 2, "lastPostsDir": "/ho');
    } finally {
      await removeFolder(otherProfile);
    }
  });
}
