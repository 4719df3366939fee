import type { PostDocument } from '../../../shared/post';

/** How long a read started ahead is good for: a click comes a tenth of a second after the press. */
const freshForMs = 2_000;

/**
 * Reads a post the moment the user presses on it in the list, so the click
 * that follows (a person's click lasts about 100 ms from press to release)
 * finds it read or on its way.
 */
export interface ReadAhead {
  /** Starts reading the post at `path`. */
  start(path: string): void;
  /** The read started for `path` in the last two seconds, handed over once; null when there is none. */
  take(path: string): Promise<PostDocument> | null;
  /** Forgets the read started: posts changed on disk since. */
  clear(): void;
}

/** Creates the read-ahead over `read` (the bridge's readPost); `now` is for tests. */
export function createReadAhead(read: (path: string) => Promise<PostDocument>, now: () => number = () => performance.now()): ReadAhead {
  let ahead: { readonly path: string; readonly at: number; readonly reading: Promise<PostDocument> } | null = null;
  return {
    start(path) {
      const reading = read(path);
      reading.catch(() => undefined); // a read nobody takes must not be an unhandled rejection; the taker sees the error
      ahead = { path, at: now(), reading };
    },
    take(path) {
      const found = ahead;
      ahead = null;
      return found !== null && found.path === path && now() - found.at <= freshForMs ? found.reading : null;
    },
    clear() {
      ahead = null;
    },
  };
}
