import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { projectRoot } from '../../harness/paths';
import { withTempFolder } from '../../harness/temp-folders';

/** Runs the built CLI; a command that hangs is killed after 10 s and shows as a null status. */
function inkpost(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(projectRoot, 'bin', 'inkpost.js'), ...args], { encoding: 'utf8', timeout: 10_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const notPosts: Readonly<Record<string, string>> = {
  '_config.yml': 'title: My blog\n',
  '.env': 'SECRET=1\n',
  '.git/config': '[core]\n',
  '_plugins/x.rb': 'puts 1\n',
  '_plugins/notes.md': 'plugin notes\n',
};

void describe('the CLI writes post files only', () => {
  void test('set refuses the blog\'s other files with a clear message, and they stay as they were', async () => {
    await withTempFolder('cli-not-posts', async (blog) => {
      await mkdir(join(blog, '_posts'));
      for (const [name, text] of Object.entries(notPosts)) {
        await mkdir(join(blog, name, '..'), { recursive: true });
        await writeFile(join(blog, name), text);
      }
      for (const [name, text] of Object.entries(notPosts)) {
        const path = join(blog, name);
        const run = inkpost(['set', path, '--title', 'hacked']);
        assert.equal(run.status, 2, `${name}: ${run.stderr}`);
        assert.ok(run.stderr.startsWith(`inkpost: ${path} is not a post file`), run.stderr);
        assert.match(run.stderr, /nothing was read or written/);
        assert.equal(await readFile(path, 'utf8'), text, `${name} is unchanged`);
      }
    });
  });

  void test('set, publish and unpublish refuse a FIFO named like a post at once, saying what it is', async () => {
    await withTempFolder('cli-fifo', async (blog) => {
      await mkdir(join(blog, '_posts'));
      await mkdir(join(blog, '_drafts'));
      await writeFile(join(blog, '_config.yml'), 'title: t\n');
      const post = join(blog, '_posts', '2020-01-01-pipe.md');
      const draft = join(blog, '_drafts', 'pipe.md');
      execFileSync('mkfifo', [post]);
      execFileSync('mkfifo', [draft]);
      const runs: [string, string[]][] = [
        [post, ['set', post, '--title', 'x']],
        [draft, ['publish', draft, '--blog', blog]],
        [post, ['unpublish', post]],
      ];
      for (const [path, args] of runs) {
        const run = inkpost(args);
        assert.equal(run.status, 2, `${args[0]}: ${run.stderr}`);
        assert.equal(run.stderr, `inkpost: ${path} is a named pipe (FIFO), not a post file; Inkpost reads and writes only regular files, so it was not opened\n`);
      }
    });
  });

  void test('set refuses a post that is a link to a file outside its blog, and the file is untouched', async () => {
    await withTempFolder('cli-link-out', async (root) => {
      const blog = join(root, 'blog');
      await mkdir(join(blog, '_posts'), { recursive: true });
      await writeFile(join(blog, '_config.yml'), 'title: t\n');
      const outside = join(root, 'system-file.md');
      await writeFile(outside, 'root:x:0:0\n');
      const link = join(blog, '_posts', '2020-01-01-link.md');
      await symlink(outside, link);
      const run = inkpost(['set', link, '--title', 'hacked']);
      assert.equal(run.status, 2, run.stderr);
      assert.equal(run.stderr, `inkpost: ${link} is a symbolic link to ${outside}, outside the posts folder ${blog}; Inkpost does not read or write through it\n`);
      assert.equal(await readFile(outside, 'utf8'), 'root:x:0:0\n');
      // A link to a post inside the blog is still a post.
      await writeFile(join(blog, '_posts', '2020-01-02-real.md'), '---\ntitle: Real\n---\n');
      const inside = join(blog, '_posts', '2020-01-03-alias.md');
      await symlink(join(blog, '_posts', '2020-01-02-real.md'), inside);
      assert.equal(inkpost(['set', inside, '--title', 'Renamed']).status, 0);
      assert.equal(await readFile(join(blog, '_posts', '2020-01-02-real.md'), 'utf8'), '---\ntitle: Renamed\n---\n');
    });
  });
});
