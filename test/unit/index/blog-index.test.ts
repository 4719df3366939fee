import assert from 'node:assert/strict';
import { cp, mkdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { IndexProgressEvent, PostsChangedEvent } from '../../../shared/post';
import { loadPostFile } from '../../../main/services/posts/load-post-file';
import { findPostFiles, isBlogRoot } from '../../../main/services/posts/post-files';
import { PostIndex } from '../../../main/services/index/post-index';
import { WorkspaceService } from '../../../main/services/workspace/workspace-service';
import { testPostsDir } from '../../harness/paths';
import { copyTestBlog, copyTestPosts, testPostNames, makeTempFolder, removeFolder } from '../../harness/temp-folders';
import { writeFileAtomically } from '../../../main/services/disk/atomic-write';
import { ExportRecords } from '../../../main/services/export/export-record';

/** These services never export (a record written there would be a bug the other tests catch) and keep no index cache. */
const noExports = { exportRecords: ExportRecords.in(join(tmpdir(), 'inkpost-unused-user-data')), indexCache: null };

/** A multilingual blog: posts in `_posts`, `en/news/_posts` (with a year subfolder), `ja/news/_posts`, drafts, and folders Jekyll ignores. */
async function makeBlog(root: string): Promise<void> {
  await writeFile(join(root, '_config.yml'), 'title: Test blog\n');
  await mkdir(join(root, '_posts'));
  await copyTestPosts(join(root, '_posts'));
  const post = (title: string): string => `---\nlayout: post\ntitle: "${title}"\ntags: [news]\ntime: "08:00"\n---\nText.\n`;
  await mkdir(join(root, 'en', 'news', '_posts', '2020'), { recursive: true });
  await writeFile(join(root, 'en', 'news', '_posts', '2020', '2020-05-01-english-news.md'), post('English news'));
  await mkdir(join(root, 'ja', 'news', '_posts'), { recursive: true });
  await writeFile(join(root, 'ja', 'news', '_posts', '2020-05-02-japanese-news.md'), post('日本のニュース'));
  await mkdir(join(root, '_drafts'));
  await writeFile(join(root, '_drafts', 'a-draft.markdown'), post('A draft'));
  await writeFile(join(root, '_drafts', 'README'), 'not a post\n');
  for (const ignored of ['_site/_posts', 'node_modules/pkg/_posts', '.git/_posts', '_includes']) {
    await mkdir(join(root, ignored), { recursive: true });
    await writeFile(join(root, ignored, '2020-01-01-ignored.md'), post('Ignored'));
  }
  await writeFile(join(root, 'about.md'), post('About page, not a post'));
}

void describe('the blog index', () => {
  let root = '';

  before(async () => {
    root = await makeTempFolder('blog');
    await makeBlog(root);
  });

  after(async () => {
    await removeFolder(root);
  });

  void test('a blog root is recognised by _config.yml or _posts; a posts folder is not', async () => {
    assert.equal(await isBlogRoot(root), true);
    assert.equal(await isBlogRoot(join(root, '_drafts')), false);
    assert.equal(await isBlogRoot(testPostsDir), false);
  });

  void test('finds every _posts folder Jekyll reads, and _drafts, and nothing Jekyll ignores', async () => {
    const files = (await findPostFiles(root)).map((path) => path.slice(root.length + 1));
    assert.equal(files.filter((path) => path.startsWith('_posts/')).length, testPostNames.length);
    assert.deepEqual(files.filter((path) => !path.startsWith('_posts/')), [
      '_drafts/a-draft.markdown',
      'en/news/_posts/2020/2020-05-01-english-news.md',
      'ja/news/_posts/2020-05-02-japanese-news.md',
    ]);
  });

  void test('summaries say published for _posts and draft for _drafts', async () => {
    const index = new PostIndex(root);
    await index.refresh();
    const listing = index.listing();
    assert.deepEqual(listing.problems, []);
    const kinds = new Map(listing.posts.map((post) => [post.path.slice(root.length + 1), post.kind]));
    assert.equal(kinds.get('_drafts/a-draft.markdown'), 'draft');
    assert.equal(kinds.get('ja/news/_posts/2020-05-02-japanese-news.md'), 'published');
    assert.equal(listing.posts[0]?.title, 'A draft', 'the undated draft leads');
    assert.equal(listing.posts[1]?.title, '日本のニュース');
  });

  void test('a warm refresh of an unchanged blog reads no post; a change re-reads only that post', async () => {
    const reads: string[] = [];
    const index = new PostIndex(root, (path) => {
      reads.push(path);
      return loadPostFile(path);
    });
    const first = await index.refresh();
    assert.equal(reads.length, testPostNames.length + 3);
    assert.equal(first.added.length, testPostNames.length + 3);
    reads.length = 0;
    assert.deepEqual(await index.refresh(), { added: [], changed: [], removed: [] });
    assert.deepEqual(reads, []);

    const changedPath = join(root, '_drafts', 'a-draft.markdown');
    await writeFile(changedPath, (await readFile(changedPath, 'utf8')).replace('A draft', 'A better draft'));
    const later = new Date(Date.now() + 5_000);
    await utimes(changedPath, later, later);
    assert.deepEqual(await index.refresh(), { added: [], changed: [changedPath], removed: [] });
    assert.deepEqual(reads, [changedPath]);
    assert.equal(index.listing().posts.find((post) => post.path === changedPath)?.title, 'A better draft');
  });
});

/** Waits for the first event `events` receives that satisfies `match`, or fails after `ms`. */
function nextEvent<Event>(events: Event[], match: (event: Event) => boolean, ms = 1_000): Promise<Event> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const poll = (): void => {
      const found = events.find(match);
      if (found !== undefined) {
        resolve(found);
      } else if (Date.now() - started > ms) {
        reject(new Error(`no matching event within ${ms} ms; got ${JSON.stringify(events)}`));
      } else {
        setTimeout(poll, 10);
      }
    };
    poll();
  });
}

