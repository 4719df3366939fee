// A large first scan reads, parses and summarises new posts in worker threads. These tests check
// that the workers give exactly what the main thread gives (order included), that the built worker
// next to dist/main and dist/cli runs, and that a worker that cannot start or crashes loses nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { summarizePostFile } from '../../../main/services/posts/load-post-file';
import { PostIndex } from '../../../main/services/index/post-index';
import { readNewEntry, type IndexEntry } from '../../../main/services/index/post-index-entry';
import { indexWorkers, IndexWorkerPool } from '../../../main/services/index/post-index-workers';
import { distDir, projectRoot, testPostsDir } from '../../harness/paths';
import { withTempFolder } from '../../harness/temp-folders';

/**
 * Fills `folder` with 300 posts: the fixture posts under many dated names, and posts of every
 * awkward shape (empty, Latin-1, CRLF with a BOM, broken YAML, TOML, binary, undated drafts
 * sharing one mtime so only their order in the folder tells them apart).
 */
async function writeManyPosts(folder: string): Promise<void> {
  const names = (await readdir(testPostsDir)).sort();
  const texts = await Promise.all(names.map((name) => readFile(join(testPostsDir, name))));
  const writes: Promise<void>[] = [];
  for (let index = 0; index < 270; index += 1) {
    const day = new Date(Date.UTC(2001, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
    writes.push(writeFile(join(folder, `${day}-post-${index}.markdown`), texts[index % texts.length] ?? ''));
  }
  const shapes: readonly (readonly [string, string | Buffer])[] = [
    ['2020-01-01-empty.md', ''],
    ['2020-01-02-latin1.md', Buffer.from('---\ntitle: caf\xe9\n---\nd\xe9j\xe0 vu\n', 'latin1')],
    ['2020-01-03-crlf-bom.md', '\uFEFF---\r\ntitle: "CRLF"\r\ntags: [a, b]\r\n---\r\nSome words here.\r\n'],
    ['2020-01-04-broken-yaml.md', '---\ntitle: [unclosed\n---\nBody words.\n'],
    ['2020-01-05-toml.md', '+++\ntitle = "TOML"\ntags = ["x"]\n+++\nBody.\n'],
    ['2020-01-06-binary.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01])],
    ['2020-01-07-marker.md', '---\ntitle: Marker\nextended: ":EXTENDED:"\n---\nIntro.\n:EXTENDED:\nMore.\n'],
  ];
  for (const [name, content] of shapes) {
    writes.push(writeFile(join(folder, name), content));
  }
  await Promise.all(writes);
  const sameTime = new Date('2021-06-01T12:00:00Z');
  for (let index = 0; index < 23; index += 1) {
    const path = join(folder, `draft-${String(index).padStart(2, '0')}.md`);
    await writeFile(path, `---\ntitle: Draft ${index}\n---\nDraft words ${index}.\n`);
    await utimes(path, sameTime, sameTime);
  }
}

/** Waits until `pool` says `done`, or fails after 30 s. */
async function until(pool: IndexWorkerPool, done: (status: ReturnType<IndexWorkerPool['status']>) => boolean): Promise<void> {
  const started = Date.now();
  while (!done(pool.status())) {
    assert.ok(Date.now() - started < 30_000, `gave up waiting: ${JSON.stringify(pool.status())}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until every worker of `pool` has loaded its script (they start on the pool's first batch). */
function workersReady(pool: IndexWorkerPool): Promise<void> {
  return until(pool, (status) => status.running > 0 && status.ready === status.running);
}

/** What the main thread reads for `paths`, with the index's default loader. */
function readOnMainThread(paths: readonly string[]): Promise<(IndexEntry | null)[]> {
  return Promise.all(paths.map((path) => readNewEntry(path, summarizePostFile)));
}

describe('the index in worker threads', () => {
  test('a large scan in workers gives exactly the main thread index: changes, posts, problems and their order', async () => {
    await withTempFolder('workers-same', async (folder) => {
      await writeManyPosts(folder);
      // Until its workers have loaded, the pool reads on the main thread: start them with a first scan.
      await new PostIndex(folder).refresh();
      await workersReady(indexWorkers());
      const readInWorkersBefore = indexWorkers().status().filesReadInWorkers;
      const inWorkers = new PostIndex(folder);
      const onMainThread = new PostIndex(folder, summarizePostFile);
      const progress: number[] = [];
      const workerChanges = await inWorkers.refresh((done, total) => {
        assert.equal(total, 300);
        progress.push(done);
      });
      assert.deepStrictEqual(workerChanges, await onMainThread.refresh());
      assert.equal(indexWorkers().status().unavailable, false);
      assert.equal(indexWorkers().status().filesReadInWorkers - readInWorkersBefore, 300, 'the scan ran in worker threads');
      const listing = inWorkers.listing();
      assert.deepStrictEqual(listing, onMainThread.listing());
      assert.equal(listing.posts.length, 299, 'every post but the binary file');
      assert.deepEqual(listing.problems.map((problem) => problem.path.slice(folder.length + 1)), ['2020-01-02-latin1.md', '2020-01-04-broken-yaml.md', '2020-01-06-binary.md']);
      assert.equal(progress.at(-1), 300);
      assert.ok(progress.every((done, index) => index === 0 || done > (progress[index - 1] ?? 0)), 'progress only grows');
      // Reopening reads nothing, in either index, and still agrees.
      assert.deepStrictEqual(await inWorkers.refresh(), { added: [], changed: [], removed: [] });
      assert.deepStrictEqual(inWorkers.listing(), onMainThread.listing());
    });
  });

  for (const bundle of ['main', 'cli']) {
    test(`the built worker next to dist/${bundle} reads what the main thread reads`, async () => {
      await withTempFolder(`workers-built-${bundle}`, async (folder) => {
        await writeManyPosts(folder);
        const paths = (await readdir(folder)).sort().map((name) => join(folder, name));
        const pool = new IndexWorkerPool(2, () => new Worker(join(distDir, bundle, 'post-index-worker.js')));
        try {
          const expected = await readOnMainThread(paths);
          assert.deepStrictEqual(await pool.readNewEntries(paths, () => undefined), expected, 'while the workers start');
          await workersReady(pool);
          const before = pool.status().filesReadInWorkers;
          assert.deepStrictEqual(await pool.readNewEntries(paths, () => undefined), expected, 'with the workers loaded');
          assert.deepStrictEqual(pool.status(), { running: 2, ready: 2, filesReadInWorkers: before + paths.length, unavailable: false });
        } finally {
          pool.close();
        }
      });
    });
  }

  const failingWorkers: readonly (readonly [string, () => Worker, boolean])[] = [
    ['cannot start', () => new Worker(join(distDir, 'no-such-worker.js')), false],
    ['exits on its first batch', () => new Worker("const { parentPort } = require('node:worker_threads'); parentPort.postMessage({ ready: true }); parentPort.on('message', () => process.exit(3));", { eval: true }), true],
  ];
  for (const [what, start, getsReady] of failingWorkers) {
    test(`a worker that ${what}: every batch is read on the main thread, nothing lost, and a warning says so`, async () => {
      await withTempFolder('workers-failing', async (folder) => {
        await writeManyPosts(folder);
        const paths = (await readdir(folder)).sort().map((name) => join(folder, name));
        const expected = await readOnMainThread(paths);
        const warnings: string[] = [];
        const onWarning = (warning: Error & { code?: string }): void => {
          if (warning.code === 'INKPOST_INDEX_WORKER') {
            warnings.push(warning.message);
          }
        };
        process.on('warning', onWarning);
        const pool = new IndexWorkerPool(2, start);
        try {
          // The first scan starts the workers; the main thread reads while none has loaded.
          assert.deepStrictEqual(await pool.readNewEntries(paths, () => undefined), expected);
          if (getsReady) {
            // Loaded workers are sent the next scan's batches first: this one fails on its first.
            await until(pool, (status) => status.ready > 0 || status.unavailable);
            let done = 0;
            assert.deepStrictEqual(await pool.readNewEntries(paths, (count) => {
              done += count;
            }), expected);
            assert.equal(done, paths.length);
          }
          await until(pool, (status) => status.unavailable);
          assert.deepStrictEqual(pool.status(), { running: 0, ready: 0, filesReadInWorkers: 0, unavailable: true });
          // Later scans do not try again.
          assert.deepStrictEqual(await pool.readNewEntries(paths, () => undefined), expected);
          assert.deepStrictEqual(pool.status(), { running: 0, ready: 0, filesReadInWorkers: 0, unavailable: true });
          await new Promise((resolve) => setImmediate(resolve));
          assert.equal(warnings.length, 1, warnings.join('\n'));
        } finally {
          process.off('warning', onWarning);
          pool.close();
        }
      });
    });
  }

  test('while no worker has loaded (one that never does), the main thread reads every batch', async () => {
    await withTempFolder('workers-never-ready', async (folder) => {
      await writeManyPosts(folder);
      const paths = (await readdir(folder)).sort().map((name) => join(folder, name));
      const pool = new IndexWorkerPool(1, () => new Worker("require('node:worker_threads').parentPort.on('message', () => {});", { eval: true }));
      try {
        assert.deepStrictEqual(await pool.readNewEntries(paths, () => undefined), await readOnMainThread(paths));
        assert.deepStrictEqual(pool.status(), { running: 1, ready: 0, filesReadInWorkers: 0, unavailable: false });
      } finally {
        pool.close();
      }
    });
  });

  test('the built CLI lists a large folder through its worker, without a warning', async () => {
    await withTempFolder('cli-large-folder', async (folder) => {
      await writeManyPosts(folder);
      const run = spawnSync(process.execPath, [join(projectRoot, 'bin', 'inkpost.js'), 'list', '--json', folder], { encoding: 'utf8', timeout: 60_000 });
      assert.equal(run.stderr.includes('INKPOST_INDEX_WORKER'), false, run.stderr);
      assert.equal(run.status, 1, 'the Latin-1, broken and binary files are problems');
      const index = new PostIndex(folder, summarizePostFile);
      await index.refresh();
      const expected = index.listing().posts.map(({ path, title, date, time, tags, layout }) => ({ path, title, date, time, tags, layout }));
      assert.equal(expected.length, 299);
      assert.deepStrictEqual(JSON.parse(run.stdout), expected);
    });
  });
});
