import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { watchPostFiles } from '../main/services/index/posts-watcher';
import { generatePosts } from './corpus';
import { measure, type Measurement } from './measure';

const postCount = 5_000;
const saveRuns = 30;
const burstSaves = 200;
const burstRounds = 7;

/** CPU time (user + system, the whole process: every thread) that `task` takes, in milliseconds. */
async function cpuMsOf(task: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await task();
  const used = process.cpuUsage(before);
  return Math.round((used.user + used.system) / 100) / 10;
}

/** Replaces `path` the way an editor's atomic save does: a temporary file renamed over it. */
async function saveFromOutside(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.outside-${process.pid}.tmp`);
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/** Resolves on the watcher's next report. */
function nextReport(reports: { wait: (() => void) | null }): Promise<void> {
  return new Promise((resolve) => {
    reports.wait = resolve;
  });
}

/**
 * The posts watcher on a blog root holding 5,000 posts in `_posts`: how long
 * starting to watch takes, how long an outside save takes to reach the
 * watcher's callback (its settle included), and the CPU a burst of
 * outside saves costs beside the same saves with nobody watching.
 */
export async function benchmarkWatcher(fixturePostsDir: string): Promise<Measurement[]> {
  const corpus = await generatePosts(fixturePostsDir, postCount);
  const blog = `${corpus.dir}-blog`;
  await mkdir(blog);
  await writeFile(join(blog, '_config.yml'), 'title: bench\n');
  await mkdir(join(blog, '_drafts'));
  await rename(corpus.dir, join(blog, '_posts'));
  const post = join(blog, '_posts', '2000-01-01-bench-watched.markdown');
  await writeFile(post, '---\ntitle: watched\n---\nZero.\n');
  const results: Measurement[] = [];
  try {
    let startCpuMs = 0;
    const start = await measure(`watch a ${postCount}-post blog: start and stop`, async () => {
      startCpuMs += await cpuMsOf(async () => {
        const stop = await watchPostFiles(blog, true, () => undefined);
        await stop();
      });
    }, { runs: 10 });
    results.push({ ...start, notes: { cpuMsPerRun: Math.round((startCpuMs / 11) * 10) / 10 } });

    const reports: { wait: (() => void) | null } = { wait: null };
    const stop = await watchPostFiles(blog, true, () => {
      reports.wait?.();
      reports.wait = null;
    });
    try {
      let run = 0;
      let saveCpuMs = 0;
      const seen = await measure('watch: an outside save reaches the callback (settle included)', async () => {
        saveCpuMs += await cpuMsOf(async () => {
          const reported = nextReport(reports);
          run += 1;
          await saveFromOutside(post, `---\ntitle: watched\n---\nSave ${run}.\n`);
          await reported;
        });
      }, { runs: saveRuns });
      results.push({ ...seen, notes: { cpuMsPerSave: Math.round((saveCpuMs / (saveRuns + 1)) * 10) / 10 } });

      await stop();
      results.push(await measureBursts(blog, post));
    } finally {
      await stop();
    }
  } finally {
    await rm(blog, { recursive: true, force: true });
  }
  return results;
}

/** The median of `values`. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Bursts of outside saves, in turns: watched (start watching, save, wait for
 * the callback, stop) and with nobody watching (save, wait as long as the
 * settle), so the watcher's CPU is the difference of the two in one run.
 */
async function measureBursts(blog: string, post: string): Promise<Measurement> {
  const burst = async (round: number): Promise<void> => {
    for (let index = 0; index < burstSaves; index += 1) {
      await saveFromOutside(post, `---\ntitle: watched\n---\nBurst ${round} ${index}.\n`);
    }
  };
  const walls: number[] = [];
  const watchedCpu: number[] = [];
  const unwatchedCpu: number[] = [];
  for (let round = 0; round <= burstRounds; round += 1) {
    const reports: { wait: (() => void) | null } = { wait: null };
    let wall = 0;
    const watched = await cpuMsOf(async () => {
      const stop = await watchPostFiles(blog, true, () => reports.wait?.());
      const started = performance.now();
      const reported = nextReport(reports);
      await burst(round);
      await reported;
      wall = performance.now() - started;
      await stop();
    });
    const unwatched = await cpuMsOf(async () => {
      await burst(round);
      await new Promise((resolve) => setTimeout(resolve, 150)); // about the watcher's settle
    });
    if (round > 0) { // the first round warms up
      walls.push(wall);
      watchedCpu.push(watched);
      unwatchedCpu.push(unwatched);
    }
  }
  const sorted = [...walls].sort((left, right) => left - right);
  const round2 = (value: number): number => Math.round(value * 100) / 100;
  return {
    name: `watch: ${burstSaves} outside saves in a row, until the callback`,
    runs: walls.length,
    medianMs: round2(median(walls)),
    p95Ms: round2(sorted[sorted.length - 1] ?? Number.NaN),
    minMs: round2(sorted[0] ?? Number.NaN),
    notes: { cpuMs: median(watchedCpu), cpuMsNobodyWatching: median(unwatchedCpu), watcherCpuMs: round2(median(watchedCpu) - median(unwatchedCpu)) },
  };
}
