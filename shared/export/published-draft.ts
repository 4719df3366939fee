/**
 * What the export record says about a draft of the posts folder: the post its
 * last export wrote. Plain data, so it can cross the IPC bridge.
 */

import type { Workspace } from '../post';

/** A draft of the posts folder that was exported, and where its post is. */
export interface PublishedDraft {
  /** The draft, as the post list names it (an absolute path in the posts folder). */
  readonly draft: string;
  /** The post its last export wrote, relative to the blog, `/`-separated: `_posts/2026-05-01-slug.markdown`. */
  readonly post: string;
  /** The post's absolute path (in the posts folder's spelling when it is inside it). */
  readonly postPath: string;
  /**
   * Whether the post file is still there. False when it was deleted, or
   * renamed or moved by another program since (Inkpost's own renames keep
   * the record true): the record is stale, and there is nothing to open.
   */
  readonly present: boolean;
  /** Whether the post is in the open posts folder, so opening it needs no folder switch. */
  readonly inPostsFolder: boolean;
}

/** The published post of a draft, opened: its path, in the folders the window works on now. */
export interface OpenedPublishedPost {
  readonly path: string;
  readonly workspace: Workspace;
}
