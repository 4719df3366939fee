import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { summarizePostFile } from '../posts/load-post-file';
import { readNewEntry, type IndexEntry } from './post-index-entry';

/** A batch of new files sent to a worker. */
export interface WorkerBatch {
  readonly id: number;
  readonly paths: readonly string[];
}

/** A worker's message: that it has loaded and takes batches; a batch's entries in its order; or why a batch failed (it is then read on the main thread). */
export type WorkerReply =
  | { readonly ready: true; readonly id?: undefined; readonly entries?: undefined; readonly failure?: undefined }
  | { readonly ready?: undefined; readonly id: number; readonly entries: readonly (IndexEntry | null)[]; readonly failure?: undefined }
  | { readonly ready?: undefined; readonly id: number; readonly failure: string; readonly entries?: undefined };

/** Files per message: enough to keep a worker's reads overlapping, few enough to spread the work evenly and report progress often. */
const batchSize = 32;
/** Batches sent to one worker ahead of its answers, so it never waits for the main thread between two. */
const batchesInFlightPerWorker = 2;
/** Batches the main thread reads at once when it reads (as many files as the index's own concurrency). */
const batchesAtOnceHere = 2;
/** Idle workers exit after this long (a later large scan starts them again). */
const idleMsBeforeExit = 10_000;

/**
 * The worker script: `post-index-worker` next to this module, with the
 * module's own extension. In the build, this code is inside dist/main/main.js
 * or dist/cli/inkpost.js and the worker is emitted next to each (see
 * scripts/build.mjs); the packaged app loads it from app.asar, which Electron
 * supports in worker threads. Run from source through tsx (tests, bench), the
 * worker is TypeScript, which a worker's entry only loads once tsx's
 * CommonJS hook is registered inside it.
 */
