import type { InkpostCalls } from '../../../shared/contract';

/** The open post as the journal writer needs it. */
export interface JournalSource {
  readonly path: string;
  /** The version the editor's text was loaded or last saved as. */
  readonly baseVersion: string;
  /** Whether the text differs from that version. */
  readonly dirty: boolean;
  text(): string;
}

/** Keeps the open post's unsaved text in the journal. */
export interface JournalWriter {
  /** The user changed the text: journal it once they pause for the idle delay. */
  edited(): void;
  /** Forgets the journal of `path` now (after a save, or when the user discards the edit), cancelling a pending write. */
  discard(path: string): Promise<void>;
  /** Journals a pending edit now rather than after the delay. */
  flush(): Promise<void>;
}

/** How long the user must pause before the journal is written. */
export const defaultIdleMilliseconds = 1000;

/**
 * Writes the open post's text to the journal (`writeJournal`) after the user
 * pauses typing for `idleMilliseconds` while the post has unsaved changes.
 * Writes and discards run one after another, in order, so a write still in
 * flight can never bring back a journal that was just discarded. When an edit
 * is undone back to the saved text, the journal this writer made for it is
 * discarded; a journal it did not write (one left for a later start) is left.
 */
export function createJournalWriter(
  bridge: Pick<InkpostCalls, 'writeJournal' | 'discardJournal'>,
  source: () => JournalSource | null,
  reportError: (error: unknown) => void,
  idleMilliseconds = defaultIdleMilliseconds,
): JournalWriter {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<void> = Promise.resolve();
  /** Posts this writer has a journal on disk for. */
  const written = new Set<string>();

  const enqueue = (step: () => Promise<void>): Promise<void> => {
    const run = queue.then(step);
    queue = run.catch((error: unknown) => reportError(error));
    return queue;
  };

  const writeNow = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const post = source();
    if (post === null) {
      return queue;
    }
    if (post.dirty) {
      const write = { path: post.path, baseVersion: post.baseVersion, text: post.text() };
      return enqueue(async () => {
        await bridge.writeJournal(write);
        written.add(write.path);
      });
    }
    if (written.has(post.path)) {
      return enqueue(async () => {
        await bridge.discardJournal(post.path);
        written.delete(post.path);
      });
    }
    return queue;
  };

  return {
    edited: () => {
      clearTimeout(timer);
      timer = setTimeout(() => void writeNow(), idleMilliseconds);
    },
    discard: (path) => {
      if (source()?.path === path) {
        clearTimeout(timer);
        timer = undefined;
      }
      return enqueue(async () => {
        await bridge.discardJournal(path);
        written.delete(path);
      });
    },
    flush: () => (timer === undefined ? queue : writeNow()),
  };
}