void describe('outside changes reach the renderer as events within a second', () => {
  let folder = '';
  let service: WorkspaceService;
  const events: PostsChangedEvent[] = [];

  before(async () => {
    folder = await makeTempFolder('watch');
    await copyTestPosts(folder);
    service = new WorkspaceService({ postsDir: folder, blogDir: null }, (name, payload) => {
      if (name === 'postsChanged') {
        events.push(payload as PostsChangedEvent);
      }
    }, noExports);
    await service.listPosts();
  });

  after(async () => {
    service.close();
    await removeFolder(folder);
  });

  void test('a new post', async () => {
    const path = join(folder, '2012-12-12-new.markdown');
    await writeFile(path, '---\ntitle: "New"\n---\nHi.\n');
    await nextEvent(events, (event) => event.added.includes(path));
    assert.equal((await service.listPosts()).posts.find((post) => post.path === path)?.title, 'New');
  });

  void test('a changed post', async () => {
    const path = join(folder, '2012-12-12-new.markdown');
    await writeFile(path, '---\ntitle: "Newer"\n---\nHi there.\n');
    await nextEvent(events, (event) => event.changed.includes(path));
    assert.equal((await service.listPosts()).posts.find((post) => post.path === path)?.title, 'Newer');
  });

  void test('a renamed post', async () => {
    const from = join(folder, '2012-12-12-new.markdown');
    const to = join(folder, '2012-12-13-renamed.markdown');
    await rename(from, to);
    await nextEvent(events, (event) => event.removed.includes(from) && event.added.includes(to));
    const paths = (await service.listPosts()).posts.map((post) => post.path);
    assert.ok(paths.includes(to) && !paths.includes(from));
  });

  void test('a deleted post', async () => {
    const path = join(folder, '2012-12-13-renamed.markdown');
    await rm(path);
    await nextEvent(events, (event) => event.removed.includes(path));
    assert.ok(!(await service.listPosts()).posts.some((post) => post.path === path));
  });
});

