// The export record lives in the user-data folder, keyed by blog; a record an older Inkpost left in the
// blog (.inkpost/exports.json) is moved there once and removed. Real files in temporary folders throughout.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { exportDraft } from '../../../main/services/export/export-draft';
import { ExportRecords } from '../../../main/services/export/export-record';
import { userDataFolder } from '../../../main/services/workspace/user-data-folder';
import { copyTestBlog, withTempFolder } from '../../harness/temp-folders';

const now = new Date(2024, 2, 5, 9, 7);
const sha = 'a'.repeat(64);

/** Everything below `folder`, as sorted relative paths. */
async function tree(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true })).map(String).sort();
}

/** A record as Inkpost 0.1 wrote it into the blog. */
async function writeLegacyRecord(blog: string, exports: Record<string, { post: string; sha256: string }>): Promise<string> {
  await mkdir(join(blog, '.inkpost'), { recursive: true });
  const path = join(blog, '.inkpost', 'exports.json');
  await writeFile(path, `${JSON.stringify({ version: 1, exports }, null, 2)}\n`);
  return path;
}

test('an export writes nothing of Inkpost\'s own into the blog: the record is in the user-data folder, keyed by blog', async () => {
  await withTempFolder('record-place', async (root) => {
    const blog = join(root, 'blog');
    await copyTestBlog(blog);
    const before = await tree(blog);
    const draft = join(root, 'draft.md');
    await writeFile(draft, '---\ntitle: Placed\n---\nBody\n');
    const userData = join(root, 'user-data');
    const records = ExportRecords.in(userData);
    const result = await exportDraft(draft, blog, records, { now });
    assert.equal(result.status, 'written');
    assert.deepEqual(await tree(blog), [...before, join('_posts', '2024-03-05-placed.markdown')].sort());
    assert.deepEqual(await tree(userData), ['exports', relative(userData, records.fileOf(blog))]);
    assert.match(records.fileOf(blog), /[/\\]exports[/\\]blog-[0-9a-f]{16}\.json$/);
    const saved = JSON.parse(await readFile(records.fileOf(blog), 'utf8')) as { exports: Record<string, { sha256: string }> };
    const sha256 = saved.exports[draft]?.sha256 ?? '';
    assert.match(sha256, /^[0-9a-f]{64}$/);
    assert.deepEqual(saved, { version: 2, blog, exports: { [draft]: { post: '_posts/2024-03-05-placed.markdown', sha256 } } });
  });
});

test('each blog has its own record; a blog reached through a link is the same blog', async () => {
  await withTempFolder('record-keys', async (root) => {
    const one = join(root, 'sites', 'blog');
    const two = join(root, 'other', 'blog');
    await mkdir(join(one, '_posts'), { recursive: true });
    await mkdir(join(two, '_posts'), { recursive: true });
    await symlink(one, join(root, 'link'));
    const records = ExportRecords.in(join(root, 'user-data'));
    assert.notEqual(records.fileOf(one), records.fileOf(two), 'two blogs of the same name');
    await records.update(one, (exports) => {
      exports['/drafts/a.md'] = { post: '_posts/2020-01-01-a.md', sha256: sha };
    });
    assert.deepEqual(Object.keys((await records.read(join(root, 'link'))).exports), ['/drafts/a.md']);
    assert.deepEqual((await records.read(two)).exports, {});
  });
});

test('a record left in the blog is moved to the user-data folder once, then removed with its empty .inkpost folder', async () => {
  await withTempFolder('record-migrate', async (root) => {
    const blog = join(root, 'blog');
    await copyTestBlog(blog);
    const before = await tree(blog);
    const draft = join(root, 'drafts', 'old.md');
    await mkdir(join(root, 'drafts'));
    await writeFile(draft, '---\ntitle: Old\n---\nBody\n');
    // The export an older Inkpost made: the post and its record in the blog.
    const old = await exportDraft(draft, blog, ExportRecords.in(join(root, 'scratch')), { now });
    assert.equal(old.status, 'written');
    const entry = (await ExportRecords.in(join(root, 'scratch')).read(blog)).exports[draft];
    assert.ok(entry !== undefined);
    await writeLegacyRecord(blog, { [draft]: entry });

    const records = ExportRecords.in(join(root, 'user-data'));
    assert.deepEqual((await records.read(blog)).exports, { [draft]: entry });
    assert.equal(existsSync(join(blog, '.inkpost')), false, 'the old record and its folder are gone');
    assert.deepEqual(await tree(blog), [...before, join('_posts', '2024-03-05-old.markdown')].sort());
    assert.deepEqual((await records.read(blog)).exports, { [draft]: entry }, 'kept in the user-data folder');

    // Re-exporting an edited draft updates the post the old record named, rather than a conflict.
    await writeFile(draft, '---\ntitle: Old\n---\nBody, edited\n');
    const again = await exportDraft(draft, blog, records, { now });
    assert.ok(again.status === 'written' && again.mode === 'updated', JSON.stringify(again));
  });
});

