// Which drafts were exported, and opening the post each became: from the export record in the user-data
// folder, through the handler table, on a real copy of the test blog. A stale record (the post deleted or
// renamed by another program) never yields a path to open.
import assert from 'node:assert/strict';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { dispatchCall } from '../../../main/services/bridge/call-dispatcher';
import { exportDraft } from '../../../main/services/export/export-draft';
import { ExportRecords } from '../../../main/services/export/export-record';
import { publishedDraftsIn } from '../../../main/services/export/published-drafts';
import type { TestHost } from '../../harness/test-host';
import { makeTestHost } from '../../harness/test-host';
import { copyTestBlog, withTempFolder } from '../../harness/temp-folders';

const now = new Date(2024, 2, 5, 9, 7);

/** A copy of the test blog with one draft in its `_drafts`, and the draft's path. */
async function blogWithDraft(root: string): Promise<{ blog: string; drafts: string; draft: string }> {
  const blog = join(root, 'blog');
  await copyTestBlog(blog);
  const drafts = join(blog, '_drafts');
  const draft = join(drafts, 'published-one.markdown');
  await writeFile(draft, '---\ntitle: Published one\n---\nBody.\n');
  return { blog, drafts, draft };
}

async function call(host: TestHost, name: string, ...args: unknown[]): Promise<unknown> {
  const outcome = await dispatchCall(host.table, name, args);
  if (!outcome.ok) {
    throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  }
  return outcome.value;
}

test('an exported draft is listed with the post it became; drafts of other folders and drafts never exported are not', async () => {
  await withTempFolder('published-list', async (root) => {
    const { blog, drafts, draft } = await blogWithDraft(root);
    const elsewhere = join(root, 'elsewhere');
    await mkdir(elsewhere);
    await writeFile(join(elsewhere, 'other.md'), '---\ntitle: Other\n---\nBody.\n');
    const records = ExportRecords.in(join(root, 'user-data'));
    assert.deepEqual(await publishedDraftsIn(records, blog, drafts), [], 'nothing exported yet');
    assert.equal((await exportDraft(draft, blog, records, { now })).status, 'written');
    assert.equal((await exportDraft(join(elsewhere, 'other.md'), blog, records, { now })).status, 'written');
    const post = '_posts/2024-03-05-published-one.markdown';
    assert.deepEqual(await publishedDraftsIn(records, blog, drafts), [{ draft, post, postPath: join(blog, post), present: true, inPostsFolder: false }]);
    // Opened at the blog root, the posts folder holds the post too.
    assert.deepEqual(await publishedDraftsIn(records, blog, blog), [{ draft, post, postPath: join(blog, post), present: true, inPostsFolder: true }]);
  });
});

test('a stale record says the post is no longer there: deleted, or renamed by another program', async () => {
  await withTempFolder('published-stale', async (root) => {
    const { blog, drafts, draft } = await blogWithDraft(root);
    const records = ExportRecords.in(join(root, 'user-data'));
    await exportDraft(draft, blog, records, { now });
    const post = join(blog, '_posts', '2024-03-05-published-one.markdown');
    await rename(post, join(blog, '_posts', '2024-03-05-renamed.markdown'));
    assert.deepEqual((await publishedDraftsIn(records, blog, drafts)).map((entry) => entry.present), [false]);
    await rm(join(blog, '_posts', '2024-03-05-renamed.markdown'));
    assert.deepEqual(await publishedDraftsIn(records, blog, drafts), [{ draft, post: '_posts/2024-03-05-published-one.markdown', postPath: post, present: false, inPostsFolder: false }]);
  });
});

test('through the handler table: listPublishedDrafts, then openPublishedPost switches to the blog\'s _posts, keeping the blog', async () => {
  await withTempFolder('published-open', async (root) => {
    const { blog, drafts, draft } = await blogWithDraft(root);
    const testHost = makeTestHost({ postsDir: drafts, blogDir: blog });
    try {
      assert.deepEqual(await call(testHost, 'listPublishedDrafts'), []);
      await assert.rejects(call(testHost, 'openPublishedPost', draft), { message: `not-found: ${draft} has not been exported to ${blog}` });
      const exported = (await call(testHost, 'exportPost', { path: draft, date: '2024-03-05' })) as { path: string };
      const postPath = join(blog, '_posts', '2024-03-05-published-one.markdown');
      assert.equal(exported.path, postPath);
      assert.deepEqual(await call(testHost, 'listPublishedDrafts'), [{ draft, post: '_posts/2024-03-05-published-one.markdown', postPath, present: true, inPostsFolder: false }]);

      const opened = await call(testHost, 'openPublishedPost', draft);
      const postsFolder = join(blog, '_posts');
      assert.deepEqual(opened, { path: postPath, workspace: { postsDir: postsFolder, blogDir: blog } });
      assert.deepEqual(testHost.events.at(-1), { name: 'workspaceChanged', payload: { workspace: { postsDir: postsFolder, blogDir: blog } } });
      assert.deepEqual(await call(testHost, 'listRecentFolders'), [postsFolder], 'opened as Open Posts Folder does: a recent folder');
      const listing = (await call(testHost, 'listPosts')) as { posts: { path: string }[] };
      assert.ok(listing.posts.some((entry) => entry.path === postPath), 'the post is in the folder now open');
      assert.equal(((await call(testHost, 'readPost', postPath)) as { path: string }).path, postPath);
      assert.deepEqual(await call(testHost, 'listPublishedDrafts'), [], 'no draft of _posts was exported');
    } finally {
      testHost.close();
    }
  });
});

test('openPublishedPost at the blog root opens the post without a switch, and refuses a stale record by name', async () => {
  await withTempFolder('published-root', async (root) => {
    const { blog, draft } = await blogWithDraft(root);
    const testHost = makeTestHost({ postsDir: blog, blogDir: blog });
    try {
      await call(testHost, 'exportPost', { path: draft, date: '2024-03-05' });
      const postPath = join(blog, '_posts', '2024-03-05-published-one.markdown');
      const eventsBefore = testHost.events.filter((event) => event.name === 'workspaceChanged').length;
      assert.deepEqual(await call(testHost, 'openPublishedPost', draft), { path: postPath, workspace: { postsDir: blog, blogDir: blog } });
      assert.equal(testHost.events.filter((event) => event.name === 'workspaceChanged').length, eventsBefore, 'no switch');
      await rm(postPath);
      await assert.rejects(call(testHost, 'openPublishedPost', draft), {
        message: 'not-found: published-one.markdown was published as _posts/2024-03-05-published-one.markdown, which is no longer there',
      });
      assert.deepEqual(await call(testHost, 'listPublishedDrafts'), [{ draft, post: '_posts/2024-03-05-published-one.markdown', postPath, present: false, inPostsFolder: true }]);
    } finally {
      testHost.close();
    }
  });
});

test('without a blog there is nothing published, and opening says why', async () => {
  await withTempFolder('published-no-blog', async (root) => {
    const { drafts, draft } = await blogWithDraft(root);
    const testHost = makeTestHost({ postsDir: drafts, blogDir: null });
    try {
      assert.deepEqual(await call(testHost, 'listPublishedDrafts'), []);
      await assert.rejects(call(testHost, 'openPublishedPost', draft), { message: `invalid-argument: no blog is chosen for ${drafts}, so none of its drafts is published` });
    } finally {
      testHost.close();
    }
  });
});
