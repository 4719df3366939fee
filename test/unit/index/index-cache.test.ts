// The posts index kept between launches: a second start reads only the files that changed, and the
// listing is the same as a full read. Real files in temporary folders.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { IndexCache, indexCacheFormat } from '../../../main/services/index/index-cache';
import { indexFolder, PostIndex } from '../../../main/services/index/post-index';
import { summarizePostFile } from '../../../main/services/posts/load-post-file';
import { userDataStores, WorkspaceService } from '../../../main/services/workspace/workspace-service';
import { copyTestBlog, withTempFolder } from '../../harness/temp-folders';

/** An index that counts the files it reads. */
function countingIndex(root: string): { index: PostIndex; reads: string[] } {
  const reads: string[] = [];
  const index = new PostIndex(root, (path, stats) => {
    reads.push(path);
    return summarizePostFile(path, stats);
  });
  return { index, reads };
}

test('an index started from the cache reads only new and changed files, and lists what a full read lists', async () => {
  await withTempFolder('index-cache', async (root) => {
    const blog = join(root, 'blog');
    await copyTestBlog(blog);
    const cache = IndexCache.in(join(root, 'user-data'));
    const first = countingIndex(blog);
    await first.index.refresh();
    assert.equal(first.reads.length, 7);
    await cache.save(blog, first.index.snapshot());

    const posts = join(blog, '_posts');
    const changed = join(posts, '2013-01-20-tabs-a-short-note.markdown');
    await writeFile(changed, '---\ntitle: Tabs, changed\n---\nNew words here.\n');
    await utimes(changed, new Date(), new Date(Date.now() + 5_000)); // another mtime even on a coarse clock
    const added = join(posts, '2020-02-02-added.markdown');
    await writeFile(added, '---\ntitle: Added\n---\nHi.\n');
    await rm(join(posts, '2016-03-19-the-garden-in-march.markdown'));

    const cached = await cache.load(blog);
    assert.ok(cached !== null);
    const second = countingIndex(blog);
    second.index.seed(cached);
    const changes = await second.index.refresh();
    assert.deepEqual(second.reads.sort(), [added, changed].sort());
    assert.deepEqual(changes, { added: [added], changed: [changed], removed: [join(posts, '2016-03-19-the-garden-in-march.markdown')] });
    assert.deepEqual(second.index.listing(), await indexFolder(blog));
    assert.equal(second.index.listing().posts.find((post) => post.path === changed)?.title, 'Tabs, changed');
  });
});

test('a cache that is missing, broken, of another format or of another folder is not used', async () => {
  await withTempFolder('index-cache-bad', async (root) => {
    const blog = join(root, 'blog');
    await copyTestBlog(blog);
    const cache = IndexCache.in(join(root, 'user-data'));
    assert.equal(await cache.load(blog), null);
    const index = new PostIndex(blog);
    await index.refresh();
    await cache.save(blog, index.snapshot());
    const file = cache.fileOf(blog);
    const saved = JSON.parse(await readFile(file, 'utf8')) as { format: number; root: string; entries: Record<string, { summary: { title: unknown } }> };
    assert.equal(saved.format, indexCacheFormat);
    assert.equal((await cache.load(blog))?.size, 7);

    await writeFile(file, JSON.stringify({ ...saved, format: indexCacheFormat + 1 }));
    assert.equal(await cache.load(blog), null, 'another format');
    await writeFile(file, JSON.stringify({ ...saved, root: join(root, 'elsewhere') }));
    assert.equal(await cache.load(blog), null, 'another folder');
    const [path = ''] = Object.keys(saved.entries);
    await writeFile(file, JSON.stringify({ ...saved, entries: { ...saved.entries, [path]: { ...saved.entries[path], summary: { title: 3 } } } }));
    assert.equal(await cache.load(blog), null, 'an entry of the wrong shape');
    await writeFile(file, '{ not json');
    assert.equal(await cache.load(blog), null, 'not JSON');
  });
});

test('a window keeps its index in the user-data folder after the first scan, and the next one starts from it', async () => {
  await withTempFolder('index-cache-window', async (root) => {
    const blog = join(root, 'blog');
    await copyTestBlog(blog);
    const stores = userDataStores(join(root, 'user-data'));
    const workspace = { postsDir: blog, blogDir: blog };
    const first = new WorkspaceService(workspace, () => undefined, stores);
    const listed = await first.listPosts();
    const file = stores.indexCache?.fileOf(blog) ?? '';
    for (let waited = 0; !existsSync(file) && waited < 5_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    first.close();
    assert.ok(existsSync(file), 'the index is written to the cache');
    assert.equal((await stores.indexCache?.load(blog))?.size, listed.posts.length);

    const second = new WorkspaceService(workspace, () => undefined, stores);
    try {
      assert.deepEqual(await second.listPosts(), listed);
    } finally {
      second.close();
    }
  });
});

test('the blog info is read once the list is there, kept, and read again when posts change', async () => {
  await withTempFolder('blog-info-kept', async (root) => {
    const blog = join(root, 'blog');
    await copyTestBlog(blog);
    const service = new WorkspaceService({ postsDir: blog, blogDir: blog }, () => undefined, userDataStores(join(root, 'user-data')));
    try {
      const before = await service.blogInfo();
      assert.deepEqual(before.keyOrder.slice(0, 2), ['layout', 'title']);
      assert.equal(await service.blogInfo(), before, 'kept, not read again');
      const posts = join(blog, '_posts');
      for (const [index, name] of (await readdir(posts)).entries()) {
        await writeFile(join(posts, name), `---\ntitle: Post ${index}\nlayout: post\n---\nBody.\n`);
      }
      await service.refresh();
      assert.deepEqual((await service.blogInfo()).keyOrder.slice(0, 2), ['title', 'layout']);
    } finally {
      service.close();
    }
  });
});
