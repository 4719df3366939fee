/**
 * The journal of unsaved edits: what is kept outside a post file while the
 * user types, so a crash or a kill loses at most the last second of words.
 * Plain data and pure rules only; main stores it (`main/services/journal/journal.ts`),
 * the renderer writes it after a second idle and offers to restore it.
 */
import { z } from 'zod';

/** What the renderer sends to journal the open post's unsaved text. */
export interface JournalWrite {
  /** The post the text belongs to. */
  readonly path: string;
  /** The `version` (hash of the disk bytes) the edit started from. */
  readonly baseVersion: string;
  /** The editor's whole text (no BOM, `\n` line endings), as `savePost` takes it. */
  readonly text: string;
}

/** One journaled edit as stored: the write plus when it was made. */
export interface JournalEntry extends JournalWrite {
  /** When the journal was written, as an ISO 8601 time. */
  readonly savedAt: string;
}

/**
 * Where a journaled edit stands against the post on disk:
 * `restorable` — the file is still the one the edit started from;
 * `conflict` — the file changed since, so restoring must not be blind;
 * `missing` — the file is gone (deleted or renamed by another program).
 */
export type JournalState = 'restorable' | 'conflict' | 'missing';

/** A journaled edit with the post as it is on disk now, for the restore dialog. */
export type JournaledPost = JournalEntry &
  (
    | { readonly state: 'restorable' | 'conflict'; readonly diskText: string; readonly diskVersion: string }
    | { readonly state: 'missing'; readonly diskText: null; readonly diskVersion: null }
  );

/** A journal file that could not be read; it was set aside, never deleted. */
export interface JournalProblem {
  /** Where the unreadable file now is. */
  readonly file: string;
  readonly message: string;
}

/** The journaled edits of posts in the open posts folder, oldest first, and any unreadable journal files. */
export interface JournalListing {
  readonly posts: readonly JournaledPost[];
  readonly problems: readonly JournalProblem[];
}

/** How a journaled edit compares with the post on disk (`null` when the file is gone). */
export function journalState(entry: Pick<JournalEntry, 'baseVersion'>, diskVersion: string | null): JournalState {
  if (diskVersion === null) {
    return 'missing';
  }
  return diskVersion === entry.baseVersion ? 'restorable' : 'conflict';
}

/** The stored journal format; a file that does not match it is reported, not trusted. */
export const journalFileSchema = z
  .object({
    format: z.literal('inkpost-journal'),
    formatVersion: z.literal(1),
    path: z.string().min(1),
    baseVersion: z.string().min(1),
    text: z.string(),
    savedAt: z.iso.datetime(),
  })
  .strict();

/** A journal file's content. */
export type JournalFile = z.infer<typeof journalFileSchema>;
