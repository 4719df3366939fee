import { watch, type FSWatcher } from 'node:fs';
import { sep } from 'node:path';
import { isPostFileName } from '../../shared/post-file-name';

/** Outside changes arriving within this window are handled together. */
const settleMilliseconds = 150;

/** Path segments whose changes never concern posts (Jekyll's output, caches, version control). */
const ignoredSegments = new Set(['_site', '.jekyll-cache', '.sass-cache', '.git', 'node_modules', 'vendor']);

/**
 * Calls `onChange` once per burst of changes to post files under `folder`
 * (its subfolders too when `recursive`): files added, changed, removed or
 * renamed by other programs, and folders appearing or vanishing. Inkpost's own
 * temporary save files and folders Jekyll writes to are ignored. Returns a
 * function that stops watching.
 */
export function watchPostFiles(folder: string, recursive: boolean, onChange: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined = watch(folder, { persistent: false, recursive }, (_type, fileName) => {
    if (fileName !== null && !concernsPosts(fileName.toString())) {
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(onChange, settleMilliseconds);
  });
  watcher.on('error', (error) => {
    console.error(`inkpost: stopped watching ${folder}:`, error);
    watcher?.close();
    watcher = undefined;
  });
  return () => {
    clearTimeout(timer);
    watcher?.close();
    watcher = undefined;
  };
}

function concernsPosts(relativePath: string): boolean {
  const segments = relativePath.split(sep);
  if (segments.some((segment) => ignoredSegments.has(segment))) {
    return false;
  }
  const name = segments[segments.length - 1] ?? '';
  // A name without an extension may be a folder (a new `_posts`, a renamed subfolder): worth a rescan.
  return isPostFileName(name) || !name.includes('.');
}