void describe('in a blog root, changes anywhere below reach the renderer, also after a save replaced the file', () => {
  let blog = '';
  let outside = '';
  let service: WorkspaceService;
  const events: PostsChangedEvent[] = [];

  before(async () => {
    blog = await makeTempFolder('watch-blog');
    outside = await makeTempFolder('watch-outside');
    await copyTestBlog(blog);
    service = new WorkspaceService({ postsDir: blog, blogDir: blog }, (name, payload) => {
      if (name === 'postsChanged') {
        events.push(payload as PostsChangedEvent);
      }
    }, noExports);
    await service.listPosts();
  });

  after(async () => {
    service.close();
    await removeFolder(blog);
    await removeFolder(outside);
  });

  void test('a post saved atomically, then moved out (to a trash) and back, is seen each time', async () => {
    const path = join(blog, '_drafts', 'watched.markdown');
    await writeFile(path, '---\ntitle: "Watched"\n---\nOne.\n');
    await nextEvent(events, (event) => event.added.includes(path));
    events.length = 0; // only what follows counts
    await writeFileAtomically(path, '---\ntitle: "Watched"\n---\nTwo.\n');
    await nextEvent(events, (event) => event.changed.includes(path));
    events.length = 0; // only what follows counts
    await rename(path, join(outside, 'watched.markdown'));
    await nextEvent(events, (event) => event.removed.includes(path));
    events.length = 0; // only what follows counts
    await rename(join(outside, 'watched.markdown'), path);
    await nextEvent(events, (event) => event.added.includes(path));
    assert.ok((await service.listPosts()).posts.some((post) => post.path === path));
  });

  void test('a post in a new nested _posts folder, and the removal of that folder', async () => {
    const folder = join(blog, 'en', 'news', '_posts');
    await mkdir(folder, { recursive: true });
    const path = join(folder, '2020-02-02-nested.markdown');
    await writeFile(path, '---\ntitle: "Nested"\n---\nHi.\n');
    await nextEvent(events, (event) => event.added.includes(path));
    events.length = 0;
    await rm(join(blog, 'en'), { recursive: true });
    await nextEvent(events, (event) => event.removed.includes(path));
  });
});

void test('scanning more than a few hundred posts sends progress events, ending at the total', async () => {
  const folder = await makeTempFolder('progress');
  try {
    const text = await readFile(join(testPostsDir, '2013-01-20-tabs-a-short-note.markdown'));
    await Promise.all(Array.from({ length: 400 }, (_, index) => writeFile(join(folder, `2001-01-01-post-${index}.markdown`), text)));
    const progress: IndexProgressEvent[] = [];
    const service = new WorkspaceService({ postsDir: folder, blogDir: null }, (name, payload) => {
      if (name === 'indexProgress') {
        progress.push(payload as IndexProgressEvent);
      }
    }, noExports);
    assert.equal((await service.listPosts()).posts.length, 400);
    service.close();
    assert.ok(progress.length >= 1);
    assert.deepEqual(progress[progress.length - 1], { folder, done: 400, total: 400 });
    assert.ok(progress.every((event, index) => index === 0 || event.done >= (progress[index - 1]?.done ?? 0)));
  } finally {
    await removeFolder(folder);
  }
});

void test('a small folder sends no progress events', async () => {
  const folder = await makeTempFolder('no-progress');
  try {
    await cp(testPostsDir, folder, { recursive: true });
    let progressEvents = 0;
    const service = new WorkspaceService({ postsDir: folder, blogDir: null }, (name) => {
      progressEvents += name === 'indexProgress' ? 1 : 0;
    }, noExports);
    await service.listPosts();
    service.close();
    assert.equal(progressEvents, 0);
  } finally {
    await removeFolder(folder);
  }
});

void test('in a blog root, a post added in a nested _posts folder is announced, and _site writes are not', async () => {
  const root = await makeTempFolder('watch-blog');
  const events: PostsChangedEvent[] = [];
  const service = new WorkspaceService({ postsDir: root, blogDir: root }, (name, payload) => {
    if (name === 'postsChanged') {
      events.push(payload as PostsChangedEvent);
    }
  }, noExports);
  try {
    await makeBlog(root);
    await service.listPosts();
    await writeFile(join(root, '_site', '_posts', '2020-01-02-built.md'), 'output');
    const path = join(root, 'ja', 'news', '_posts', '2020-06-01-more-news.md');
    await writeFile(path, '---\ntitle: "More news"\n---\nText.\n');
    await nextEvent(events, (event) => event.added.includes(path));
    assert.ok(events.every((event) => [...event.added, ...event.changed].every((added) => !added.includes('_site'))));
  } finally {
    service.close();
    await removeFolder(root);
  }
});
