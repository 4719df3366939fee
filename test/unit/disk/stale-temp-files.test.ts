import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, readdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { temporaryFileNamePattern, temporaryPathFor, writeFileAtomically } from '../../../main/services/disk/atomic-write';
import { removeStaleTempFiles } from '../../../main/services/disk/stale-temp-files';
import { withTempFolder } from '../../harness/temp-folders';

const posix = process.platform !== 'win32';
const runningAsRoot = process.getuid?.() === 0;

describe('temporaryFileNamePattern', () => {
  const targets = ['post.markdown', '2024-01-01-a post with spaces.md', 'café ✓.markdown', '.hidden', 'no-extension', 'a.b.c.tmp', 'x'];
  for (const target of targets) {
    test(`matches writeFileAtomically's temporary names for ${JSON.stringify(target)}, naming the target`, () => {
      const path = temporaryPathFor(join('/posts', target));
      assert.equal(dirname(path), '/posts');
      assert.equal(temporaryFileNamePattern.exec(basename(path))?.[1], target);
    });
  }

  test('temporary names differ from one save to the next', () => {
    const names = new Set(Array.from({ length: 100 }, () => temporaryPathFor('/posts/post.markdown')));
    assert.equal(names.size, 100);
  });

  const others = [
    'post.markdown',
    '.post.markdown.tmp',
    '.post.markdown.swp',
    'post.markdown~',
    '.post.markdown.inkpost-.tmp',
    '.post.markdown.inkpost-0123456789a.tmp',
    '.post.markdown.inkpost-0123456789abc.tmp',
    '.post.markdown.inkpost-0123456789AB.tmp',
    '.post.markdown.inkpost-0123456789ag.tmp',
    '.post.markdown.inkpost-0123456789ab.TMP',
    '.post.markdown.inkpost-0123456789ab.tmp.bak',
    '.post.markdown.inkpost-0123456789ab',
    'post.markdown.inkpost-0123456789ab.tmp',
    '.inkpost-0123456789ab.tmp',
    '..inkpost-0123456789ab.tmp.x',
    '.post.markdown.writer-0123456789ab.tmp',
  ];
  for (const name of others) {
    test(`does not match ${JSON.stringify(name)}`, () => {
      assert.equal(temporaryFileNamePattern.test(name), false);
    });
  }
});

