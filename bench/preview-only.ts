/**
 * Runs only the preview benchmark of `npm run bench` (keystroke to painted
 * preview) and prints its table: `npx tsx bench/preview-only.ts`, after
 * `npm run build`. Writes no results file.
 */
import { printTable } from './measure';
import { benchmarkPreview } from './preview';

benchmarkPreview()
  .then(printTable)
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
