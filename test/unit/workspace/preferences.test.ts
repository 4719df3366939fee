import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { defaultPreferences, PreferencesStore, preferencesPath } from '../../../main/services/workspace/preferences';
import { recentFoldersLimit } from '../../../shared/preferences';
import { withTempFolder } from '../../harness/temp-folders';

function jsonParseError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${text} is valid JSON`);
}

const stampPattern = '\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z';

describe('the preferences file', () => {
  test('lives in the user-data folder', () => {
    assert.equal(preferencesPath(join('/data', 'inkpost')), join('/data', 'inkpost', 'preferences.json'));
  });

  test('a missing file gives the defaults, no notice, and creates nothing', async () => {
    await withTempFolder('prefs-missing', async (folder) => {
      const store = await PreferencesStore.load(folder);
      assert.deepEqual(store.get(), { version: 2, lastPostsDir: null, recentFolders: [], folders: {} });
      assert.deepEqual(store.notices, []);
      assert.deepEqual(await readdir(folder), []);
    });
  });

  test('what is remembered is written at once and read back by the next start', async () => {
    await withTempFolder('prefs-round-trip', async (folder) => {
      const store = await PreferencesStore.load(folder);
      await store.rememberOpened('/home/jack/drafts');
      await store.rememberForFolder('/home/jack/drafts', { blogDir: '/home/jack/blog' });
      await store.rememberForFolder('/home/jack/drafts', { afterExport: 'move' });
      await store.rememberOpened('/home/jack/other');
      await store.rememberForFolder('/home/jack/other', { afterExport: 'keep' });
      const expected = {
        version: 2,
        lastPostsDir: '/home/jack/other',
        recentFolders: ['/home/jack/other', '/home/jack/drafts'],
        folders: { '/home/jack/drafts': { blogDir: '/home/jack/blog', afterExport: 'move' }, '/home/jack/other': { afterExport: 'keep' } },
      };
      assert.deepEqual(JSON.parse(await readFile(preferencesPath(folder), 'utf8')), expected);
      const again = await PreferencesStore.load(folder);
      assert.deepEqual(again.get(), expected);
      assert.deepEqual(again.folder('/home/jack/drafts/'), { blogDir: '/home/jack/blog', afterExport: 'move' });
      assert.deepEqual(again.folder('/home/jack/never'), {});
      assert.deepEqual(await readdir(folder), ['preferences.json']);
    });
  });

  test('a folder a second launch named joins the recent folders first, without becoming the last opened', async () => {
    await withTempFolder('prefs-second-launch', async (folder) => {
      const store = await PreferencesStore.load(folder);
      await store.rememberOpened('/home/jack/drafts');
      await store.rememberOpened('/home/jack/other');
      await store.rememberRecent('/home/jack/drafts/');
      const expected = { version: 2, lastPostsDir: '/home/jack/other', recentFolders: ['/home/jack/drafts', '/home/jack/other'], folders: {} };
      assert.deepEqual(store.get(), expected);
      assert.deepEqual((await PreferencesStore.load(folder)).get(), expected);
    });
  });

  test('recent folders: most recent first, no repeats, at most the limit', async () => {
    await withTempFolder('prefs-recent', async (folder) => {
      const store = await PreferencesStore.load(folder);
      for (let index = 0; index < recentFoldersLimit + 5; index += 1) {
        await store.rememberOpened(`/posts/${index}`);
      }
      await store.rememberOpened('/posts/7');
      const recent = store.get().recentFolders;
      assert.equal(recent.length, recentFoldersLimit);
      assert.deepEqual(recent.slice(0, 3), ['/posts/7', '/posts/14', '/posts/13']);
      assert.equal(new Set(recent).size, recent.length);
      assert.ok(!recent.includes('/posts/4'));
    });
  });

  test('recent folders that no longer exist are left out of the list but stay remembered', async () => {
    await withTempFolder('prefs-existing', async (folder) => {
      const here = join(folder, 'here');
      const file = join(folder, 'a-file');
      await mkdir(here);
      await writeFile(file, '');
      const store = await PreferencesStore.load(folder);
      for (const path of [join(folder, 'gone'), file, here]) {
        await store.rememberOpened(path);
      }
      assert.deepEqual(await store.existingRecentFolders(), [here]);
      assert.equal(store.get().recentFolders.length, 3);
    });
  });

  test('many changes at once: each written atomically in order, the last one wins, no temporary file is left', async () => {
    await withTempFolder('prefs-atomic', async (folder) => {
      const store = await PreferencesStore.load(folder);
      await Promise.all(Array.from({ length: 40 }, (_, index) => store.rememberOpened(`/posts/${index}`)));
      assert.deepEqual(await readdir(folder), ['preferences.json']);
      const stored = JSON.parse(await readFile(preferencesPath(folder), 'utf8')) as { lastPostsDir: string };
      assert.equal(stored.lastPostsDir, '/posts/39');
      assert.deepEqual(stored, store.get());
    });
  });

  test('keys it does not know are kept when the file is written again', async () => {
    await withTempFolder('prefs-unknown', async (folder) => {
      await writeFile(
        preferencesPath(folder),
        JSON.stringify({ version: 2, lastPostsDir: null, recentFolders: [], folders: { '/a': { blogDir: '/b', zoom: 2 } }, theme: 'dark' }),
      );
      const store = await PreferencesStore.load(folder);
      await store.rememberForFolder('/a', { afterExport: 'move' });
      const stored = JSON.parse(await readFile(preferencesPath(folder), 'utf8')) as Record<string, unknown>;
      assert.equal(stored['theme'], 'dark');
      assert.deepEqual(stored['folders'], { '/a': { blogDir: '/b', zoom: 2, afterExport: 'move' } });
    });
  });

  const unreadable: readonly (readonly [string, string, string])[] = [
    ['truncated JSON', '{"version": 2, "lastPostsDir": "/home/ja', jsonParseError('{"version": 2, "lastPostsDir": "/home/ja')],
    ['an empty file', '', jsonParseError('')],
    ['not JSON at all', 'lastPostsDir = /home/jack/posts\n', jsonParseError('lastPostsDir = /home/jack/posts\n')],
    ['a recent folder that is not text', '{"version":2,"lastPostsDir":null,"recentFolders":[3],"folders":{}}', '✖ Invalid input: expected string, received number → at recentFolders[0]'],
    ['an unknown after-export choice', '{"version":2,"lastPostsDir":null,"recentFolders":[],"folders":{"/a":{"afterExport":"delete"}}}', '✖ Invalid option: expected one of "keep"|"move" → at folders["/a"].afterExport'],
    ['no version', '{"lastPostsDir":null,"recentFolders":[],"folders":{}}', '✖ Invalid input: expected 2 → at version'],
    ['a list', '[]', '✖ Invalid input: expected object, received array'],
    ['null', 'null', '✖ Invalid input: expected object, received null'],
  ];
  for (const [name, content, reason] of unreadable) {
    test(`${name}: set aside with its content intact, defaults used, the notice names the backup`, async () => {
      await withTempFolder('prefs-corrupt', async (folder) => {
        await writeFile(preferencesPath(folder), content);
        const store = await PreferencesStore.load(folder);
        const names = await readdir(folder);
        assert.equal(names.length, 1, names.join(', '));
        assert.match(names[0] ?? '', new RegExp(`^preferences\\.corrupt-${stampPattern}\\.json$`));
        const backup = join(folder, names[0] ?? '');
        assert.equal(await readFile(backup, 'utf8'), content);
        assert.deepEqual(store.get(), defaultPreferences);
        assert.deepEqual(store.notices, [`The preferences file was unreadable (${reason}); kept it as ${backup} and started with defaults.`]);

        // The next change writes a fresh file beside the backup; the start after that is quiet.
        await store.rememberOpened('/posts');
        assert.equal(await readFile(backup, 'utf8'), content);
        const next = await PreferencesStore.load(folder);
        assert.deepEqual(next.notices, []);
        assert.equal(next.get().lastPostsDir, '/posts');
      });
    });
  }

  test('a file from a newer Inkpost is kept aside, never overwritten, and the notice says so', async () => {
    await withTempFolder('prefs-newer', async (folder) => {
      const content = JSON.stringify({ version: 3, windows: [{ postsDir: '/posts' }] });
      await writeFile(preferencesPath(folder), content);
      const store = await PreferencesStore.load(folder);
      const names = await readdir(folder);
      assert.equal(names.length, 1, names.join(', '));
      assert.match(names[0] ?? '', new RegExp(`^preferences\\.newer-${stampPattern}\\.json$`));
      const backup = join(folder, names[0] ?? '');
      assert.deepEqual(store.get(), defaultPreferences);
      assert.deepEqual(store.notices, [`The preferences file was written by a newer Inkpost (format version 3); kept it as ${backup} and started with defaults.`]);
      await store.rememberOpened('/other');
      assert.equal(await readFile(backup, 'utf8'), content);
    });
  });

  test("the first slice's settings.json is migrated: its folder becomes the last and recent one, the old file goes", async () => {
    await withTempFolder('prefs-migrate', async (folder) => {
      await writeFile(join(folder, 'settings.json'), JSON.stringify({ version: 1, postsDir: '/home/jack/posts' }));
      const store = await PreferencesStore.load(folder);
      assert.deepEqual(store.get(), { version: 2, lastPostsDir: '/home/jack/posts', recentFolders: ['/home/jack/posts'], folders: {} });
      assert.deepEqual(store.notices, []);
      assert.deepEqual(await readdir(folder), ['preferences.json']);
      assert.deepEqual((await PreferencesStore.load(folder)).get(), store.get());
    });
  });

  test('an unreadable settings.json is set aside with a notice and nothing is migrated', async () => {
    await withTempFolder('prefs-migrate-corrupt', async (folder) => {
      await writeFile(join(folder, 'settings.json'), '{"version":1,');
      const store = await PreferencesStore.load(folder);
      assert.deepEqual(store.get(), defaultPreferences);
      const names = await readdir(folder);
      assert.equal(names.length, 1, names.join(', '));
      assert.match(names[0] ?? '', new RegExp(`^settings\\.corrupt-${stampPattern}\\.json$`));
      assert.equal(await readFile(join(folder, names[0] ?? ''), 'utf8'), '{"version":1,');
      assert.match(store.notices[0] ?? '', /^The old settings file was unreadable \(.+\); kept it as .+settings\.corrupt-.+\.json and started with defaults\.$/);
    });
  });

  test('preferences kept in memory write nothing', async () => {
    const store = PreferencesStore.inMemory();
    await store.rememberOpened('/posts');
    assert.equal(store.get().lastPostsDir, '/posts');
  });
});
