import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { dispatchCall } from '../../../main/services/bridge/call-dispatcher';
import { versionOf } from '../../../main/services/posts/post-text';
import { makeTestHost } from '../../harness/test-host';
import { withTempFolder } from '../../harness/temp-folders';

/** Files of a blog that are not posts, with their contents. */
const notPosts: Readonly<Record<string, string>> = {
  '_config.yml': 'title: My blog\n',
  '.env': 'SECRET=1\n',
  '.git/config': '[core]\n',
  '_plugins/x.rb': 'puts 1\n',
  '_site/_posts/2020-01-01-a.md': '---\ntitle: built\n---\n',
};

async function makeBlog(blog: string): Promise<void> {
  for (const [name, text] of Object.entries(notPosts)) {
    await mkdir(join(blog, name, '..'), { recursive: true });
    await writeFile(join(blog, name), text);
  }
  await mkdir(join(blog, '_posts'), { recursive: true });
  await writeFile(join(blog, '_posts', '2020-01-01-a.md'), '---\ntitle: A\n---\nBody\n');
}

/** Runs a call through the dispatcher, as the renderer's calls arrive, within `ms` milliseconds. */
async function call(table: Parameters<typeof dispatchCall>[0], name: string, args: unknown[], ms = 5_000): Promise<{ ok: boolean; message: string }> {
  const timeout = new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(`${name} did not answer within ${ms} ms`)), ms).unref());
  const outcome = await Promise.race([dispatchCall(table, name, args), timeout]);
  return outcome.ok ? { ok: true, message: '' } : { ok: false, message: outcome.error.message };
}

void describe('the bridge reads and writes post files only', () => {
  void test('every call that takes a path refuses the blog\'s other files, naming them, and nothing changes', async () => {
    await withTempFolder('bridge-not-posts', async (blog) => {
      await makeBlog(blog);
      const session = makeTestHost({ postsDir: blog, blogDir: blog });
      try {
        for (const [name, text] of Object.entries(notPosts)) {
          const path = join(blog, name);
          const version = versionOf(Buffer.from(text));
          const calls: [string, unknown[]][] = [
            ['readPost', [path]],
            ['savePost', [{ path, text: 'overwritten', baseVersion: version }]],
            ['renamePost', [path, 'renamed']],
            ['trashPost', [path]],
            ['unpublishPost', [path]],
            ['exportPost', [{ path }]],
          ];
          for (const [callName, args] of calls) {
            const outcome = await call(session.table, callName, args);
            assert.equal(outcome.ok, false, `${callName} ${name} is refused`);
            assert.match(outcome.message, /is not a post file/, `${callName} ${name}: ${outcome.message}`);
            assert.ok(outcome.message.includes(path), `${callName} names ${path}: ${outcome.message}`);
          }
          assert.equal(await readFile(path, 'utf8'), text, `${name} is unchanged`);
        }
        assert.equal((await call(session.table, 'readPost', [join(blog, '_posts', '2020-01-01-a.md')])).ok, true);
      } finally {
        session.close();
      }
    });
  });

  void test('a FIFO named like a post is refused at once by readPost and savePost, and saves go on', async () => {
    await withTempFolder('bridge-fifo', async (folder) => {
      const fifo = join(folder, '2020-01-02-pipe.md');
      execFileSync('mkfifo', [fifo]);
      const post = join(folder, '2020-01-01-a.md');
      await writeFile(post, 'Body\n');
      const session = makeTestHost({ postsDir: folder, blogDir: null });
      try {
        for (let round = 0; round < 5; round += 1) {
          const read = await call(session.table, 'readPost', [fifo]);
          assert.deepEqual(read, { ok: false, message: `${fifo} is a named pipe (FIFO), not a post file; Inkpost reads and writes only regular files, so it was not opened` });
          const save = await call(session.table, 'savePost', [{ path: fifo, text: 'x', baseVersion: 'v' }]);
          assert.equal(save.ok, false);
          assert.match(save.message, /named pipe/);
        }
        const saved = await call(session.table, 'savePost', [{ path: post, text: 'Body, more\n', baseVersion: versionOf(Buffer.from('Body\n')) }]);
        assert.equal(saved.ok, true, saved.message);
        assert.equal(await readFile(post, 'utf8'), 'Body, more\n');
      } finally {
        session.close();
      }
    });
  });

  void test('a post that is a link to a file outside the folder is refused with the reason, and the file is untouched', async () => {
    await withTempFolder('bridge-link-out', async (root) => {
      const folder = join(root, 'posts');
      await mkdir(folder);
      const outside = join(root, 'system-file.md');
      await writeFile(outside, 'root:x:0:0\n');
      const link = join(folder, '2020-01-01-link.md');
      await symlink(outside, link);
      const session = makeTestHost({ postsDir: folder, blogDir: null });
      try {
        const save = await call(session.table, 'savePost', [{ path: link, text: 'hacked', baseVersion: versionOf(Buffer.from('root:x:0:0\n')) }]);
        assert.deepEqual(save, { ok: false, message: `${link} is a symbolic link to ${outside}, outside the posts folder ${folder}; Inkpost does not read or write through it` });
        assert.equal(await readFile(outside, 'utf8'), 'root:x:0:0\n');
      } finally {
        session.close();
      }
    });
  });
});
