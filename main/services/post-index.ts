import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { PostListing, PostSummary } from '../../shared/post';
import type { Problem } from '../../shared/problem';
import { mapWithConcurrency } from './concurrency';
import { loadPostFile, loadPostFileThroughHandle, type LoadedPost } from './load-post-file';
import { findPostFiles } from './post-files';
import { compareNewestFirst } from './post-summary';
import { ServiceError } from './service-error';

/** How many files are read or stat'ed at once. */
const concurrentFileOperations = 64;

/** Called while a scan reads files: `done` of `total` files handled. */
export type ScanProgress = (done: number, total: number) => void;

/**
 * Reads one post for the index. `knownStats` is undefined for a file the index
 * has not seen (nothing was stat'ed: the loader takes the stats from the file
 * it opens), and the refresh's stats for a known file that changed.
 */
export type PostLoader = (path: string, knownStats?: Stats) => Promise<LoadedPost>;

/** The default {@link PostLoader}: a new file through one open file, a changed one with the stats just taken. */
function loadIndexedPost(path: string, knownStats?: Stats): Promise<LoadedPost> {
  return knownStats === undefined ? loadPostFileThroughHandle(path) : loadPostFile(path, knownStats);
}

/** What one refresh changed, by path. A rename shows as one removed and one added path. */
export interface IndexChanges {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

interface Entry {
  readonly size: number;
  readonly modifiedMs: number;
  /** Null when the file could not be read as a post at all (binary, vanished mid-read). */
  readonly summary: PostSummary | null;
  readonly problems: readonly Problem[];
}

/**
 * The summaries of every post under a folder (a posts folder, or a whole
 * blog: see {@link findPostFiles}), cached by path, size and modification
 * time. A refresh lists and stats the files and re-reads only those that are
 * new or whose size or mtime changed, so reopening an unchanged blog reads no
 * post again.
 */
export class PostIndex {
  readonly root: string;
  private readonly load: PostLoader;
  private entries = new Map<string, Entry>();

  /** `load` reads one post (default: {@link loadPostFileThroughHandle} or {@link loadPostFile}); scripts may wrap it to observe reads. */
  constructor(root: string, load: PostLoader = loadIndexedPost) {
    this.root = root;
    this.load = load;
  }

  /** Brings the index up to date with the disk and says what changed since the last refresh. */
  async refresh(onProgress?: ScanProgress): Promise<IndexChanges> {
    const paths = await findPostFiles(this.root);
    const previous = this.entries;
    const next = new Map<string, Entry>();
    const added: string[] = [];
    const changed: string[] = [];
    let done = 0;
    await mapWithConcurrency(paths, concurrentFileOperations, async (path) => {
      const entry = await this.entryFor(path, previous.get(path));
      done += 1;
      onProgress?.(done, paths.length);
      if (entry === null) {
        return;
      }
      next.set(path, entry);
      const before = previous.get(path);
      if (before === undefined) {
        added.push(path);
      } else if (before !== entry) {
        changed.push(path);
      }
    });
    const removed = [...previous.keys()].filter((path) => !next.has(path));
    this.entries = next;
    return { added: added.sort(), changed: changed.sort(), removed: removed.sort() };
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

  /**
   * The cached entry when the file is unchanged, else a fresh read; null when
   * the file vanished. A file not in the cache is read at once (its stats
   * come from the read); a cached one is stat'ed, and read only when its size
   * or modification time changed.
   */
  private async entryFor(path: string, cached: Entry | undefined): Promise<Entry | null> {
    if (cached === undefined) {
      try {
        return entryOf(await this.load(path));
      } catch (error) {
        // Stat'ed only now: a file that vanished has no entry, one that cannot be read has its problem cached by size and mtime.
        let info: Stats;
        try {
          info = await stat(path);
        } catch {
          return null;
        }
        return unreadableEntry(path, info, error);
      }
    }
    let info: Stats;
    try {
      info = await stat(path);
    } catch {
      return null;
    }
    if (cached.size === info.size && cached.modifiedMs === info.mtimeMs) {
      return cached;
    }
    try {
      return entryOf(await this.load(path, info));
    } catch (error) {
      return unreadableEntry(path, info, error);
    }
  }
}

function entryOf(loaded: LoadedPost): Entry {
  return { size: loaded.size, modifiedMs: loaded.modifiedMs, summary: loaded.summary, problems: loaded.problems };
}

/** The entry of a file that could not be read as a post: its problem, at the position the error names. */
function unreadableEntry(path: string, info: Stats, error: unknown): Entry {
  const message = error instanceof Error ? error.message.replace(`${path}: `, '') : String(error);
  const { line, column } = error instanceof ServiceError && error.position !== undefined ? error.position : { line: 1, column: 1 };
  return { size: info.size, modifiedMs: info.mtimeMs, summary: null, problems: [{ path, line, column, severity: 'error', message }] };
}

/** Indexes `folder` once (a posts folder or a blog root) and returns its listing: for the CLI and scripts. */
export async function indexFolder(folder: string): Promise<PostListing> {
  const index = new PostIndex(folder);
  await index.refresh();
  return index.listing();
}
