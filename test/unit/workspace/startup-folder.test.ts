import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { indexFolder } from '../../../main/services/index/post-index';
import { PreferencesStore, preferencesPath } from '../../../main/services/workspace/preferences';
import { chooseStartupFolder } from '../../../main/services/workspace/startup-folder';

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

async function start(argument?: string, blogArgument?: string): Promise<{ postsDir: string; blogDir: string | null }> {
  return chooseStartupFolder({ argument, blogArgument, preferences: await PreferencesStore.load(userDataDir), documentsDir });
}

async function storedPreferences(): Promise<{ lastPostsDir: string | null; recentFolders: string[]; folders: Record<string, unknown> }> {
  return JSON.parse(await readFile(preferencesPath(userDataDir), 'utf8')) as { lastPostsDir: string | null; recentFolders: string[]; folders: Record<string, unknown> };
}

void test('first start creates ~/Documents/Inkpost with a welcome post and remembers it', async () => {
  const startup = await start();
  assert.deepEqual(startup, { postsDir: join(documentsDir, 'Inkpost'), blogDir: null });
  const listing = await indexFolder(startup.postsDir);
  assert.deepEqual(listing.posts.map((post) => post.title), ['Welcome to Inkpost']);
  assert.deepEqual(listing.problems, []);
  assert.deepEqual(await storedPreferences(), { version: 2, lastPostsDir: startup.postsDir, recentFolders: [startup.postsDir], folders: {} });
});

void test('a later start reopens the remembered folder, with its blog, without adding posts to it', async () => {
  const remembered = join(home, 'blog', '_drafts');
  const blog = join(home, 'blog');
  await mkdir(remembered, { recursive: true });
  await writeFile(
    preferencesPath(userDataDir),
    JSON.stringify({ version: 2, lastPostsDir: remembered, recentFolders: [remembered], folders: { [remembered]: { blogDir: blog, afterExport: 'move' } } }),
  );
  assert.deepEqual(await start(), { postsDir: remembered, blogDir: blog });
  assert.deepEqual(await readdir(remembered), []);
  await assert.rejects(readdir(join(documentsDir, 'Inkpost')), { code: 'ENOENT' });
});

void test('a folder named on the command line wins, is not seeded, and becomes the remembered one', async () => {
  const named = join(home, 'elsewhere');
  await mkdir(named);
  await start();
  assert.deepEqual(await start(named), { postsDir: named, blogDir: null });
  assert.deepEqual(await readdir(named), []);
  const stored = await storedPreferences();
  assert.equal(stored.lastPostsDir, named);
  assert.deepEqual(stored.recentFolders, [named, join(documentsDir, 'Inkpost')]);
});

void test('a blog named on the command line is remembered for that posts folder', async () => {
  const named = join(home, 'drafts');
  const blog = join(home, 'site');
  await mkdir(named);
  assert.deepEqual(await start(named, blog), { postsDir: named, blogDir: blog });
  assert.deepEqual(await start(), { postsDir: named, blogDir: blog });
  assert.deepEqual((await storedPreferences()).folders, { [named]: { blogDir: blog } });
});

void test('unreadable preferences are set aside with a notice and the first-start folder is used', async () => {
  await writeFile(preferencesPath(userDataDir), '{ not json');
  const preferences = await PreferencesStore.load(userDataDir);
  const startup = await chooseStartupFolder({ argument: undefined, preferences, documentsDir });
  assert.equal(startup.postsDir, join(documentsDir, 'Inkpost'));
  assert.equal(preferences.notices.length, 1);
  const backups = (await readdir(userDataDir)).filter((name) => name.startsWith('preferences.corrupt-'));
  assert.equal(backups.length, 1);
  assert.match(preferences.notices[0] ?? '', new RegExp(backups[0]?.replace(/\./g, '\\.') ?? 'none'));
  assert.equal(await readFile(join(userDataDir, backups[0] ?? ''), 'utf8'), '{ not json');
});

void test('a remembered folder that is gone: the first-start folder opens, with a notice, and the gone one stays among the recent', async () => {
  const gone = join(home, 'unplugged', '_drafts');
  await writeFile(preferencesPath(userDataDir), JSON.stringify({ version: 2, lastPostsDir: gone, recentFolders: [gone], folders: {} }));
  const preferences = await PreferencesStore.load(userDataDir);
  const startup = await chooseStartupFolder({ argument: undefined, preferences, documentsDir });
  const fallback = join(documentsDir, 'Inkpost');
  assert.deepEqual(startup, { postsDir: fallback, blogDir: null });
  assert.deepEqual(preferences.notices, [`The posts folder opened last, ${gone}, is not there any more (or not reachable); opened ${fallback} instead.`]);
  assert.deepEqual((await indexFolder(fallback)).posts.map((post) => post.title), ['Welcome to Inkpost']);
  assert.deepEqual((await storedPreferences()).recentFolders, [fallback, gone]);
});
