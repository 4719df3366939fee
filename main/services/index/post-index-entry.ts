import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { PostSummary } from '../../../shared/post';
import type { Problem } from '../../../shared/problem';
import type { SummarizedPost } from '../posts/load-post-file';
import { ServiceError } from '../disk/service-error';

/**
 * Reads one post for the index. `knownStats` is undefined for a file the index
 * has not seen (nothing was stat'ed: the loader takes the stats from the file
 * it opens), and the refresh's stats for a known file that changed.
 */
export type PostLoader = (path: string, knownStats?: Stats) => Promise<SummarizedPost>;

/** What the index holds of one file. Plain data: worker threads send it back as it is. */
export interface IndexEntry {
  readonly size: number;
  readonly modifiedMs: number;
  /** Null when the file could not be read as a post at all (binary, vanished mid-read). */
  readonly summary: PostSummary | null;
  readonly problems: readonly Problem[];
}

/**
 * The entry of a file the index has not seen, read at once (its stats come
 * from the read); null when the file vanished. A file that cannot be read is
 * stat'ed only then, so its problem is cached by size and mtime.
 */
export async function readNewEntry(path: string, load: PostLoader): Promise<IndexEntry | null> {
  try {
    return entryOf(await load(path));
  } catch (error) {
    let info: Stats;
    try {
      info = await stat(path);
    } catch {
      return null;
    }
    return unreadableEntry(path, info, error);
  }
}

/** The entry of a known file that changed: read with the stats just taken. */
export async function readChangedEntry(path: string, info: Stats, load: PostLoader): Promise<IndexEntry> {
  try {
    return entryOf(await load(path, info));
  } catch (error) {
    return unreadableEntry(path, info, error);
  }
}

function entryOf(loaded: SummarizedPost): IndexEntry {
  return { size: loaded.size, modifiedMs: loaded.modifiedMs, summary: loaded.summary, problems: loaded.problems };
}

/** The entry of a file that could not be read as a post: its problem, at the position the error names. */
function unreadableEntry(path: string, info: Stats, error: unknown): IndexEntry {
  const message = error instanceof Error ? error.message.replace(`${path}: `, '') : String(error);
  const { line, column } = error instanceof ServiceError && error.position !== undefined ? error.position : { line: 1, column: 1 };
  return { size: info.size, modifiedMs: info.mtimeMs, summary: null, problems: [{ path, line, column, severity: 'error', message }] };
}
