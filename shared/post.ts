/**
 * The post model shared by every process. Plain data only: these types cross the
 * IPC bridge, so they hold no functions, class instances or Dates.
 */

/** Where a post lives in the Jekyll sense. */
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
  /** Published (dated name in a `_posts` folder style) or draft. */
  readonly kind: PostKind;
  /** Last modification time in milliseconds since the epoch; orders undated drafts. */
  readonly modifiedMs: number;
}

/** A file the listing could not read as a post, with the reason. */
export interface ListingProblem {
  readonly path: string;
  readonly message: string;
}

/** The result of listing a posts folder: posts newest first, plus what could not be read. */
export interface PostListing {
  readonly folder: string;
  readonly posts: readonly PostSummary[];
  readonly problems: readonly ListingProblem[];
}

/** Line ending style recorded when a post is read and restored when it is saved. */
export type LineEnding = 'lf' | 'crlf';

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
  readonly summary: PostSummary;
}

/** What the renderer sends to save a post. */
export interface SaveRequest {
  readonly path: string;
  /** The editor's text (no BOM, `\n` line endings). */
  readonly text: string;
  /** The `version` of the document this text was edited from. */
  readonly baseVersion: string;
}

/** The outcome of a save. A conflict writes nothing. */
export type SaveResult =
  | {
      readonly status: 'saved';
      readonly version: string;
      /** True when the text matched the file, so nothing was written and the file is byte-identical. */
      readonly unchanged: boolean;
      readonly summary: PostSummary;
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
}

/** Sent by main when files in the posts folder changed outside the app. */
export interface PostsChangedEvent {
  readonly folder: string;
  /** Paths that were added, changed or removed, as far as the file watcher could tell. */
  readonly paths: readonly string[];
}
