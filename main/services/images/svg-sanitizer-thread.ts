import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** A worker's answer: the sanitised picture (null when it is no SVG picture), or why sanitising failed. */
type SanitizerReply = { readonly clean: Uint8Array | null } | { readonly failure: string };

/**
 * The worker script: `svg-sanitizer-worker` beside this module, with its
 * extension (as the index's workers are found, see `post-index-workers.ts`):
 * in the build, dist/main/svg-sanitizer-worker.js beside main.js, with jsdom
 * and DOMPurify bundled into it alone (scripts/build.mjs); from source (tests)
 * the TypeScript file through tsx.
 */
function startWorker(): Worker {
  const script = join(__dirname, `svg-sanitizer-worker${extname(__filename)}`);
  if (extname(__filename) !== '.ts') {
    return new Worker(script);
  }
  const tsx = createRequire(__filename).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(script)});`, { eval: true });
}

/**
 * Sanitises an SVG picture (see `sanitizeSvg`) in a worker thread of its own,
 * so jsdom and DOMPurify load only when an SVG is added, outside main's
 * bundle and thread. The worker ends with the answer. Rejects when the
 * worker fails; resolves null for a picture that is no well-formed SVG.
 */
export function sanitizeSvgInWorker(bytes: Uint8Array): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    const finish = (settle: () => void): void => {
      settle();
      void worker.terminate();
    };
    worker.once('message', (reply: SanitizerReply) => {
      finish(() => ('failure' in reply ? reject(new Error(`sanitising the SVG failed: ${reply.failure}`)) : resolve(reply.clean)));
    });
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) => reject(new Error(`the SVG sanitiser stopped (exit code ${code})`)));
    worker.postMessage(bytes);
  });
}
