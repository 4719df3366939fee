/**
 * The worker thread that sanitises one SVG picture (see `sanitizeSvg`): jsdom
 * and DOMPurify load here, never in the main process's own thread or bundle.
 * Receives the picture's bytes, answers `{ clean }` (null: not an SVG
 * picture) or `{ failure }`, and is ended by its caller.
 */
import { parentPort } from 'node:worker_threads';
import { sanitizeSvg } from './svg-sanitizer';

parentPort?.once('message', (bytes: Uint8Array) => {
  try {
    parentPort?.postMessage({ clean: sanitizeSvg(bytes) });
  } catch (error) {
    parentPort?.postMessage({ failure: error instanceof Error ? error.message : String(error) });
  }
});
