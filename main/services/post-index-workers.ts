import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { summarizePostFile } from './load-post-file';
import { readNewEntry, type IndexEntry } from './post-index-entry';

/** A batch of new files sent to a worker. */
export interface WorkerBatch {
  readonly id: number;
  readonly paths: readonly string[];
}

/** A worker's answer: the batch's entries in its order, or why it failed (the batch is then read here). */
export type WorkerReply =
  | { readonly id: number; readonly entries: readonly (IndexEntry | null)[]; readonly failure?: undefined }
  | { readonly id: number; readonly failure: string; readonly entries?: undefined };

/** Files per message: enough to keep a worker's reads overlapping, few enough to spread the work evenly and report progress often. */
const batchSize = 32;
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
  busyWith: PendingBatch | undefined;
}

/**
 * A few worker threads that read, parse and summarise new post files for
 * the index, so a large first scan uses every core and the main thread
 * stays free. Batches go to whichever worker is idle. When a worker fails
 * (cannot start, crashes), its batch and every later one are read on the
 * main thread instead, with the very same code.
 */
export class IndexWorkerPool {
  private readonly size: number;
  private readonly start: () => Worker;
  private workers: PooledWorker[] = [];
  private readonly waiting: PendingBatch[] = [];
  private nextId = 0;
  /** Set once a worker failed: everything is read on the main thread from then on. */
  private unavailable = false;
  private idleTimer: NodeJS.Timeout | undefined;

  /** At most `size` workers, each made by `start` (default: the index worker script). */
  constructor(size: number, start: () => Worker = startWorker) {
    this.size = Math.max(1, size);
    this.start = start;
  }

  /** How many workers run now, and whether the pool gave up on workers (everything is then read on the main thread). */
  status(): { readonly running: number; readonly unavailable: boolean } {
    return { running: this.workers.length, unavailable: this.unavailable };
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
      this.readWaitingHere();
      this.close();
      return;
    }
    while (this.workers.length < this.size && this.waiting.length > 0) {
      this.workers.push(this.spawn());
    }
    for (const worker of this.workers) {
      const batch = worker.busyWith === undefined ? this.waiting.shift() : undefined;
      if (batch !== undefined) {
        worker.busyWith = batch;
        worker.thread.ref();
        worker.thread.postMessage({ id: batch.id, paths: batch.paths } satisfies WorkerBatch);
      }
    }
    if (this.workers.every((worker) => worker.busyWith === undefined)) {
      for (const worker of this.workers) {
        // An idle worker must not keep the process (a CLI command, a test) alive.
        worker.thread.unref();
      }
      this.idleTimer = setTimeout(() => this.close(), idleMsBeforeExit).unref();
    }
  }

  private spawn(): PooledWorker {
    const worker: PooledWorker = { thread: this.start(), busyWith: undefined };
    worker.thread.on('message', (reply: WorkerReply) => {
      const batch = worker.busyWith;
      worker.busyWith = undefined;
      if (batch !== undefined && batch.id === reply.id) {
        if (reply.entries !== undefined) {
          batch.done(reply.entries);
        } else {
          this.readHere(batch);
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
      if (worker.busyWith !== undefined) {
        this.waiting.unshift(worker.busyWith);
        worker.busyWith = undefined;
      }
      // A worker that cannot start (or crashed) would fail again: the rest is read here.
      this.unavailable = true;
      this.dispatch();
    };
    worker.thread.on('error', lost);
    worker.thread.on('exit', lost);
    return worker;
  }

  private readWaitingHere(): void {
    for (let batch = this.waiting.shift(); batch !== undefined; batch = this.waiting.shift()) {
      this.readHere(batch);
    }
  }

  private readHere(batch: PendingBatch): void {
    void Promise.all(batch.paths.map((path) => readNewEntry(path, summarizePostFile))).then(batch.done);
  }

  /** Stops the idle workers (the next batch starts new ones). */
  close(): void {
    const idle = this.workers.filter((worker) => worker.busyWith === undefined);
    this.workers = this.workers.filter((worker) => worker.busyWith !== undefined);
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
