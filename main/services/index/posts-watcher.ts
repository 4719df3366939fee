import { readdirSync, statSync, watch, type Dirent, type FSWatcher } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isPostFileName } from '../../../shared/posts/post-file-name';

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
  const changed = (relativePath: string | null): void => {
    if (relativePath !== null && !concernsPosts(relativePath)) {
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(onChange, settleMilliseconds);
  };
  // Node's own recursive watch on Linux loses track of a file once it was replaced by a rename (every atomic save
  // does that): moving it out and back in afterwards was never reported. A watcher per folder has no such memory.
  const stop = recursive && process.platform === 'linux' ? watchFolderTree(folder, changed) : watchOne(folder, recursive, changed);
  return () => {
    clearTimeout(timer);
    stop();
  };
}

/** One `fs.watch` on `folder` (recursive where the platform watches natively); reports paths relative to it. */
function watchOne(folder: string, recursive: boolean, changed: (relativePath: string | null) => void): () => void {
  let watcher: FSWatcher | undefined = watch(folder, { persistent: false, recursive }, (_type, fileName) => {
    changed(fileName === null ? null : fileName.toString());
  });
  watcher.on('error', (error) => {
    console.error(`inkpost: stopped watching ${folder}:`, error);
    watcher?.close();
    watcher = undefined;
  });
  return () => {
    watcher?.close();
    watcher = undefined;
  };
}

/**
 * Watches `root` and every folder below it (but Jekyll's output, caches and
 * version control) with one non-recursive watcher each, adding watchers for
 * folders that appear and dropping those of folders that go.
 */
function watchFolderTree(root: string, changed: (relativePath: string | null) => void): () => void {
  const watchers = new Map<string, FSWatcher>();
  const unwatch = (folder: string): void => {
    for (const [path, watcher] of watchers) {
      if (path === folder || path.startsWith(`${folder}${sep}`)) {
        watcher.close();
        watchers.delete(path);
      }
    }
  };
  const add = (folder: string): void => {
    if (watchers.has(folder) || relative(root, folder).split(sep).some((segment) => ignoredSegments.has(segment))) {
      return;
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
      const watcher = watch(folder, { persistent: false }, (_type, fileName) => {
        if (fileName === null) {
          changed(null);
          return;
        }
        const path = join(folder, fileName.toString());
        changed(relative(root, path));
        // A folder that appeared gets watchers; one that went loses them.
        if (isFolder(path)) {
          add(path);
        } else {
          unwatch(path);
        }
      });
      watcher.on('error', () => unwatch(folder));
      watchers.set(folder, watcher);
    } catch {
      return; // gone already, or not readable: nothing to watch
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        add(join(folder, entry.name));
      }
    }
  };
  add(root);
  return () => {
    for (const watcher of watchers.values()) {
      watcher.close();
    }
    watchers.clear();
  };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
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
