import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from '../../../main/services/disk/atomic-write';
import { withTempFolder } from '../../harness/temp-folders';

const runningAsRoot = process.getuid?.() === 0;
const posix = process.platform !== 'win32';

describe('writeFileAtomically', () => {
  test('creates a new file', async () => {
    await withTempFolder('atomic-new', async (folder) => {
      const path = join(folder, 'new.markdown');
      await writeFileAtomically(path, 'hello\n');
      assert.equal(await readFile(path, 'utf8'), 'hello\n');
      assert.deepEqual(await readdir(folder), ['new.markdown']);
    });
  });

  test('replaces an existing file with the exact bytes', async () => {
    await withTempFolder('atomic-replace', async (folder) => {
      const path = join(folder, 'post.markdown');
      await writeFile(path, 'a much longer original text that the new one must not leave a tail of\n');
      const data = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0x00, 0xff]);
      await writeFileAtomically(path, data);
      assert.deepEqual(new Uint8Array(await readFile(path)), data);
      assert.deepEqual(await readdir(folder), ['post.markdown']);
    });
  });

  test('keeps the permission bits of the file it replaces', { skip: posix ? false : 'POSIX permissions' }, async () => {
    await withTempFolder('atomic-mode', async (folder) => {
      const path = join(folder, 'private.markdown');
      await writeFile(path, 'old');
      await chmod(path, 0o640);
      await writeFileAtomically(path, 'new');
      assert.equal((await stat(path)).mode & 0o777, 0o640);
      assert.equal(await readFile(path, 'utf8'), 'new');
    });
  });

  test(
    'in a read-only folder it fails and the original stays intact',
    { skip: !posix ? 'POSIX permissions' : runningAsRoot ? 'root ignores folder permissions' : false },
    async () => {
      await withTempFolder('atomic-readonly', async (folder) => {
        const path = join(folder, 'post.markdown');
        await writeFile(path, 'original');
        await chmod(folder, 0o555);
        try {
          await assert.rejects(writeFileAtomically(path, 'replacement'), { code: 'EACCES' });
        } finally {
          await chmod(folder, 0o755);
        }
        assert.equal(await readFile(path, 'utf8'), 'original');
        assert.deepEqual(await readdir(folder), ['post.markdown']);
      });
    },
  );

  test('when the rename fails (the target is a folder) it rejects and leaves no temporary file', async () => {
    await withTempFolder('atomic-dir', async (folder) => {
      const path = join(folder, 'post.markdown');
      await mkdir(path);
      await writeFile(join(path, 'inside.txt'), 'kept');
      // rename(2) of a file over a folder: EISDIR on POSIX, EPERM on Windows.
      await assert.rejects(writeFileAtomically(path, 'data'), { code: posix ? 'EISDIR' : 'EPERM' });
      assert.deepEqual(await readdir(folder), ['post.markdown']);
      assert.deepEqual(await readdir(path), ['inside.txt']);
      assert.equal((await stat(path)).isDirectory(), true);
    });
  });

  test('a missing folder rejects with ENOENT and creates nothing', async () => {
    await withTempFolder('atomic-missing', async (folder) => {
      await assert.rejects(writeFileAtomically(join(folder, 'no', 'such', 'file.md'), 'x'), { code: 'ENOENT' });
      assert.deepEqual(await readdir(folder), []);
    });
  });
});

describe('writeFileAtomically with a check before the rename', () => {
  test('a check that throws leaves the target as it was and no temporary file', async () => {
    await withTempFolder('atomic-check', async (folder) => {
      const path = join(folder, 'post.markdown');
      await writeFile(path, 'original\n');
      await assert.rejects(
        writeFileAtomically(path, 'new\n', async () => {
          await writeFile(path, 'changed by another program\n');
          throw new Error('changed meanwhile');
        }),
        /changed meanwhile/,
      );
      assert.equal(await readFile(path, 'utf8'), 'changed by another program\n');
      assert.deepEqual(await readdir(folder), ['post.markdown']);
    });
  });

  test('the check runs after the bytes are written, right before the rename', async () => {
    await withTempFolder('atomic-check-order', async (folder) => {
      const path = join(folder, 'post.markdown');
      await writeFile(path, 'original\n');
      let seen: string[] = [];
      await writeFileAtomically(path, 'new\n', async () => {
        seen = await readdir(folder);
        assert.equal(await readFile(path, 'utf8'), 'original\n');
      });
      assert.equal(seen.length, 2, 'the temporary file is there, whole, when the check runs');
      assert.equal(await readFile(path, 'utf8'), 'new\n');
    });
  });
});