test('the move keeps other files in .inkpost, and entries the user-data record already has win', async () => {
  await withTempFolder('record-merge', async (root) => {
    const blog = join(root, 'blog');
    await mkdir(join(blog, '_posts'), { recursive: true });
    const records = ExportRecords.in(join(root, 'user-data'));
    await records.update(blog, (exports) => {
      exports['/drafts/a.md'] = { post: '_posts/2020-01-02-a.md', sha256: sha };
    });
    await writeLegacyRecord(blog, {
      '/drafts/a.md': { post: '_posts/2019-01-01-a.md', sha256: 'b'.repeat(64) },
      '/drafts/b.md': { post: '_posts/2019-01-01-b.md', sha256: 'c'.repeat(64) },
    });
    await writeFile(join(blog, '.inkpost', 'notes.txt'), 'mine');
    assert.deepEqual((await records.read(blog)).exports, {
      '/drafts/a.md': { post: '_posts/2020-01-02-a.md', sha256: sha },
      '/drafts/b.md': { post: '_posts/2019-01-01-b.md', sha256: 'c'.repeat(64) },
    });
    assert.deepEqual(await readdir(join(blog, '.inkpost')), ['notes.txt']);
  });
});

test('an old record that cannot be read stops with its path and stays where it is; so does a broken new one', async () => {
  await withTempFolder('record-broken', async (root) => {
    const blog = join(root, 'blog');
    await mkdir(join(blog, '_posts'), { recursive: true });
    const records = ExportRecords.in(join(root, 'user-data'));
    const legacy = join(blog, '.inkpost', 'exports.json');
    await mkdir(join(blog, '.inkpost'));
    await writeFile(legacy, '{ not json');
    await assert.rejects(records.read(blog), (error: Error) => error.message.startsWith(`${legacy}: the export record is not valid JSON`));
    assert.equal(await readFile(legacy, 'utf8'), '{ not json');
    assert.equal(existsSync(records.folder), false);

    await writeLegacyRecord(blog, { '/d.md': { post: '_posts/2020-01-01-d.md', sha256: 'not a hash' } });
    await assert.rejects(records.read(blog), /the entry of \/d\.md is not \{ post, sha256 \}; fix or remove it/);

    await writeLegacyRecord(blog, {});
    await records.read(blog);
    await writeFile(records.fileOf(blog), JSON.stringify({ version: 2, blog: '/somewhere/else', exports: {} }));
    await assert.rejects(records.read(blog), /the export record of \/somewhere\/else, not of/);
  });
});

test('the user-data folder: --user-data-dir, else Inkpost in the platform\'s application-data folder', () => {
  assert.equal(userDataFolder({ argument: '/tmp/profile', platform: 'linux', env: {}, home: '/home/ada' }), '/tmp/profile');
  assert.equal(userDataFolder({ platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, home: '/home/ada' }), '/xdg/Inkpost');
  assert.equal(userDataFolder({ platform: 'linux', env: { XDG_CONFIG_HOME: '' }, home: '/home/ada' }), '/home/ada/.config/Inkpost');
  assert.equal(userDataFolder({ platform: 'darwin', env: {}, home: '/Users/ada' }), '/Users/ada/Library/Application Support/Inkpost');
  assert.equal(userDataFolder({ platform: 'win32', env: { APPDATA: 'C:/Users/ada/AppData/Roaming' }, home: 'C:/Users/ada' }), 'C:/Users/ada/AppData/Roaming/Inkpost');
});
