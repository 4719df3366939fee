/**
 * What exporting a draft into a blog's `_posts`, and taking a post back to
 * `_drafts`, report. Plain data, so it can cross the IPC bridge.
 */

import type { Problem } from '../problem';

/** How an existing file at the export's target is dealt with when it holds other content. */
export type ConflictChoice = 'replace' | 'keep-both';

/** What happens to the draft once its post is written and verified on disk. */
export type DraftAfterExport = 'keep' | 'move';

/** Why an export did not write. */
export type ExportConflictReason =
  /** The target exists with other content that did not come from this draft. */
  | 'exists'
  /** The file this draft exported before was edited since (its bytes are no longer what Inkpost wrote). */
  | 'edited-since-export';

/** How the post file was written. */
export type ExportWriteMode =
  /** A new file. */
  | 'created'
  /** The file this draft exported before, brought up to date. */
  | 'updated'
  /** A file with other content, overwritten because the caller chose `replace`. */
  | 'replaced';

/** The outcome of an export. Only `written` and `unchanged` exported anything; `conflict` and `invalid` wrote nothing. */
export type ExportResult =
  | {
      readonly status: 'written';
      /** Absolute path of the post file. */
      readonly path: string;
      readonly mode: ExportWriteMode;
      /** `YYYY-MM-DD`, as in the file name. */
      readonly date: string;
      /** `HH:MM` written to the front matter, or null when the post has no time of day. */
      readonly time: string | null;
      /** The slug in the file name (with `-2`, `-3`, … for `keep-both`). */
      readonly slug: string;
      /** The file this draft exported before under another date or slug, removed after the new one was written; null when none. */
      readonly removedPath: string | null;
      /** Whether the draft was deleted (`move`, after the post was verified on disk). */
      readonly draftRemoved: boolean;
      /** Warnings the checks found in the draft (errors stop the export). */
      readonly warnings: readonly Problem[];
      /** Pictures from beside the draft that the export copied into the blog (absolute paths); empty when none. */
      readonly images: readonly string[];
    }
  | {
      readonly status: 'unchanged';
      /** The post file, which already held exactly these bytes. */
      readonly path: string;
      readonly date: string;
      readonly time: string | null;
      readonly slug: string;
      readonly removedPath: string | null;
      readonly draftRemoved: boolean;
      readonly warnings: readonly Problem[];
      readonly images: readonly string[];
    }
  | {
      readonly status: 'conflict';
      /** The file in the way: the target, or the earlier export that was edited since. */
      readonly path: string;
      readonly reason: ExportConflictReason;
      /** A sentence for the user naming the file; nothing was written. */
      readonly message: string;
    }
  | {
      readonly status: 'invalid';
      readonly draftPath: string;
      /** What the checks found, errors first; at least one is an error. */
      readonly problems: readonly Problem[];
    };

/** The outcome of taking a post back to the drafts. */
export interface UnpublishResult {
  /** The draft file: `_drafts/<slug>.<ext>`, byte-identical to the post. */
  readonly draftPath: string;
  /** The post file, removed after the draft was written and verified. */
  readonly removedPath: string;
  /** The date the post's file name gave (`YYYY-MM-DD`), which the draft's name no longer carries; null for an undated name. */
  readonly date: string | null;
  /** False when a draft with exactly these bytes already existed, so nothing was written. */
  readonly createdDraft: boolean;
}
