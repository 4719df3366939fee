import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, lstat, mkdir, readdir, readFile, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readPost, savePost } from '../../../main/services/posts/post-store';
import { versionOf } from '../../../main/services/posts/post-text';
import { testPostsDir } from '../../harness/paths';
import { postSets, testPostNames, testPosts, withCopyOf, withTempFolder, withTestPostsCopy } from '../../harness/temp-folders';

/** A plain title, tags [kites, outdoors, weekend]. */
const kites = testPosts.withImage;
/** A quoted title with a colon. */
const sourdough = testPosts.colonTitle;
/** A fixed modification time in the past, so that any write shows as a changed mtime. */
const longAgo = new Date('2001-02-03T04:05:06Z');

function replaceLine(text: string, index: number, line: string): string {
  const lines = text.split('\n');
  lines[index] = line;
  return lines.join('\n');
}

describe('readPost and savePost', () => {
  for (const set of postSets) {
    test(`saving unchanged text writes nothing: every post of the ${set.label}`, { skip: set.skip }, async () => {
      await withCopyOf(set.dir, 'store-unchanged', async (folder) => {
        for (const name of set.names) {
          const path = join(folder, name);
          await utimes(path, longAgo, longAgo);
          const original = await readFile(join(set.dir, name));
          const document = await readPost(folder, path);
          assert.equal(document.path, path);
          assert.equal(document.text, original.toString('utf8'));
          assert.equal(document.version, versionOf(original));
          assert.equal(document.lineEnding, 'lf');
          assert.equal(document.hasByteOrderMark, false);
          assert.equal(document.summary.fileName, name);
          assert.equal(document.summary.modifiedMs, longAgo.getTime());

          const result = await savePost(folder, { path, text: document.text, baseVersion: document.version });
          assert.deepEqual(result, { status: 'saved', path, version: document.version, unchanged: true, summary: document.summary, problems: [] });
          assert.deepEqual(await readFile(path), original);
          assert.equal((await stat(path)).mtimeMs, longAgo.getTime());
        }
      });
    });
  }

  test('editing one line changes only that line and leaves no temporary file', async () => {
    await withTestPostsCopy('store-edit', async (folder) => {
      const path = join(folder, kites);
      const document = await readPost(folder, path);
      const lines = document.text.split('\n');
      assert.equal(lines[2], 'title: Kite Flying on a Windy Saturday');
      const edited = replaceLine(document.text, 2, 'title: Kite Flying on a Calm Sunday');

      const result = await savePost(folder, { path, text: edited, baseVersion: document.version });
      const onDisk = await readFile(path);
      assert.equal(result.status, 'saved');
      if (result.status !== 'saved') {
        return;
      }
      assert.equal(result.unchanged, false);
      assert.equal(result.version, versionOf(onDisk));
      assert.notEqual(result.version, document.version);
      assert.equal(result.summary.title, 'Kite Flying on a Calm Sunday');
      assert.deepEqual(result.summary.tags, ['kites', 'outdoors', 'weekend']);

      const diskLines = onDisk.toString('utf8').split('\n');
      assert.equal(diskLines.length, lines.length);
      const changed = diskLines.flatMap((line, index) => (line === lines[index] ? [] : [index]));
      assert.deepEqual(changed, [2]);
      assert.equal(diskLines[2], 'title: Kite Flying on a Calm Sunday');

      assert.deepEqual((await readdir(folder)).sort(), [...testPostNames]);

      // The returned version is the new base: a second edit saves without a conflict.
      const again = await savePost(folder, { path, text: `${edited}More.\n`, baseVersion: result.version });
      assert.equal(again.status, 'saved');
      assert.equal((await readFile(path, 'utf8')).endsWith('More.\n'), true);
      assert.deepEqual((await readdir(folder)).sort(), [...testPostNames]);
    });
  });

  test('a CRLF file with a BOM keeps both after an edit', async () => {
    await withTestPostsCopy('store-crlf', async (folder) => {
      const lfText = await readFile(join(testPostsDir, sourdough), 'utf8');
      const path = join(folder, '2010-02-01-crlf-and-bom.markdown');
      await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lfText.replace(/\n/g, '\r\n'), 'utf8')]));

      const document = await readPost(folder, path);
      assert.equal(document.text, lfText);
      assert.equal(document.lineEnding, 'crlf');
      assert.equal(document.hasByteOrderMark, true);
      assert.equal(document.summary.title, 'Sourdough Notes: A Year of Starters');

      const edited = replaceLine(document.text, 8, 'Someone [just');
      const result = await savePost(folder, { path, text: edited, baseVersion: document.version });
      assert.equal(result.status, 'saved');
      const expected = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(edited.replace(/\n/g, '\r\n'), 'utf8')]);
      assert.deepEqual(await readFile(path), expected);
    });
  });

  test('an edited save keeps the file mode 0o600', { skip: process.platform === 'win32' ? 'POSIX permissions' : false }, async () => {
    await withTestPostsCopy('store-mode', async (folder) => {
      const path = join(folder, kites);
      await chmod(path, 0o600);
      const document = await readPost(folder, path);
      const result = await savePost(folder, { path, text: `${document.text}Edited.\n`, baseVersion: document.version });
      assert.equal(result.status, 'saved');
      assert.equal((await stat(path)).mode & 0o777, 0o600);
    });
  });

  test('a file changed on disk after reading is a conflict and keeps the outside content', async () => {
    await withTestPostsCopy('store-conflict', async (folder) => {
      const path = join(folder, kites);
      const document = await readPost(folder, path);
      const outside = '---\r\ntitle: Changed elsewhere\r\n---\r\nNew body.\r\n';
      await writeFile(path, outside);

      const result = await savePost(folder, { path, text: `${document.text}Mine.\n`, baseVersion: document.version });
      assert.deepEqual(result, {
        status: 'conflict',
        diskText: '---\ntitle: Changed elsewhere\n---\nNew body.\n',
        diskVersion: versionOf(Buffer.from(outside)),
      });
      assert.equal(await readFile(path, 'utf8'), outside);

      // Even the unchanged text with the stale version writes nothing.
      const stale = await savePost(folder, { path, text: document.text, baseVersion: document.version });
      assert.equal(stale.status, 'conflict');
      assert.equal(await readFile(path, 'utf8'), outside);
      assert.deepEqual((await readdir(folder)).sort(), [...testPostNames]);
    });
  });

  test('paths outside the folder are refused', async () => {
    await withTempFolder('store-outside', async (root) => {
      const folder = join(root, 'posts');
      const elsewhere = join(root, 'elsewhere');
      await mkdir(folder);
      await mkdir(elsewhere);
      const secret = join(elsewhere, 'secret.markdown');
      await writeFile(secret, '---\ntitle: Secret\n---\n');
      const link = join(folder, '2011-01-01-link.markdown');
      await symlink(secret, link);
      const version = versionOf(await readFile(secret));

      const outsidePaths: readonly (readonly [string, string])[] = [
        [secret, secret],
        [join(folder, '..', 'elsewhere', 'secret.markdown'), secret],
        [`${folder}/../elsewhere/secret.markdown`, secret],
        [`${folder}/../missing.markdown`, join(root, 'missing.markdown')],
        ['/etc/hostname', '/etc/hostname'],
        ['/no/such/file.markdown', '/no/such/file.markdown'],
        [folder, folder],
        [link, link],
      ];
      for (const [path, resolved] of outsidePaths) {
        const message = path === link
          ? `${link} is a symbolic link to ${secret}, outside the posts folder ${folder}; Inkpost does not read or write through it`
          : `${resolved} is not inside the posts folder ${folder}`;
        const expected = { name: 'ServiceError', code: 'outside-folder', message };
        await assert.rejects(readPost(folder, path), expected, path);
        await assert.rejects(savePost(folder, { path, text: 'overwritten', baseVersion: version }), expected, path);
      }
      assert.equal(await readFile(secret, 'utf8'), '---\ntitle: Secret\n---\n');
    });
  });

  test('a missing post is not-found and a relative path is invalid', async () => {
    await withTestPostsCopy('store-missing', async (folder) => {
      const path = join(folder, '2020-01-01-missing.markdown');
      await assert.rejects(readPost(folder, path), { name: 'ServiceError', code: 'not-found', message: `no such post: ${path}` });
      await assert.rejects(savePost(folder, { path, text: 'x', baseVersion: 'v' }), { name: 'ServiceError', code: 'not-found' });
      await assert.rejects(readPost(folder, kites), { name: 'ServiceError', code: 'invalid-argument', message: `expected an absolute path, got "${kites}"` });
      assert.deepEqual((await readdir(folder)).sort(), [...testPostNames]);
    });
  });

  test('a non-UTF-8 post opens as Latin-1 with the bad byte located, and saves back byte for byte', async () => {
    await withTestPostsCopy('store-latin1', async (folder) => {
      const path = join(folder, '2011-02-02-latin1.markdown');
      const content = Buffer.from('---\ntitle: caf\xe9\n---\nBody\n', 'latin1');
      await writeFile(path, content);
      const document = await readPost(folder, path);
      assert.equal(document.encoding, 'latin1');
      assert.equal(document.text, '---\ntitle: caf\u00e9\n---\nBody\n');
      assert.deepEqual(document.problems, [
        { path, line: 2, column: 11, severity: 'error', message: 'not valid UTF-8 (byte 14); opened as Latin-1 and saved back the same way' },
      ]);
      assert.equal(document.summary.title, 'caf\u00e9');
      // Unchanged: byte-identical. Edited: still Latin-1, every other byte kept.
      assert.deepEqual(await savePost(folder, { path, text: document.text, baseVersion: document.version }).then((result) => result.status), 'saved');
      assert.deepEqual(await readFile(path), content);
      const edited = await savePost(folder, { path, text: document.text.replace('Body', 'Body, encore'), baseVersion: document.version });
      assert.equal(edited.status, 'saved');
      assert.deepEqual(await readFile(path), Buffer.from('---\ntitle: caf\xe9\n---\nBody, encore\n', 'latin1'));
    });
  });

  test('a character Latin-1 cannot hold is refused with its place, and nothing is written', async () => {
    await withTestPostsCopy('store-latin1-unencodable', async (folder) => {
      const path = join(folder, '2011-02-03-latin1.markdown');
      const content = Buffer.from('---\ntitle: caf\xe9\n---\nBody\n', 'latin1');
      await writeFile(path, content);
      const document = await readPost(folder, path);
      await assert.rejects(
        savePost(folder, { path, text: document.text.replace('Body', 'Body \u0142'), baseVersion: document.version }),
        { name: 'ServiceError', code: 'invalid-argument', message: `${path}: line 4, column 6: '\u0142' cannot be saved in this Latin-1 file; nothing was written` },
      );
      assert.deepEqual(await readFile(path), content);
    });
  });

  test('a binary file is unreadable and the message names the file', async () => {
    await withTestPostsCopy('store-binary', async (folder) => {
      const path = join(folder, '2011-02-04-binary.markdown');
      const content = Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]);
      await writeFile(path, content);
      await assert.rejects(readPost(folder, path), (error: Error & { code?: string }) => error.code === 'unreadable' && error.message.startsWith(`${path}: looks binary`));
      assert.deepEqual(await readFile(path), content);
    });
  });

  test('a post that is a symbolic link stays a link when saved; its target gets the text', async () => {
    await withTestPostsCopy('store-symlink', async (folder) => {
      const target = join(folder, kites);
      const link = join(folder, '2020-01-01-linked.markdown');
      await symlink(target, link);
      const document = await readPost(folder, link);
      const result = await savePost(folder, { path: link, text: `${document.text}More.\n`, baseVersion: document.version });
      assert.equal(result.status, 'saved');
      assert.equal((await lstat(link)).isSymbolicLink(), true);
      assert.equal(await readFile(target, 'utf8'), `${document.text}More.\n`);
    });
  });

  test('a post with invalid YAML still opens; the summary falls back to the file name', async () => {
    await withTestPostsCopy('store-bad-yaml', async (folder) => {
      const path = join(folder, '2010-01-31-bad-yaml.markdown');
      const text = '---\nlayout: post\ntitle: Tankaar: A New Game\ntags: [game]\n---\nBody\n';
      await writeFile(path, text);
      await utimes(path, longAgo, longAgo);

      const document = await readPost(folder, path);
      assert.equal(document.text, text);
      assert.deepEqual(document.summary, {
        path,
        fileName: '2010-01-31-bad-yaml.markdown',
        title: 'bad-yaml',
        date: '2010-01-31',
        time: null,
        tags: [],
        layout: null,
        slug: 'bad-yaml',
        kind: 'draft',
        hasMarker: false,
        // Only the body's words: the broken front matter is still fenced off.
        words: 1,
        modifiedMs: longAgo.getTime(),
      });

      // Fixing the YAML and saving gives the real summary.
      const fixed = text.replace('title: Tankaar: A New Game', 'title: "Tankaar: A New Game"');
      const result = await savePost(folder, { path, text: fixed, baseVersion: document.version });
      assert.equal(result.status, 'saved');
      if (result.status === 'saved') {
        assert.equal(result.summary.title, 'Tankaar: A New Game');
        assert.deepEqual(result.summary.tags, ['game']);
        assert.equal(result.summary.layout, 'post');
      }
      assert.equal(await readFile(path, 'utf8'), fixed);
    });
  });
});
