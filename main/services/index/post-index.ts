import { stat } from 'node:fs/promises';
import type { PostListing, PostSummary } from '../../../shared/post';
import type { Problem } from '../../../shared/problem';
import { mapWithConcurrency } from '../disk/concurrency';
import { summarizePostFile } from '../posts/load-post-file';
import { findPostFiles } from '../posts/post-files';
import { readChangedEntry, readNewEntry, type IndexEntry, type PostLoader } from './post-index-entry';
import { readNewEntriesInWorkers } from './post-index-workers';
import { compareNewestFirst } from './post-summary';

export type { PostLoader } from './post-index-entry';

/** How many files are read or stat'ed at once. */
const concurrentFileOperations = 64;

/** A first scan of at least this many new files reads them in worker threads; fewer are read here (starting workers costs more). */
const workerScanThreshold = 200;

/** Called while a scan reads files: `done` of `total` files handled. */
export type ScanProgress = (done: number, total: number) => void;

/** What one refresh changed, by path. A rename shows as one removed and one added path. */
export interface IndexChanges {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

/**
 * The summaries of every post under a folder (a posts folder, or a whole
 * blog: see {@link findPostFiles}), cached by path, size and modification
 * time. A refresh lists and stats the files and re-reads only those that are
 * new or whose size or mtime changed, so reopening an unchanged blog reads no
 * post again. The index hashes nothing: a save's conflict check takes the
 * file's version (`versionOf`) when the post is loaded and when it is saved.
 */
export class PostIndex {
  readonly root: string;
  private readonly load: PostLoader;
  /** Whether a large scan may read new files in worker threads: only with the default loader, which the workers run too. */
  private readonly mayUseWorkers: boolean;
  private entries = new Map<string, IndexEntry>();

  /**
   * `load` reads one post (default: {@link summarizePostFile}, in worker
   * threads for a large scan); scripts and tests may pass their own to
   * observe reads, which then all happen on this thread.
   */
  constructor(root: string, load?: PostLoader) {
    this.root = root;
    this.load = load ?? summarizePostFile;
    this.mayUseWorkers = load === undefined;
  }

  /**
   * Starts from entries kept from an earlier run (see `IndexCache`), before
   * the first refresh: that refresh then stats these files and reads only
   * those whose size or mtime changed (its `added` names only files the
   * entries did not have).
   */
  seed(entries: ReadonlyMap<string, IndexEntry>): void {
    this.entries = new Map(entries);
  }

  /** What the index holds now, by path: for `IndexCache` to keep. */
  snapshot(): ReadonlyMap<string, IndexEntry> {
    return this.entries;
  }

  /** Brings the index up to date with the disk and says what changed since the last refresh. */
  async refresh(onProgress?: ScanProgress): Promise<IndexChanges> {
    const paths = await findPostFiles(this.root);
    const previous = this.entries;
    const results = new Array<IndexEntry | null>(paths.length);
    let done = 0;
    const report = (count: number): void => {
      done += count;
      onProgress?.(done, paths.length);
    };
    const newPaths = paths.filter((path) => !previous.has(path));
    const inWorkers = this.mayUseWorkers && newPaths.length >= workerScanThreshold;
    const fromWorkers = inWorkers ? readNewEntriesInWorkers(newPaths, report) : Promise.resolve([]);
    await Promise.all([
      fromWorkers,
      mapWithConcurrency(paths, concurrentFileOperations, async (path, index) => {
        const cached = previous.get(path);
        if (cached === undefined && inWorkers) {
          return;
        }
        results[index] = cached === undefined ? await readNewEntry(path, this.load) : await this.knownEntry(path, cached);
        report(1);
      }),
    ]);
    const workerEntries = await fromWorkers;
    let nextNew = 0;
    const next = new Map<string, IndexEntry>();
    const added: string[] = [];
    const changed: string[] = [];
    // In the order of the paths, however the reads finished: the listing is the same on every run.
    paths.forEach((path, index) => {
      const before = previous.get(path);
      const entry = before === undefined && inWorkers ? workerEntries[nextNew++] : results[index];
      if (entry === null || entry === undefined) {
        return;
      }
      next.set(path, entry);
      if (before === undefined) {
        added.push(path);
      } else if (before !== entry) {
        changed.push(path);
      }
    });
    const removed = [...previous.keys()].filter((path) => !next.has(path));
    this.entries = next;
    return { added, changed, removed: removed.sort() };
  }

  /** Posts newest first, and problems of files that could not be read or have invalid front matter. */
  listing(): PostListing {
    const posts: PostSummary[] = [];
    const problems: Problem[] = [];
    for (const entry of this.entries.values()) {
      if (entry.summary !== null) {
        posts.push(entry.summary);
      }
      problems.push(...entry.problems);
    }
    posts.sort(compareNewestFirst);
    problems.sort((left, right) => left.path.localeCompare(right.path) || left.line - right.line);
    return { folder: this.root, posts, problems };
  }

  /** A known file's cached entry when its size and mtime are unchanged, else a fresh read; null when it vanished. */
  private async knownEntry(path: string, cached: IndexEntry): Promise<IndexEntry | null> {
    let info;
    try {
      info = await stat(path);
    } catch {
      return null;
    }
    if (cached.size === info.size && cached.modifiedMs === info.mtimeMs) {
      return cached;
    }
    return readChangedEntry(path, info, this.load);
  }
}

/** Indexes `folder` once (a posts folder or a blog root) and returns its listing: for the CLI and scripts. */
export async function indexFolder(folder: string): Promise<PostListing> {
  const index = new PostIndex(folder);
  await index.refresh();
  return index.listing();
}
