import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';

/** The last task queued for each file; removed once it settles with nothing behind it. */
const queues = new Map<string, Promise<void>>();

/**
 * Runs `task` once every task queued before it for the same file has settled,
 * so writes of one file never overlap in this process: each checks the
 * version and writes under the queue (VS Code's save sequencer, per path).
 * A symbolic link and its target share one queue. A failing task does not
 * stop the ones behind it.
 */
export async function runInFileOrder<Result>(path: string, task: () => Promise<Result>): Promise<Result> {
  const key = await realpath(path).catch(() => resolve(path));
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) {
      queues.delete(key);
    }
  });
  return run;
}
