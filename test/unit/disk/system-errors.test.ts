import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { temporaryPathFor } from '../../../main/services/disk/atomic-write';
import { dispatchCall } from '../../../main/services/bridge/call-dispatcher';
import { describeSystemError } from '../../../main/services/disk/system-error';
import { versionOf } from '../../../main/services/posts/post-text';
import { projectRoot } from '../../harness/paths';
import { withTempFolder } from '../../harness/temp-folders';
import { makeTestHost } from '../../harness/test-host';

const asRoot = process.getuid?.() === 0 ? false : 'mounting a file system and chattr need root';

/** [code, what the sentence must say]. */
const table: readonly (readonly [string, RegExp])[] = [
  ['ENOSPC', /the disk is full/],
  ['EDQUOT', /quota/],
  ['EROFS', /read-only/],
  ['EACCES', /permission/],
  ['EPERM', /does not allow/],
  ['ELOOP', /too many symbolic links/],
  ['ENOENT', /gone \(moved or deleted\)/],
];

function systemError(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: raw, open '${path}'`), { code, path, syscall: 'open' });
}

void describe('describeSystemError', () => {
  for (const [code, what] of table) {
    void test(`${code} becomes a sentence: what happened, the post's name, that the words are safe`, () => {
      const temporary = temporaryPathFor('/blog/_posts/2020-01-01-a.md');
      const described = describeSystemError(systemError(code, temporary), 'Could not save', 'Nothing was lost: your words are safe in Inkpost\'s journal');
      assert.ok(described !== null);
      assert.match(described.message, what);
      assert.ok(described.message.startsWith(`Could not save /blog/_posts/2020-01-01-a.md: `), described.message);
      assert.match(described.message, /your words are safe in Inkpost's journal\./);
      assert.doesNotMatch(described.message, /inkpost-[0-9a-f]{12}\.tmp|raw/);
      assert.equal(described.code, code === 'ENOENT' ? 'not-found' : 'unreadable');
    });
  }
  void test('anything else is not a system error', () => {
    assert.equal(describeSystemError(new Error('boom'), 'Could not save', 'safe'), null);
    assert.equal(describeSystemError(Object.assign(new Error('x'), { code: 'ERR_SOMETHING' }), 'Could not save', 'safe'), null);
    assert.equal(describeSystemError('ENOSPC', 'Could not save', 'safe'), null);
  });
});

/** Saves `text` over the post through the bridge, from the version on disk. */
async function save(session: ReturnType<typeof makeTestHost>, path: string, text: string): Promise<{ ok: boolean; code: string; message: string }> {
  const version = versionOf(await readFile(path));
  const outcome = await dispatchCall(session.table, 'savePost', [{ path, text, baseVersion: version }], () => undefined);
  return outcome.ok ? { ok: true, code: '', message: '' } : { ok: false, ...outcome.error };
}

/** Runs `body` with a fresh tmpfs of `size` mounted on a temporary folder, then unmounts it. */
async function withTmpfs(label: string, size: string, body: (mount: string) => Promise<void>): Promise<void> {
  await withTempFolder(label, async (folder) => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', folder]);
    try {
      await body(folder);
    } finally {
      execFileSync('umount', ['-l', folder]);
    }
  });
}

