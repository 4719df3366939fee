import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { isPostFileName } from '../../shared/post-file-name';
import type { PostsChangedEvent } from '../../shared/post';

/** Outside changes arriving within this window are reported together. */
const settleMilliseconds = 150;

/**
 * Watches a posts folder for post files added, changed, removed or renamed by
 * other programs and calls `onChange` once per burst of changes. Inkpost's own
 * temporary save files are ignored. Returns a function that stops watching.
 */
export function watchPostsFolder(folder: string, onChange: (event: PostsChangedEvent) => void): () => void {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined = watch(folder, { persistent: false }, (_type, fileName) => {
    if (fileName === null || !isPostFileName(fileName.toString())) {
      return;
    }
    pending.add(join(folder, fileName.toString()));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = [...pending].sort();
      pending.clear();
      onChange({ folder, paths });
    }, settleMilliseconds);
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
