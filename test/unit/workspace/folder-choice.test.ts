import assert from 'node:assert/strict';
import { access, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { dispatchCall } from '../../../main/services/bridge/call-dispatcher';
import { PreferencesStore, preferencesPath } from '../../../main/services/workspace/preferences';
import { copyTestBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';
import { makeTestHost, type TestHost } from '../../harness/test-host';

describe('the folder calls', () => {
  let home = '';
  let userData = '';
  let first = '';
  let drafts = '';
  let blog = '';
  let testHost: TestHost;

  async function call(name: string, ...args: unknown[]): Promise<unknown> {
    const outcome = await dispatchCall(testHost.table, name, args);
    if (!outcome.ok) {
      throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
    }
    return outcome.value;
  }

  before(async () => {
    home = await makeTempFolder('folder-calls');
    userData = join(home, 'user-data');
    first = join(home, 'first');
    drafts = join(home, 'drafts');
    blog = join(home, 'blog');
    await Promise.all([mkdir(userData), mkdir(first), mkdir(drafts), mkdir(blog)]);
    await copyTestBlog(blog);
    await writeFile(join(drafts, 'a-draft.md'), '---\ntitle: "A draft"\n---\nText.\n');
    const preferences = await PreferencesStore.load(userData);
    await preferences.rememberOpened(first);
    testHost = makeTestHost({ postsDir: first, blogDir: null }, undefined, preferences);
  });

  after(async () => {
    testHost.close();
    await removeFolder(home);
  });

  test('openFolder without a path asks the dialog; Cancel returns null and changes nothing', async () => {
    testHost.desktop.queueFolderChoice(null);
    assert.equal(await call('openFolder'), null);
    assert.deepEqual(testHost.desktop.folderDialogs, [{ title: 'Open Posts Folder', buttonLabel: 'Open', defaultPath: first }]);
    assert.equal(testHost.host.postsDir(), first);
    assert.equal(testHost.events.length, 0);
  });

  test('a folder picked in the dialog is opened, remembered first among the recent folders, and announced', async () => {
    testHost.desktop.queueFolderChoice(drafts);
    assert.deepEqual(await call('openFolder'), { postsDir: drafts, blogDir: null });
    assert.deepEqual(testHost.events.at(-1), { name: 'workspaceChanged', payload: { workspace: { postsDir: drafts, blogDir: null } } });
    assert.deepEqual(await call('listRecentFolders'), [drafts, first]);
    const listing = (await call('listPosts')) as { posts: { path: string }[] };
    assert.deepEqual(listing.posts.map((post) => post.path), [join(drafts, 'a-draft.md')]);
  });

  test('a dialog answer that is not a folder is refused with the reason', async () => {
    testHost.desktop.queueFolderChoice(join(home, 'missing'));
    await assert.rejects(call('openFolder'), { message: `not-found: the posts folder ${join(home, 'missing')} does not exist` });
    testHost.desktop.queueFolderChoice(join(drafts, 'a-draft.md'));
    await assert.rejects(call('openFolder'), { message: `invalid-argument: the posts folder ${join(drafts, 'a-draft.md')} is a file, not a folder` });
    assert.equal(testHost.host.postsDir(), drafts);
  });

  test('openFolder with a path opens only a recent folder', async () => {
    assert.deepEqual(await call('openFolder', first), { postsDir: first, blogDir: null });
    await assert.rejects(call('openFolder', blog), { message: `invalid-argument: ${blog} is not one of the recent folders; open it with Open Posts Folder…` });
    await assert.rejects(call('openFolder', ''), /invalid-argument: .*openFolder/);
    assert.deepEqual(await call('openFolder', drafts), { postsDir: drafts, blogDir: null });
  });

  test('chooseBlog refuses a folder that is not a Jekyll site, then remembers a real one for this posts folder only', async () => {
    testHost.desktop.queueFolderChoice(first);
    await assert.rejects(call('chooseBlog'), { message: `invalid-argument: ${first} is not a Jekyll site: it has no _config.yml and no _posts folder; choose the blog's root folder` });
    assert.equal(testHost.host.workspace().blogDir, null);
    assert.deepEqual(testHost.desktop.folderDialogs.at(-1), { title: 'Choose the Blog (its Jekyll site folder)', buttonLabel: 'Choose Blog', defaultPath: home });

    testHost.desktop.queueFolderChoice(blog);
    assert.deepEqual(await call('chooseBlog'), { postsDir: drafts, blogDir: blog });
    assert.deepEqual(testHost.events.at(-1), { name: 'workspaceChanged', payload: { workspace: { postsDir: drafts, blogDir: blog } } });

    // Another folder has no blog; coming back brings this one's blog back.
    assert.deepEqual(await call('openFolder', first), { postsDir: first, blogDir: null });
    await assert.rejects(call('chooseBlog', drafts), { message: `invalid-argument: ${drafts} is not a blog chosen before; choose it with Choose Blog…` });
    assert.deepEqual(await call('openFolder', drafts), { postsDir: drafts, blogDir: blog });
  });

  test('getPreferences and setAfterExport: keep until the user chooses, remembered in the file', async () => {
    assert.deepEqual(await call('getPreferences'), { postsDir: drafts, blogDir: blog, afterExport: 'keep', recentFolders: [drafts, first], notices: [] });
    const view = (await call('setAfterExport', 'move')) as { afterExport: string };
    assert.equal(view.afterExport, 'move');
    await assert.rejects(call('setAfterExport', 'delete'), /invalid-argument/);
    const stored = JSON.parse(await readFile(preferencesPath(userData), 'utf8')) as { folders: Record<string, unknown> };
    assert.deepEqual(stored.folders, { [drafts]: { blogDir: blog, afterExport: 'move' } });
  });

  test('an export follows the choice: with move, the draft is gone once the post is in _posts', async () => {
    const result = (await call('exportPost', { path: join(drafts, 'a-draft.md'), date: '2024-02-03' })) as { status: string; path: string; draftRemoved: boolean };
    assert.equal(result.status, 'written');
    assert.equal(result.draftRemoved, true);
    assert.equal(result.path, join(blog, '_posts', '2024-02-03-a-draft.markdown'));
    await access(result.path);
    assert.deepEqual(await readdir(drafts), []);
  });
});
