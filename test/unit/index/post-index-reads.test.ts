// How the index reads files: a new file through one open file (no stat of its path before), a known
// file stat'ed and read only when it changed; and loadPostFileThroughHandle reads what loadPostFile reads.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Stats } from 'node:fs';
import { mkdir, readdir, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadPostFile, loadPostFileThroughHandle } from '../../../main/services/posts/load-post-file';
import { PostIndex } from '../../../main/services/index/post-index';
import { testPostNames, withTestPostsCopy, withTempFolder } from '../../harness/temp-folders';

describe('loadPostFileThroughHandle', () => {
  test('reads every fixture post exactly as loadPostFile does, stats included', async () => {
    await withTestPostsCopy('handle-fixtures', async (folder) => {
      for (const name of await readdir(folder)) {
        const path = join(folder, name);
        assert.deepStrictEqual(await loadPostFileThroughHandle(path), await loadPostFile(path), name);
      }
    });
  });

  test('an empty file, a 3 MB file, a Latin-1 file and a binary file read as with loadPostFile', async () => {
    await withTempFolder('handle-shapes', async (folder) => {
      const files: readonly (readonly [string, string | Buffer])[] = [
        ['2020-01-01-empty.md', ''],
        ['2020-01-02-big.md', `---\ntitle: Big\n---\n${'word '.repeat(600_000)}`],
        ['2020-01-03-latin1.md', Buffer.from('---\ntitle: caf\xe9\n---\n', 'latin1')],
      ];
      for (const [name, content] of files) {
        const path = join(folder, name);
        await writeFile(path, content);
        assert.deepStrictEqual(await loadPostFileThroughHandle(path), await loadPostFile(path), name);
      }
      const binary = join(folder, '2020-01-04-binary.md');
      await writeFile(binary, Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]));
      const expected = await loadPostFile(binary).then(() => null, (error: unknown) => error);
      await assert.rejects(loadPostFileThroughHandle(binary), (error: unknown) => {
        assert.deepStrictEqual(error, expected);
        return true;
      });
    });
  });

  test('a missing file and a folder fail as with loadPostFile', async () => {
    await withTempFolder('handle-missing', async (folder) => {
      await assert.rejects(loadPostFileThroughHandle(join(folder, 'gone.md')), { code: 'ENOENT' });
      await mkdir(join(folder, 'a-folder.md'));
      await assert.rejects(loadPostFileThroughHandle(join(folder, 'a-folder.md')), { code: 'EISDIR' });
      await assert.rejects(loadPostFile(join(folder, 'a-folder.md')), { code: 'EISDIR' });
    });
  });
});

describe('PostIndex reads', () => {
  test('a new file is loaded without stats (taken from the file read); a changed one with the stats of the refresh', async () => {
    await withTestPostsCopy('index-reads', async (folder) => {
      const calls: { path: string; knownStats: Stats | undefined }[] = [];
      const index = new PostIndex(folder, (path, knownStats) => {
        calls.push({ path, knownStats });
        return knownStats === undefined ? loadPostFileThroughHandle(path) : loadPostFile(path, knownStats);
      });
      await index.refresh();
      assert.equal(calls.length, testPostNames.length);
      assert.ok(calls.every((call) => call.knownStats === undefined));
      for (const post of index.listing().posts) {
        assert.equal(post.modifiedMs, (await stat(post.path)).mtimeMs, post.fileName);
      }

      calls.length = 0;
      const changed = join(folder, '2013-01-20-tabs-a-short-note.markdown');
      await writeFile(changed, '---\ntitle: Changed\n---\nBody\n');
      const later = new Date(Date.now() + 5_000);
      await utimes(changed, later, later);
      await index.refresh();
      assert.deepEqual(calls.map((call) => call.path), [changed]);
      assert.equal(calls[0]?.knownStats?.mtimeMs, (await stat(changed)).mtimeMs);
      assert.equal(index.listing().posts.find((post) => post.path === changed)?.title, 'Changed');
    });
  });

  test('an unreadable new file is a problem cached by its size and mtime: the next refresh does not read it again', async () => {
    await withTempFolder('index-unreadable', async (folder) => {
      const binary = join(folder, '2020-01-01-binary.md');
      await writeFile(binary, Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]));
      const reads: string[] = [];
      const index = new PostIndex(folder, (path) => {
        reads.push(path);
        return loadPostFileThroughHandle(path);
      });
      assert.deepEqual(await index.refresh(), { added: [binary], changed: [], removed: [] });
      assert.deepEqual(index.listing().problems, [{ path: binary, line: 2, column: 1, severity: 'error', message: 'looks binary (a NUL byte at offset 4, line 2, column 1)' }]);
      assert.deepEqual(await index.refresh(), { added: [], changed: [], removed: [] });
      assert.deepEqual(reads, [binary]);
    });
  });

  test('a file that vanishes between the listing and its read is not listed and is no problem', async () => {
    await withTempFolder('index-vanished', async (folder) => {
      const kept = join(folder, '2020-01-01-kept.md');
      const vanishing = join(folder, '2020-01-02-vanishing.md');
      await writeFile(kept, '---\ntitle: Kept\n---\n');
      await writeFile(vanishing, '---\ntitle: Gone\n---\n');
      const index = new PostIndex(folder, async (path) => {
        if (path === vanishing) {
          await unlink(vanishing);
        }
        return loadPostFileThroughHandle(path);
      });
      assert.deepEqual(await index.refresh(), { added: [kept], changed: [], removed: [] });
      assert.deepEqual(index.listing().posts.map((post) => post.title), ['Kept']);
      assert.deepEqual(index.listing().problems, []);
    });
  });
});
