import assert from 'node:assert/strict';
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, test } from 'node:test';
import { temporaryPathFor } from '../../../main/services/disk/atomic-write';
import { WorkspaceService } from '../../../main/services/workspace/workspace-service';
import type { Workspace } from '../../../shared/post';
import { withTempFolder } from '../../harness/temp-folders';
import { ExportRecords } from '../../../main/services/export/export-record';

/** These services never export (a record written there would be a bug the other tests catch) and keep no index cache. */
const noExports = { exportRecords: ExportRecords.in(join(tmpdir(), 'inkpost-unused-user-data')), indexCache: null };

const anHourAgo = new Date(Date.now() - 3_600_000);

/** Writes a file named as a crashed save's temporary file beside `post`, an hour old unless `fresh`. */
async function leftover(post: string, fresh = false): Promise<string> {
  const path = temporaryPathFor(post);
  await writeFile(path, 'a partial sa');
  if (!fresh) {
    await utimes(path, anHourAgo, anHourAgo);
  }
  return path;
}

/** Opens a workspace as a window does (its first listing cleans up), then closes it. */
async function openAndClose(workspace: Workspace): Promise<void> {
  const service = new WorkspaceService(workspace, () => undefined, noExports);
  try {
    await service.listPosts();
  } finally {
    service.close();
  }
}

async function exists(path: string): Promise<boolean> {
  return (await readdir(join(path, '..'))).includes(basename(path));
}

void describe('opening a folder cleans up the temporary files of crashed saves', () => {
  void test('in every _posts and _drafts folder of a blog and their subfolders, only old files Inkpost named', async () => {
    await withTempFolder('stale-blog', async (blog) => {
      for (const folder of ['_posts/2020', '_drafts/ideas', 'en/_posts', '_site/_posts', '_plugins', '.git', '_posts/.hidden']) {
        await mkdir(join(blog, folder), { recursive: true });
      }
      await writeFile(join(blog, '_config.yml'), 'title: t\n');
      const removed = [
        await leftover(join(blog, '_posts', '2020-01-01-a.md')),
        await leftover(join(blog, '_posts', '2020', '2020-01-02-b.md')),
        await leftover(join(blog, '_drafts', 'draft.md')),
        await leftover(join(blog, '_drafts', 'ideas', 'idea.md')),
        await leftover(join(blog, 'en', '_posts', '2020-01-03-c.md')),
      ];
      const kept = [
        await leftover(join(blog, '_posts', '2020-01-04-d.md'), true),
        await leftover(join(blog, '_site', '_posts', 'x.md')),
        await leftover(join(blog, '_plugins', 'x.rb')),
        await leftover(join(blog, '.git', 'config')),
        await leftover(join(blog, '_posts', '.hidden', 'x.md')),
        await leftover(join(blog, '_config.yml')),
      ];
      const other = join(blog, '_posts', '.notes.md.swp');
      await writeFile(other, 'an editor swap file');
      await utimes(other, anHourAgo, anHourAgo);
      kept.push(other);

      await openAndClose({ postsDir: blog, blogDir: null });
      for (const path of removed) {
        assert.equal(await exists(path), false, `${path} is removed`);
      }
      for (const path of kept) {
        assert.equal(await exists(path), true, `${path} is kept`);
      }
    });
  });

  void test('in a posts folder and in the blog chosen for it', async () => {
    await withTempFolder('stale-two', async (root) => {
      const posts = join(root, 'posts');
      const blog = join(root, 'blog');
      await mkdir(posts);
      await mkdir(join(blog, '_posts'), { recursive: true });
      await mkdir(join(blog, '_drafts'));
      const removed = [await leftover(join(posts, 'draft.md')), await leftover(join(blog, '_posts', '2020-01-01-a.md')), await leftover(join(blog, '_drafts', 'b.md'))];
      await openAndClose({ postsDir: posts, blogDir: blog });
      for (const path of removed) {
        assert.equal(await exists(path), false, `${path} is removed`);
      }
    });
  });
});
