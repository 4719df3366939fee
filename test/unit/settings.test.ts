import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultSettings, loadSettings, saveSettings, settingsPath, type Settings } from '../../main/services/settings';
import { withTempFolder } from '../harness/temp-folders';

function jsonParseError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${text} is valid JSON`);
}

describe('loadSettings and saveSettings', () => {
  test('the settings file lives in the user-data folder', () => {
    assert.equal(settingsPath(join('/data', 'inkpost')), join('/data', 'inkpost', 'settings.json'));
    assert.deepEqual(defaultSettings, { version: 1, postsDir: null });
  });

  test('a missing file gives the defaults and creates nothing', async () => {
    await withTempFolder('settings-missing', async (folder) => {
      assert.deepEqual(await loadSettings(folder), { settings: { version: 1, postsDir: null }, notice: null });
      assert.deepEqual(await readdir(folder), []);
    });
  });

  test('round trip', async () => {
    await withTempFolder('settings-round-trip', async (folder) => {
      const settings: Settings = { version: 1, postsDir: '/home/jack/posts' };
      await saveSettings(folder, settings);
      assert.equal(await readFile(join(folder, 'settings.json'), 'utf8'), '{\n  "version": 1,\n  "postsDir": "/home/jack/posts"\n}\n');
      assert.deepEqual(await loadSettings(folder), { settings, notice: null });

      // Saving again replaces the file, leaving no temporary file behind.
      await saveSettings(folder, defaultSettings);
      assert.deepEqual(await loadSettings(folder), { settings: { version: 1, postsDir: null }, notice: null });
      assert.deepEqual(await readdir(folder), ['settings.json']);
    });
  });

  const unreadable: readonly (readonly [string, string, string])[] = [
    ['truncated JSON', '{"version": 1, "postsDir": ', jsonParseError('{"version": 1, "postsDir": ')],
    ['an empty file', '', jsonParseError('')],
    ['not JSON at all', 'postsDir = /home/jack/posts\n', jsonParseError('postsDir = /home/jack/posts\n')],
    ['version 2', '{"version":2,"postsDir":"/home/jack/posts"}', '✖ Invalid input: expected 1 → at version'],
    ['an empty posts folder', '{"version":1,"postsDir":""}', '✖ Too small: expected string to have >=1 characters → at postsDir'],
    ['no posts folder key', '{"version":1}', '✖ Invalid input: expected string, received undefined → at postsDir'],
    ['a list', '[]', '✖ Invalid input: expected object, received array'],
    ['null', 'null', '✖ Invalid input: expected object, received null'],
  ];
  for (const [name, content, reason] of unreadable) {
    test(`${name}: set aside with its content intact, defaults used, notice names the backup`, async () => {
      await withTempFolder('settings-corrupt', async (folder) => {
        const path = join(folder, 'settings.json');
        await writeFile(path, content);
        const before = Date.now();
        const loaded = await loadSettings(folder);
        const afterLoad = Date.now();

        const names = await readdir(folder);
        assert.equal(names.length, 1, names.join(', '));
        const [backupName = ''] = names;
        const stamp = /^settings\.json\.corrupt-(\d+)$/.exec(backupName);
        assert.notEqual(stamp, null, backupName);
        const time = Number(stamp?.[1]);
        assert.equal(time >= before && time <= afterLoad, true, `${time} not in [${before}, ${afterLoad}]`);

        const backup = join(folder, backupName);
        assert.equal(await readFile(backup, 'utf8'), content);
        assert.deepEqual(loaded, {
          settings: { version: 1, postsDir: null },
          notice: `Settings file was unreadable (${reason}); kept it as ${backup} and started with defaults.`,
        });

        // The next start finds no settings file and starts quietly with the defaults.
        assert.deepEqual(await loadSettings(folder), { settings: { version: 1, postsDir: null }, notice: null });
        assert.equal(await readFile(backup, 'utf8'), content);
      });
    });
  }
});
