/**
 * The post model shared by every process. Plain data only: these types cross the
 * IPC bridge, so they hold no functions, class instances or Dates.
 */

import type { Problem } from './problem';

/** Where a post lives in the Jekyll sense: in a `_posts` folder (published) or anywhere else, such as `_drafts` (draft). */
export type PostKind = 'published' | 'draft';

/** What the post list shows for one file, read without opening it in the editor. */
export interface PostSummary {
  /** Absolute path of the post file. */
  readonly path: string;
  /** The file's name, e.g. `2008-08-27-migrating-to-ejabberd.markdown`. */
  readonly fileName: string;
  /** `title` from the front matter, or the slug when the post has none. */
  readonly title: string;
  /** `YYYY-MM-DD` from the file name, or null for an undated draft. */
  readonly date: string | null;
  /** The `time` key as written ("HH:MM"), or null when absent. */
  readonly time: string | null;
  /** The `tags` key as a list of strings (a single string becomes one tag). */
  readonly tags: readonly string[];
  /** The `layout` key, or null when absent. */
  readonly layout: string | null;
  /** The name without date and extension (Jekyll's slug unless the front matter sets `slug`). */
  readonly slug: string;
  /** Published (the file is in a `_posts` folder) or draft. */
  readonly kind: PostKind;
  /** Whether the body has a line that is the post's excerpt marker. */
  readonly hasMarker: boolean;
  /** Words in the body, as a reader counts them. */
  readonly words: number;
  /** Last modification time in milliseconds since the epoch; orders undated drafts. */
  readonly modifiedMs: number;
}

/** A file the listing could not read as a post, with the reason and where. */
export type ListingProblem = Problem;

/** The result of listing a posts folder: posts newest first, plus what could not be read. */
export interface PostListing {
  readonly folder: string;
  readonly posts: readonly PostSummary[];
  readonly problems: readonly ListingProblem[];
}

/** Line ending style recorded when a post is read and restored when it is saved. */
export type LineEnding = 'lf' | 'crlf';

/**
 * How a post's bytes were decoded. A file that is not valid UTF-8 is opened as
 * Latin-1, which maps every byte to one character and back, so the raw text
 * stays editable and saves without losing a byte.
 */
export type TextEncoding = 'utf-8' | 'latin1';

/**
 * A post opened for editing. `text` is what the editor shows: the whole file,
 * front matter included, without a byte order mark and with `\n` line endings.
 * Main restores the file's own BOM and line endings on save.
 */
export interface PostDocument {
  readonly path: string;
  readonly text: string;
  /** Opaque token naming the exact bytes on disk that `text` came from. */
  readonly version: string;
  readonly lineEnding: LineEnding;
  readonly hasByteOrderMark: boolean;
  readonly encoding: TextEncoding;
  /** What is wrong with the file as read (invalid front matter, not UTF-8, ...); it still opens. */
  readonly problems: readonly Problem[];
  readonly summary: PostSummary;
}

/** What the renderer sends to save a post. */
export interface SaveRequest {
  readonly path: string;
  /** The editor's text (no BOM, `\n` line endings). */
  readonly text: string;
  /** The `version` of the document this text was edited from. */
  readonly baseVersion: string;
  /**
   * A new path for the post in the same folder (a published post whose date
   * changed gets a new file name). The new file is written first and the old
   * one removed only afterwards; an existing file there is never overwritten.
   */
  readonly renameTo?: string | undefined;
}

/** A post written again after its file was deleted: where, and the editor's text (no BOM, `\n` line endings). */
export interface RecreateRequest {
  readonly path: string;
  readonly text: string;
}

/** The outcome of a save. A conflict writes nothing. */
export type SaveResult =
  | {
      readonly status: 'saved';
      /** The path that now holds the post: the request's, or its `renameTo`. */
      readonly path: string;
      readonly version: string;
      /** True when the text matched the file, so nothing was written and the file is byte-identical. */
      readonly unchanged: boolean;
      readonly summary: PostSummary;
      /** What is wrong with the post as saved (e.g. front matter still invalid); empty when all is well. */
      readonly problems: readonly Problem[];
    }
  | {
      readonly status: 'conflict';
      /** The file as it is on disk now, in editor form. */
      readonly diskText: string;
      readonly diskVersion: string;
    };

/** The folders this window works on. */
export interface Workspace {
  /** The posts folder: where the user drafts. */
  readonly postsDir: string;
  /** The Jekyll site root the posts are exported to, once chosen. */
  readonly blogDir: string | null;
  /**
   * Where the preview loads the blog's site-root paths from: `/images/x.gif`
   * becomes `${assetBase}/images/x.gif` (`inkpost-blog://assets` in the app).
   * The files come from the chosen blog, else the blog the posts folder is
   * in. Null or absent when the host serves none.
   */
  readonly assetBase?: string | null;
  /**
   * Where the preview loads pictures a post names by a relative path
   * (`images/x.png` beside a draft): the posts folder's file
   * `drafts/images/x.png` is `${postAssetBase}/drafts/images/x.png`
   * (`inkpost-blog://posts` in the app); pictures only, confined to the posts
   * folder. Null or absent when the host serves none.
   */
  readonly postAssetBase?: string | null;
}

/** Sent by main when post files changed on disk; a rename is one removed and one added path. */
export interface PostsChangedEvent {
  readonly folder: string;
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

/** Sent while a folder of more than a few hundred posts is first scanned. */
export interface IndexProgressEvent {
  readonly folder: string;
  /** Files handled so far. */
  readonly done: number;
  readonly total: number;
}