function startWorker(): Worker {
  const script = join(__dirname, `post-index-worker${extname(__filename)}`);
  if (extname(__filename) !== '.ts') {
    return new Worker(script);
  }
  const tsx = createRequire(__filename).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(script)});`, { eval: true });
}

interface PendingBatch extends WorkerBatch {
  readonly done: (entries: readonly (IndexEntry | null)[]) => void;
}

interface PooledWorker {
  readonly thread: Worker;
  /** Set when the worker has loaded its script and says so: only then is it sent batches. */
  ready: boolean;
  /** The batches sent and not answered yet. */
  readonly inFlight: PendingBatch[];
}

/**
 * A few worker threads that read, parse and summarise new post files for
 * the index, so a large first scan uses every core and the main thread
 * stays free. Batches go to whichever worker is ready and idle. Until the
 * first worker has loaded its script, the main thread reads batches itself
 * (two at a time), so starting the workers never makes a scan wait. When a
 * worker fails (cannot start, crashes), its batch and every later one are
 * read on the main thread, two at a time, with the very same code.
 */
export class IndexWorkerPool {
  private readonly size: number;
  private readonly start: () => Worker;
  private workers: PooledWorker[] = [];
  private readonly waiting: PendingBatch[] = [];
  private nextId = 0;
  private filesReadInWorkers = 0;
  /** How many batches the main thread is reading now. */
  private readingHere = 0;
  /** Set once a worker failed: everything is read on the main thread from then on. */
  private unavailable = false;
  private idleTimer: NodeJS.Timeout | undefined;

  /** At most `size` workers, each made by `start` (default: the index worker script). */
  constructor(size: number, start: () => Worker = startWorker) {
    this.size = Math.max(1, size);
    this.start = start;
  }

  /**
   * How many workers run and how many of them have loaded, how many files
   * workers have read so far, and whether the pool gave up on workers
   * (everything is then read on the main thread).
   */
  status(): { readonly running: number; readonly ready: number; readonly filesReadInWorkers: number; readonly unavailable: boolean } {
    const ready = this.workers.filter((worker) => worker.ready).length;
    return { running: this.workers.length, ready, filesReadInWorkers: this.filesReadInWorkers, unavailable: this.unavailable };
  }

  /** The entries of `paths` in their order; `onBatch` is told how many files each finished batch held. */
  async readNewEntries(paths: readonly string[], onBatch: (count: number) => void): Promise<(IndexEntry | null)[]> {
    const batches: Promise<readonly (IndexEntry | null)[]>[] = [];
    for (let start = 0; start < paths.length; start += batchSize) {
      const slice = paths.slice(start, start + batchSize);
      batches.push(new Promise((resolve) => {
        this.waiting.push({ id: this.nextId++, paths: slice, done: resolve });
      }).then((entries) => {
        onBatch(slice.length);
        return entries as readonly (IndexEntry | null)[];
      }));
    }
    this.dispatch();
    return (await Promise.all(batches)).flat();
  }

  private dispatch(): void {
    clearTimeout(this.idleTimer);
    if (this.unavailable) {
      this.close();
    } else {
      while (this.workers.length < this.size && this.waiting.length > 0) {
        this.workers.push(this.spawn());
      }
    }
    for (const worker of this.workers) {
      while (worker.ready && worker.inFlight.length < batchesInFlightPerWorker && this.waiting.length > 0) {
        const batch = this.waiting.shift() as PendingBatch;
        worker.inFlight.push(batch);
        worker.thread.ref();
        worker.thread.postMessage({ id: batch.id, paths: batch.paths } satisfies WorkerBatch);
      }
    }
    while (this.readingHere < batchesAtOnceHere && this.waiting.length > 0 && (this.unavailable || !this.workers.some((worker) => worker.ready))) {
      this.readHere(this.waiting.shift() as PendingBatch);
    }
    if (this.waiting.length === 0 && this.readingHere === 0 && this.workers.every((worker) => worker.inFlight.length === 0)) {
      for (const worker of this.workers) {
        // An idle worker must not keep the process (a CLI command, a test) alive.
        worker.thread.unref();
      }
      this.idleTimer = setTimeout(() => this.close(), idleMsBeforeExit).unref();
    }
  }

  private spawn(): PooledWorker {
    const worker: PooledWorker = { thread: this.start(), ready: false, inFlight: [] };
    worker.thread.on('message', (reply: WorkerReply) => {
      if (reply.ready === true) {
        worker.ready = true;
      } else {
        // Answers may come out of order (a file that fails is stat'ed asynchronously in the worker).
        const at = worker.inFlight.findIndex((sent) => sent.id === reply.id);
        const batch = at === -1 ? undefined : worker.inFlight.splice(at, 1)[0];
        if (batch !== undefined) {
          if (reply.entries !== undefined) {
            this.filesReadInWorkers += batch.paths.length;
            batch.done(reply.entries);
          } else {
            this.waiting.unshift(batch);
          }
        }
      }
      this.dispatch();
    });
    const lost = (reason: unknown): void => {
      if (!this.workers.includes(worker)) {
        return;
      }
      this.workers = this.workers.filter((other) => other !== worker);
      if (!this.unavailable) {
        const why = reason instanceof Error ? reason.message : `it exited with code ${String(reason)}`;
        process.emitWarning(`the index's worker thread failed (${why}); reading posts on the main thread instead`, { code: 'INKPOST_INDEX_WORKER' });
      }
      this.waiting.unshift(...worker.inFlight.splice(0));
      // A worker that cannot start (or crashed) would fail again: the rest is read here.
      this.unavailable = true;
      this.dispatch();
    };
    worker.thread.on('error', lost);
    worker.thread.on('exit', lost);
    return worker;
  }

  /** Reads one batch on the main thread (as the index reads small scans), then hands out what waits. */
  private readHere(batch: PendingBatch): void {
    this.readingHere += 1;
    void Promise.all(batch.paths.map((path) => readNewEntry(path, summarizePostFile))).then((entries) => {
      this.readingHere -= 1;
      batch.done(entries);
      this.dispatch();
    });
  }

  /** Stops the idle workers (the next batch starts new ones). */
  close(): void {
    const idle = this.workers.filter((worker) => worker.inFlight.length === 0);
    this.workers = this.workers.filter((worker) => worker.inFlight.length > 0);
    for (const worker of idle) {
      void worker.thread.terminate();
    }
  }
}

let sharedPool: IndexWorkerPool | undefined;

/** The pool every index shares (made on first use). */
export function indexWorkers(): IndexWorkerPool {
  sharedPool ??= new IndexWorkerPool(Math.min(4, availableParallelism()));
  return sharedPool;
}

/**
 * Reads, parses and summarises new post files in worker threads (one per
 * core, at most four), in batches; the entries come back in the order of
 * `paths`, equal to what the main thread's {@link readNewEntry} gives.
 * `onBatch` is called with the number of files of each finished batch.
 */
export function readNewEntriesInWorkers(paths: readonly string[], onBatch: (count: number) => void): Promise<(IndexEntry | null)[]> {
  return indexWorkers().readNewEntries(paths, onBatch);
}