describe('removeStaleTempFiles', () => {
  test('an empty folder: nothing to do', async () => {
    await withTempFolder('stale-empty', async (folder) => {
      assert.deepEqual(await removeStaleTempFiles(folder), []);
    });
  });

  test('writeFileAtomically leaves nothing behind to remove', async () => {
    await withTempFolder('stale-none', async (folder) => {
      await writeFileAtomically(join(folder, 'post.markdown'), 'one');
      await writeFileAtomically(join(folder, 'post.markdown'), 'two');
      assert.deepEqual(await removeStaleTempFiles(folder), []);
      assert.deepEqual(await readdir(folder), ['post.markdown']);
    });
  });

  test('removes the temporary files, returns their paths sorted, and touches nothing else', async () => {
    await withTempFolder('stale-mixed', async (folder) => {
      const kept = new Map<string, string>([
        ['post.markdown', 'the post'],
        ['.post.markdown.tmp', 'an editor backup'],
        ['.post.markdown.inkpost-0123456789AB.tmp', 'upper-case hex'],
        ['post.markdown.inkpost-0123456789ab.tmp', 'no leading dot'],
        ['.post.markdown.inkpost-0123456789ab.tmp.bak', 'suffix'],
        ['notes.txt', 'notes'],
      ]);
      for (const [name, text] of kept) {
        await writeFile(join(folder, name), text);
      }
      const stale = [
        temporaryPathFor(join(folder, 'post.markdown')),
        temporaryPathFor(join(folder, 'post.markdown')),
        temporaryPathFor(join(folder, 'other post.markdown')),
        temporaryPathFor(join(folder, 'gone.markdown')),
      ];
      await writeFile(stale[0]!, 'a partial sa');
      await writeFile(stale[1]!, '');
      await writeFile(stale[2]!, 'complete but never renamed');
      await writeFile(stale[3]!, 'its post was deleted');
      // A subfolder is not searched, and a folder with a temporary file's name is not a file.
      await mkdir(join(folder, '_drafts'));
      const nested = temporaryPathFor(join(folder, '_drafts', 'draft.markdown'));
      await writeFile(nested, 'nested');
      const folderNamedLikeOne = temporaryPathFor(join(folder, 'x.markdown'));
      await mkdir(folderNamedLikeOne);

      const removed = await removeStaleTempFiles(folder);

      assert.deepEqual(removed, [...stale].sort());
      assert.deepEqual((await readdir(folder)).sort(), [...kept.keys(), '_drafts', basename(folderNamedLikeOne)].sort());
      for (const [name, text] of kept) {
        assert.equal(await readFile(join(folder, name), 'utf8'), text);
      }
      assert.deepEqual(await readdir(join(folder, '_drafts')), [basename(nested)]);
      assert.deepEqual(await removeStaleTempFiles(folder), []);
    });
  });

  test('leaves a symbolic link with a temporary file\'s name, and what it points to', { skip: posix ? false : 'symbolic links need privileges on Windows' }, async () => {
    await withTempFolder('stale-link', async (folder) => {
      await writeFile(join(folder, 'post.markdown'), 'the post');
      const link = temporaryPathFor(join(folder, 'post.markdown'));
      await symlink(join(folder, 'post.markdown'), link);
      assert.deepEqual(await removeStaleTempFiles(folder), []);
      assert.deepEqual((await readdir(folder)).sort(), [basename(link), 'post.markdown'].sort());
      assert.equal(await readFile(join(folder, 'post.markdown'), 'utf8'), 'the post');
    });
  });

  test('olderThanMs spares recently modified temporary files', async () => {
    await withTempFolder('stale-age', async (folder) => {
      const old = temporaryPathFor(join(folder, 'post.markdown'));
      const fresh = temporaryPathFor(join(folder, 'post.markdown'));
      await writeFile(old, 'from an hour ago');
      await writeFile(fresh, 'a save under way');
      const anHourAgo = new Date(Date.now() - 3_600_000);
      await utimes(old, anHourAgo, anHourAgo);

      assert.deepEqual(await removeStaleTempFiles(folder, 60_000), [old]);
      assert.deepEqual(await readdir(folder), [basename(fresh)]);
      assert.deepEqual(await removeStaleTempFiles(folder), [fresh]);
      assert.deepEqual(await readdir(folder), []);
    });
  });

  test('a missing folder rejects with ENOENT', async () => {
    await withTempFolder('stale-missing', async (folder) => {
      await assert.rejects(removeStaleTempFiles(join(folder, 'nope')), { code: 'ENOENT' });
    });
  });

  test(
    'in a read-only folder it rejects and removes nothing',
    { skip: !posix ? 'POSIX permissions' : runningAsRoot ? 'root ignores folder permissions' : false },
    async () => {
      await withTempFolder('stale-readonly', async (folder) => {
        const stale = temporaryPathFor(join(folder, 'post.markdown'));
        await writeFile(stale, 'partial');
        await chmod(folder, 0o555);
        try {
          await assert.rejects(removeStaleTempFiles(folder), { code: 'EACCES' });
        } finally {
          await chmod(folder, 0o755);
        }
        assert.deepEqual(await readdir(folder), [basename(stale)]);
      });
    },
  );

  test('run during saves it can make a save fail, but never costs the post its content', async (t) => {
    await withTempFolder('stale-race', async (folder) => {
      const path = join(folder, 'post.markdown');
      const versions = Array.from({ length: 30 }, (_, index) => `version ${index}\n${'text '.repeat(20_000)}`);
      await writeFile(path, versions[0]!);
      let stop = false;
      const sweeper = (async () => {
        while (!stop) {
          await removeStaleTempFiles(folder);
        }
      })();
      const outcomes: string[] = [];
      for (const version of versions.slice(1)) {
        try {
          await writeFileAtomically(path, version);
          outcomes.push('saved');
        } catch (error) {
          assert.equal((error as NodeJS.ErrnoException).code, 'ENOENT');
          outcomes.push('failed');
        }
        const onDisk = await readFile(path, 'utf8');
        assert.ok(versions.includes(onDisk), 'the post is one of the versions written');
        if (outcomes.at(-1) === 'saved') {
          assert.equal(onDisk, version);
        }
      }
      stop = true;
      await sweeper;
      t.diagnostic(`${outcomes.filter((outcome) => outcome === 'failed').length} of ${outcomes.length} saves failed`);
      assert.deepEqual(await removeStaleTempFiles(folder), []);
      assert.deepEqual(await readdir(folder), ['post.markdown']);
    });
  });
});
