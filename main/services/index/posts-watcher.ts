import { subscribe, type AsyncSubscription, type BackendType, type Event } from '@parcel/watcher';
import { join, relative, sep } from 'node:path';
import { isPostFileName } from '../../../shared/posts/post-file-name';

/**
 * Outside changes arriving within this window are handled together. @parcel/watcher batches what the
 * system reports for about 50 ms before that, so a change is heard about 150 ms after it, as before.
 */
const settleMilliseconds = 100;

/** Path segments whose changes never concern posts (Jekyll's output, caches, version control). */
const ignoredSegments = ['_site', '.jekyll-cache', '.sass-cache', '.git', 'node_modules', 'vendor'];

/**
 * The backend each platform is tested with. Left to itself, @parcel/watcher
 * would use Watchman wherever it happens to be installed (on Linux and
 * Windows), a daemon with behaviour of its own.
 */
/** Folders whose last subscription is being stopped, with the promise of its end. */
const stopping = new Map<string, Promise<void>>();

const backends: Partial<Record<NodeJS.Platform, BackendType>> = { linux: 'inotify', win32: 'windows', darwin: 'fs-events' };

/**
 * Calls `onChange` once per burst of changes to post files under `folder`
 * (its subfolders too when `recursive`): files added, changed, removed or
 * renamed by other programs, and folders appearing or vanishing. Inkpost's own
 * temporary save files and folders Jekyll writes to are ignored. Resolves once
 * watching has begun, to a function that stops watching (resolving once it
 * has); `onChange` is never called after that function was.
 *
 * It uses @parcel/watcher (native: inotify on Linux, FSEvents on macOS,
 * ReadDirectoryChangesW on Windows), as VS Code does. Node's own recursive
 * `fs.watch` on Linux lost track of a file once a save had replaced it by a
 * rename: moving it to the trash and back was never reported.
 */
export async function watchPostFiles(folder: string, recursive: boolean, onChange: () => void): Promise<() => Promise<void>> {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const changed = (events: readonly Event[]): void => {
    if (stopped || !events.some((event) => concernsPosts(relative(folder, event.path), recursive))) {
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!stopped) {
        onChange();
      }
    }, settleMilliseconds);
  };
  // @parcel/watcher shares one native watcher per folder: a subscription made while the last one of the same
  // folder is still stopping never hears anything. Wait until it has stopped.
  await stopping.get(folder);
  const backend = backends[process.platform];
  const subscription: AsyncSubscription = await subscribe(folder, (error, events) => {
    if (error !== null) {
      console.error(`inkpost: watching ${folder}:`, error);
      return;
    }
    changed(events);
  }, {
    // Plain paths, not globs: @parcel/watcher matches every path of the tree against each glob when it starts,
    // which took ten times the CPU of the whole start on a 5,000-post blog. Deeper ones are filtered below.
    ignore: ignoredSegments.map((segment) => join(folder, segment)),
    ...(backend === undefined ? {} : { backend }),
  });
  return () => {
    if (stopped) {
      return stopping.get(folder) ?? Promise.resolve();
    }
    stopped = true;
    clearTimeout(timer);
    const ended = subscription.unsubscribe()
      .catch((error: unknown) => console.error(`inkpost: could not stop watching ${folder}:`, error))
      .finally(() => {
        if (stopping.get(folder) === ended) {
          stopping.delete(folder);
        }
      });
    stopping.set(folder, ended);
    return ended;
  };
}

/** Whether a change at `relativePath` may change the posts: a post file, or a folder (a new `_posts`, a renamed subfolder). */
function concernsPosts(relativePath: string, recursive: boolean): boolean {
  const segments = relativePath.split(sep);
  if (segments.some((segment) => ignoredSegments.includes(segment)) || (!recursive && segments.length > 1)) {
    return false;
  }
  const name = segments[segments.length - 1] ?? '';
  // A name without an extension may be a folder (a new `_posts`, a renamed subfolder): worth a rescan.
  return isPostFileName(name) || !name.includes('.');
}
