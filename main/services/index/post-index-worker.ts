/**
 * The index's worker thread (see post-index-workers.ts): reads, parses and
 * summarises the batches of new post files it is sent, and posts back their
 * entries, plain data in the batch's order. It reads with blocking calls:
 * here that holds up nothing, and it spares each file four event-loop round
 * trips.
 */
import { parentPort } from 'node:worker_threads';
import { summarizePostFileSync, type SummarizedPost } from '../posts/load-post-file';
import { readNewEntry } from './post-index-entry';
import type { WorkerBatch, WorkerReply } from './post-index-workers';

const port = parentPort;
if (port === null) {
  throw new Error('post-index-worker runs only as a worker thread');
}
/** {@link summarizePostFileSync} as a loader; a failure becomes a rejection, handled as the main thread handles it. */
function load(path: string): Promise<SummarizedPost> {
  try {
    return Promise.resolve(summarizePostFileSync(path));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

port.postMessage({ ready: true } satisfies WorkerReply);
port.on('message', (batch: WorkerBatch) => {
  Promise.all(batch.paths.map((path) => readNewEntry(path, load))).then(
    (entries) => port.postMessage({ id: batch.id, entries } satisfies WorkerReply),
    (error: unknown) => port.postMessage({ id: batch.id, failure: String(error) } satisfies WorkerReply),
  );
});
