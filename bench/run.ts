/**
 * `npm run bench`: Inkpost's speed targets, measured. Prints a table and writes
 * bench/results.json. Targets live here, never in timed tests.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { indexFolder, PostIndex } from '../main/services/post-index';
import { generatePosts } from './corpus';
import { measure, printTable, type Measurement } from './measure';
import { benchmarkPreview } from './preview';
import { benchmarkSaves } from './save';

const projectRoot = join(__dirname, '..');
const fixturePostsDir = join(projectRoot, '..', 'shared', 'fixtures', 'metajack-blog', '_posts');
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
  const corpus = await generatePosts(fixturePostsDir, postCount);
  const results: Measurement[] = [];
  try {
    const read = await measure(`read the bytes of ${postCount} posts`, () => readAllBytes(corpus.dir), {
      runs: 7,
      notes: { megabytes: Math.round(corpus.bytes / 1e5) / 10 },
    });
    results.push(read);
    let listed = 0;
    const cold = await measure(`index ${postCount} posts cold (new index)`, async () => {
      const listing = await indexFolder(corpus.dir);
      listed = listing.posts.length;
    }, { runs: 7 });
    if (listed !== postCount) {
      throw new Error(`indexed ${listed} posts, expected ${postCount}`);
    }
    results.push({ ...cold, notes: { posts: listed, ratioToReading: Math.round((cold.medianMs / read.medianMs) * 100) / 100, target: '<=2x' } });
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
  results.push(...(await benchmarkSaves(fixturePostsDir)));
  results.push(...(await benchmarkPreview()));
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
