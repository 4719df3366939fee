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
import { localDateOf } from '../../../shared/export/export-date';
import type { InkpostSession, Launcher } from '../../harness';
import { inkpostPage, type InkpostPage } from '../../harness/pages';
import { saveScreenshot } from '../../harness/screenshots';
import { copyTestBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';

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
  let app: InkpostPage;
  const firstPost = (): string => join(first, '2024-01-01-first.md');
  const draft = (): string => join(drafts, 'moving-day.markdown');

  before(async () => {
    first = await makeTempFolder('e2e-first');
    drafts = await makeTempFolder('e2e-folder-drafts');
    blog = await makeTempFolder('e2e-folder-blog');
    notBlog = await makeTempFolder('e2e-not-a-blog');
    profile = await makeTempFolder('e2e-profile');
    await copyTestBlog(blog);
    await writeFile(firstPost(), '---\ntitle: "First folder"\n---\nHello.\n');
    await writeFile(draft(), '---\ntitle: "Moving day"\ntags: [inkpost]\ntime: "10:15"\n---\nThe draft moves.\n');
    session = await launch({ postsDir: first, userDataDir: profile });
    app = inkpostPage(session.page);
  });

  after(async () => {
    await session?.close();
    for (const folder of [first, drafts, blog, notBlog, profile]) {
      await removeFolder(folder);
    }
  });

  test('Open Posts Folder saves the open post, then shows the folder the dialog picked; Cancel changes nothing', async () => {
    assert.equal(await app.workspace.blogName.innerText(), 'No blog chosen');
    await app.openPost(firstPost());
    await app.editor.cursorToEndOfLine(4);
    await app.page.keyboard.type(' Edited.');
    await app.editor.saveState('unsaved').waitFor();

    await session?.queueFolderChoice(null);
    await app.workspace.openFolder.click();
    await app.editor.saveState('saved').waitFor();
    assert.equal(await app.workspace.folderName.innerText(), basename(first));

    await session?.queueFolderChoice(drafts);
    await app.workspace.openFolder.click();
    await app.sidebar.item(draft()).waitFor();
    assert.equal(await app.workspace.folderName.innerText(), basename(drafts));
    assert.equal(await app.sidebar.item(firstPost()).count(), 0);
    assert.equal(await readFile(firstPost(), 'utf8'), '---\ntitle: "First folder"\n---\nHello. Edited.\n', 'the edit was saved before the switch');
    assert.equal(await app.status.emptyState.isVisible(), true);
    assert.deepEqual(await app.workspace.recentFolderPaths(), [drafts, first]);
    await saveScreenshot(app.page, 'folders-opened');
  });

  test('a recent folder opens from the list, and back', async () => {
    await app.workspace.recentFolders.selectOption(first);
    await app.sidebar.item(firstPost()).waitFor();
    assert.equal(await app.workspace.folderName.innerText(), basename(first));
    assert.deepEqual(await app.workspace.recentFolderPaths(), [first, drafts]);
    await app.workspace.recentFolders.selectOption(drafts);
    await app.sidebar.item(draft()).waitFor();
  });

  test('a second launch\'s folder opens after the open post is saved; a folder that is not a recent one is refused', async () => {
    // Main sends openFolderRequested after adding the folder a second launch named to the recent folders.
    await app.workspace.recentFolders.selectOption(first);
    await app.openPost(firstPost());
    await app.editor.cursorToEndOfLine(4);
    await app.page.keyboard.type(' Again.');
    await app.editor.saveState('unsaved').waitFor();
    await session?.sendEvent('openFolderRequested', { path: drafts });
    await app.sidebar.item(draft()).waitFor();
    assert.equal(await app.workspace.folderName.innerText(), basename(drafts));
    assert.equal(await readFile(firstPost(), 'utf8'), '---\ntitle: "First folder"\n---\nHello. Edited. Again.\n', 'the edit was saved before the switch');

    await session?.sendEvent('openFolderRequested', { path: notBlog });
    await app.status.notice.waitFor({ state: 'visible' });
    assert.match(await app.status.notice.innerText(), /recent/i);
    assert.equal(await app.workspace.folderName.innerText(), basename(drafts));
    await app.status.noticeDismiss.click();
  });

  test('Choose Blog refuses a folder that is not a Jekyll site and says why, then remembers a real one', async () => {
    await session?.queueFolderChoice(notBlog);
    await app.page.keyboard.press('ControlOrMeta+Shift+b');
    const notice = app.status.notice;
    await notice.waitFor();
    assert.match(await notice.innerText(), new RegExp(`${basename(notBlog)} is not a Jekyll site: it has no _config.yml and no _posts folder`));
    assert.equal(await app.workspace.blogName.innerText(), 'No blog chosen');
    await app.status.noticeDismiss.click();
    await notice.waitFor({ state: 'hidden' });

    await session?.queueFolderChoice(blog);
    await app.workspace.chooseBlog.click();
    await app.workspace.blogName.filter({ hasText: basename(blog) }).waitFor();
    await app.openPost(draft());
    assert.equal(await app.workspace.exportButton.isEnabled(), true);
    assert.equal(await app.workspace.chooseBlog.getAttribute('aria-keyshortcuts'), 'Control+Shift+B Meta+Shift+B');
    assert.match((await app.workspace.openFolder.getAttribute('title')) ?? '', /^Open Posts Folder \((Ctrl\+O|⌘O)\)$/);
  });

  test('after a restart with the same user-data folder the blog is remembered, and "move" moves the draft into _posts', async () => {
    await session?.close();
    session = await launch({ postsDir: drafts, userDataDir: profile });
    app = inkpostPage(session.page);
    await app.workspace.blogName.filter({ hasText: basename(blog) }).waitFor();
    assert.equal(await app.workspace.afterExport.inputValue(), 'keep');
    assert.deepEqual(await app.workspace.recentFolderPaths(), [drafts, first]);

    await app.workspace.afterExport.selectOption('move');
    await app.openPost(draft());
    await app.workspace.exportButton.click();
    await app.status.exportState('exported').waitFor();
    const name = `${localDateOf(new Date())}-moving-day.markdown`;
    assert.equal(await exists(draft()), false, 'the draft is gone from the posts folder');
    assert.match(await readFile(join(blog, '_posts', name), 'utf8'), /^---\nlayout: post\ntitle: "Moving day"\ntags: \[inkpost\]\ntime: "10:15"\n/);
    await app.sidebar.item(draft()).waitFor({ state: 'detached' });
    assert.equal(await app.status.emptyState.isVisible(), true, 'the moved draft is closed, not left open on a deleted file');
    assert.equal(await app.workspace.exportButton.isEnabled(), false);
    assert.deepEqual(await readdir(drafts), []);
    const stored = JSON.parse(await readFile(join(profile, 'preferences.json'), 'utf8')) as { folders: Record<string, unknown> };
    assert.deepEqual(stored.folders[drafts], { blogDir: blog, afterExport: 'move' });
    await saveScreenshot(app.page, 'folders-exported-and-moved');
  });

  test('an unreadable preferences file is kept aside and the user is told where', async () => {
    const otherProfile = await makeTempFolder('e2e-corrupt-profile');
    try {
      await writeFile(join(otherProfile, 'preferences.json'), '{"version": 2, "lastPostsDir": "/ho');
      const other = await launch({ postsDir: first, userDataDir: otherProfile });
      try {
        const notice = inkpostPage(other.page).status.notice;
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