void describe('real system errors reach the user as sentences', () => {
  void test('EROFS: saving into a read-only file system', { skip: asRoot }, async () => {
    await withTmpfs('erofs', '1m', async (folder) => {
      const path = join(folder, '2020-01-01-a.md');
      await writeFile(path, 'Before\n');
      execFileSync('mount', ['-o', 'remount,ro', folder]);
      const session = makeTestHost({ postsDir: folder, blogDir: null });
      try {
        const outcome = await save(session, path, 'After\n');
        assert.equal(outcome.ok, false);
        assert.equal(outcome.message, `Could not save ${path}: the disk or folder is read-only (EROFS). Nothing was lost: your words are safe in Inkpost's journal. Save the post somewhere writable, or make the folder writable and save again.`);
        assert.equal(await readFile(path, 'utf8'), 'Before\n');
      } finally {
        session.close();
      }
    });
  });

  void test('ENOSPC: saving onto a full disk', { skip: asRoot }, async () => {
    await withTmpfs('enospc', '64k', async (folder) => {
      const path = join(folder, '2020-01-01-a.md');
      await writeFile(path, 'Before\n');
      await writeFile(join(folder, 'filler'), Buffer.alloc(60 * 1024)).catch(() => undefined);
      const session = makeTestHost({ postsDir: folder, blogDir: null });
      try {
        const outcome = await save(session, path, 'After, and much longer\n'.repeat(4000));
        assert.equal(outcome.ok, false);
        assert.match(outcome.message, new RegExp(`^Could not save ${path}: the disk is full \\(ENOSPC\\)\\. Nothing was lost: your words are safe in Inkpost's journal\\.`));
        assert.equal(await readFile(path, 'utf8'), 'Before\n');
      } finally {
        session.close();
      }
    });
  });

  void test('EPERM: saving into an immutable folder (chattr +i)', { skip: asRoot }, async () => {
    await withTempFolder('eperm', async (folder) => {
      const path = join(folder, '2020-01-01-a.md');
      await writeFile(path, 'Before\n');
      execFileSync('chattr', ['+i', folder]);
      const session = makeTestHost({ postsDir: folder, blogDir: null });
      try {
        const outcome = await save(session, path, 'After\n');
        assert.equal(outcome.ok, false);
        assert.match(outcome.message, new RegExp(`^Could not save ${path}: the system does not allow this change .*\\(EPERM\\)\\. Nothing was lost`));
      } finally {
        session.close();
        execFileSync('chattr', ['-i', folder]);
      }
      assert.equal(await readFile(path, 'utf8'), 'Before\n');
    });
  });

  void test('EACCES: inkpost set run by a user who may not write the folder', { skip: asRoot }, async () => {
    await withTempFolder('eacces', async (folder) => {
      await chmod(folder, 0o755);
      const path = join(folder, '2020-01-01-a.md');
      await writeFile(path, '---\ntitle: Old\n---\n');
      await chmod(path, 0o644);
      const run = spawnSync(process.execPath, [join(projectRoot, 'bin', 'inkpost.js'), 'set', path, '--title', 'New'], { encoding: 'utf8', uid: 65534, gid: 65534 });
      assert.equal(run.status, 2, run.stderr);
      assert.equal(run.stderr, `inkpost: set could not finish on ${path}: you do not have permission to write there (EACCES). The file it names was not changed (Inkpost swaps in a new copy only once it is whole). Change the folder's or file's permissions, or save the post elsewhere.\n`);
      assert.equal(await readFile(path, 'utf8'), '---\ntitle: Old\n---\n');
    });
  });

  void test('ELOOP: opening a post that is a link to itself', async () => {
    await withTempFolder('eloop', async (folder) => {
      const path = join(folder, '2020-01-01-loop.md');
      await symlink(path, path);
      const session = makeTestHost({ postsDir: folder, blogDir: null });
      try {
        const outcome = await dispatchCall(session.table, 'readPost', [path], () => undefined);
        assert.equal(outcome.ok, false);
        assert.match(outcome.ok ? '' : outcome.error.message, new RegExp(`^Could not open ${path}: its path has too many symbolic links .*\\(ELOOP\\)\\.`));
      } finally {
        session.close();
      }
    });
  });

  void test('listPosts after the posts folder is deleted says so instead of the old list', async () => {
    await withTempFolder('folder-gone', async (root) => {
      const folder = join(root, 'posts');
      await mkdir(folder);
      await writeFile(join(folder, '2020-01-01-a.md'), '---\ntitle: A\n---\n');
      const session = makeTestHost({ postsDir: folder, blogDir: null });
      try {
        const before = await dispatchCall(session.table, 'listPosts', []);
        assert.ok(before.ok);
        await rm(folder, { recursive: true });
        const after = await dispatchCall(session.table, 'listPosts', []);
        assert.deepEqual(after, {
          ok: false,
          error: { code: 'not-found', message: `The posts folder ${folder} is gone (moved or deleted). Nothing was lost: your words are safe in Inkpost's journal. Open the folder where it is now, or choose another.` },
        });
      } finally {
        session.close();
      }
    });
  });
});
