import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { postPathRefusal, resolvePostPath } from '../../../main/services/posts/post-path';
import { withTempFolder } from '../../harness/temp-folders';

const blog = '/blog';
const posts = '/home/me/Inkpost';

/** [folder, path, folder is a blog root, allowed]. */
const cases: readonly (readonly [string, string, boolean, boolean])[] = [
  [blog, '/blog/_posts/2020-01-01-a.md', true, true],
  [blog, '/blog/_posts/2020/2020-01-01-a.markdown', true, true],
  [blog, '/blog/_drafts/idea.md', true, true],
  [blog, '/blog/_drafts/sub/idea.mkd', true, true],
  [blog, '/blog/en/news/_posts/2020-01-01-a.md', true, true],
  [blog, '/blog/_config.yml', true, false],
  [blog, '/blog/.env', true, false],
  [blog, '/blog/.git/config', true, false],
  [blog, '/blog/.git/_posts/x.md', true, false],
  [blog, '/blog/_plugins/x.rb', true, false],
  [blog, '/blog/_plugins/_posts/x.md', true, false],
  [blog, '/blog/_site/_posts/x.md', true, false],
  [blog, '/blog/node_modules/pkg/_posts/readme.md', true, false],
  [blog, '/blog/vendor/bundle/_posts/x.md', true, false],
  [blog, '/blog/_posts/.hidden/x.md', true, false],
  [blog, '/blog/_posts/.x.md', true, false],
  [blog, '/blog/_posts/notes.txt', true, false],
  [blog, '/blog/_layouts/post.md', true, false],
  [blog, '/blog/about.md', true, false],
  [blog, '/blog/_posts', true, false],
  [blog, '/blog', true, false],
  [blog, '/elsewhere/_posts/x.md', true, false],
  [blog, '/blog/../etc/_posts/x.md', true, false],
  [posts, '/home/me/Inkpost/draft.md', false, true],
  [posts, '/home/me/Inkpost/sub/draft.md', false, true],
  [posts, '/home/me/Inkpost/.git/x.md', false, false],
  [posts, '/home/me/Inkpost/node_modules/x.md', false, false],
  [posts, '/home/me/Inkpost/.env', false, false],
  [posts, '/home/me/Inkpost/settings.json', false, false],
  [posts, '/home/me/x.md', false, false],
];

void describe('postPathRefusal: only post files may be read or written', () => {
  for (const [folder, path, folderIsBlog, allowed] of cases) {
    void test(`${allowed ? 'allows' : 'refuses'} ${path} in ${folderIsBlog ? 'the blog' : 'the posts folder'} ${folder}`, () => {
      const refusal = postPathRefusal(folder, path, folderIsBlog);
      if (allowed) {
        assert.equal(refusal, null);
      } else {
        assert.ok(refusal !== null && refusal.includes(path), `a refusal naming the file, got ${String(refusal)}`);
      }
    });
  }
});

void describe('resolvePostPath on real files', () => {
  void test('a FIFO or a link to a device named like a post is refused at once, saying what it is', async () => {
    await withTempFolder('post-path-fifo', async (folder) => {
      const fifo = join(folder, '2020-01-01-pipe.md');
      execFileSync('mkfifo', [fifo]);
      await assert.rejects(resolvePostPath(folder, fifo), { code: 'unreadable', message: `${fifo} is a named pipe (FIFO), not a post file; Inkpost reads and writes only regular files, so it was not opened` });
      const sub = join(folder, 'sub');
      await mkdir(sub);
      await symlink('/dev/null', join(sub, 'null.md'));
      await assert.rejects(resolvePostPath('/', join(sub, 'null.md')), /not a post file|a device/);
    });
  });

  void test('a link named like a post that leads to _config.yml is refused', async () => {
    await withTempFolder('post-path-link', async (blog) => {
      await mkdir(join(blog, '_posts'));
      await writeFile(join(blog, '_config.yml'), 'title: t\n');
      const link = join(blog, '_posts', '2020-01-01-config.md');
      await symlink(join(blog, '_config.yml'), link);
      await assert.rejects(resolvePostPath(blog, link), { code: 'invalid-argument', message: /_config\.yml is not a post file/ });
    });
  });

  void test('a link to a file outside the folder says so', async () => {
    await withTempFolder('post-path-outside', async (root) => {
      const folder = join(root, 'posts');
      await mkdir(folder);
      await writeFile(join(root, 'secret.md'), 'secret');
      const link = join(folder, 'a.md');
      await symlink(join(root, 'secret.md'), link);
      await assert.rejects(resolvePostPath(folder, link), { code: 'outside-folder', message: `${link} is a symbolic link to ${join(root, 'secret.md')}, outside the posts folder ${folder}; Inkpost does not read or write through it` });
    });
  });
});
