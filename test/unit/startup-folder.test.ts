import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { indexFolder } from '../../main/services/post-index';
import { settingsPath } from '../../main/services/settings';
import { chooseStartupFolder } from '../../main/services/startup-folder';

let home: string;
let userDataDir: string;
let documentsDir: string;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'inkpost-startup-'));
  userDataDir = join(home, 'user-data');
  documentsDir = join(home, 'Documents');
  await mkdir(userDataDir);
});

afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

void test('first start creates ~/Documents/Inkpost with a welcome post and remembers it', async () => {
  const startup = await chooseStartupFolder({ argument: undefined, userDataDir, documentsDir });
  assert.equal(startup.postsDir, join(documentsDir, 'Inkpost'));
  assert.equal(startup.notice, null);
  const listing = await indexFolder(startup.postsDir);
  assert.deepEqual(listing.posts.map((post) => post.title), ['Welcome to Inkpost']);
  assert.deepEqual(listing.problems, []);
  assert.deepEqual(JSON.parse(await readFile(settingsPath(userDataDir), 'utf8')), { version: 1, postsDir: startup.postsDir });
});

void test('a later start reopens the remembered folder without adding posts to it', async () => {
  const remembered = join(home, 'blog', '_drafts');
  await mkdir(remembered, { recursive: true });
  await writeFile(settingsPath(userDataDir), JSON.stringify({ version: 1, postsDir: remembered }));
  const startup = await chooseStartupFolder({ argument: undefined, userDataDir, documentsDir });
  assert.equal(startup.postsDir, remembered);
  assert.deepEqual(await readdir(remembered), []);
  await assert.rejects(readdir(join(documentsDir, 'Inkpost')), { code: 'ENOENT' });
});

void test('a folder named on the command line wins, is not seeded, and becomes the remembered one', async () => {
  const named = join(home, 'elsewhere');
  await mkdir(named);
  const startup = await chooseStartupFolder({ argument: named, userDataDir, documentsDir });
  assert.equal(startup.postsDir, named);
  assert.deepEqual(await readdir(named), []);
  assert.equal((JSON.parse(await readFile(settingsPath(userDataDir), 'utf8')) as { postsDir: string }).postsDir, named);
});

void test('unreadable settings are set aside with a notice and the first-start folder is used', async () => {
  await writeFile(settingsPath(userDataDir), '{ not json');
  const startup = await chooseStartupFolder({ argument: undefined, userDataDir, documentsDir });
  assert.equal(startup.postsDir, join(documentsDir, 'Inkpost'));
  assert.match(startup.notice ?? '', /settings\.json\.corrupt-\d+/);
  const backups = (await readdir(userDataDir)).filter((name) => name.startsWith('settings.json.corrupt-'));
  assert.equal(backups.length, 1);
  assert.equal(await readFile(join(userDataDir, backups[0] ?? ''), 'utf8'), '{ not json');
});
