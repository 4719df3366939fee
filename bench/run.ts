/**
 * `npm run bench`: Inkpost's speed targets, measured. Prints a table and writes
 * bench/results.json. Targets live here, never in timed tests.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { summarizePostFile } from '../main/services/posts/load-post-file';
import { indexFolder, PostIndex } from '../main/services/index/post-index';
import { indexWorkers } from '../main/services/index/post-index-workers';
import { generatePosts } from './corpus';
import { measure, measureInTurns, printTable, type Measurement } from './measure';
import { benchmarkOpenPost } from './open-post';
import { benchmarkPreview } from './preview';
import { benchmarkRecheck } from './recheck';
import { benchmarkSaves } from './save';
import { benchmarkWatcher } from './watcher';
import { benchmarkYamlFastPath } from './yaml-fast-path';

const projectRoot = join(__dirname, '..');
const referencePostsDir = join(projectRoot, '..', 'shared', 'fixtures', 'metajack-blog', '_posts');
const otherReferencePostsDir = join(projectRoot, '..', 'shared', 'fixtures', 'jekyll-news', '_posts');
const postCount = 5_000;

/** Reads every file's bytes with the same concurrency the listing uses: the floor any listing pays. */
async function readAllBytes(dir: string): Promise<number> {
  const names = await readdir(dir);
  let total = 0;
  for (let start = 0; start < names.length; start += 64) {
    const chunk = await Promise.all(names.slice(start, start + 64).map((name) => readFile(join(dir, name))));
    total += chunk.reduce((sum, bytes) => sum + bytes.length, 0);
  }
  return total;
}

async function main(): Promise<void> {
  const corpus = await generatePosts(referencePostsDir, postCount);
  const results: Measurement[] = [];
  try {
    // The workers start on the first large scan and read once loaded: time scans with them loaded (the app's
    // first scan overlaps their start with reading on the main thread).
    await indexFolder(corpus.dir);
    while (indexWorkers().status().ready < indexWorkers().status().running) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // In turns: reading, the index as the app builds it (large scans in worker threads), and the same on the main thread only.
    let listed = 0;
    let listedHere = 0;
    const [read, cold, mainThread] = await measureInTurns([
      { name: `read the bytes of ${postCount} posts`, task: () => readAllBytes(corpus.dir) },
      {
        name: `index ${postCount} posts cold (new index)`,
        task: async () => {
          listed = (await indexFolder(corpus.dir)).posts.length;
        },
      },
      {
        name: `index ${postCount} posts cold, main thread only`,
        task: async () => {
          const index = new PostIndex(corpus.dir, summarizePostFile);
          await index.refresh();
          listedHere = index.listing().posts.length;
        },
      },
    ], { runs: 9 });
    if (read === undefined || cold === undefined || mainThread === undefined || listed !== postCount || listedHere !== postCount) {
      throw new Error(`indexed ${listed} and ${listedHere} posts, expected ${postCount}`);
    }
    const ratio = (measurement: Measurement): number => Math.round((measurement.medianMs / read.medianMs) * 100) / 100;
    results.push({ ...read, notes: { megabytes: Math.round(corpus.bytes / 1e5) / 10 } });
    results.push({ ...cold, notes: { posts: listed, workers: indexWorkers().status().running, ratioToReading: ratio(cold), target: '<=2x' } });
    results.push({ ...mainThread, notes: { posts: listedHere, ratioToReading: ratio(mainThread) } });
    // Warm: the same index reopened on an unchanged folder lists and stats the files but reads no post.
    const warmIndex = new PostIndex(corpus.dir);
    await warmIndex.refresh();
    const warm = await measure(`reopen ${postCount} posts warm (cached index)`, async () => {
      await warmIndex.refresh();
      listed = warmIndex.listing().posts.length;
    }, { runs: 15 });
    results.push({ ...warm, notes: { posts: listed, targetMs: 100 } });
  } finally {
    await rm(corpus.dir, { recursive: true, force: true });
  }
  results.push(...(await benchmarkYamlFastPath([referencePostsDir, otherReferencePostsDir])));
  results.push(...(await benchmarkSaves(referencePostsDir)));
  results.push(...(await benchmarkWatcher(referencePostsDir)));
  results.push(...(await benchmarkRecheck()));
  results.push(...(await benchmarkPreview()));
  results.push(...(await benchmarkOpenPost()));
  printTable(results);
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    results,
  };
  await writeFile(join(projectRoot, 'bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nwrote bench/results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
