import { stat } from 'node:fs/promises';
import type { EventName, ExportRequest, InkpostEvents } from '../../../shared/contract';
import type { DraftAfterExport, ExportResult } from '../../../shared/export/export-result';
import type { PostListing, Workspace } from '../../../shared/post';
import { tagCatalogue, type TagCount, type TagRenameResult } from '../../../shared/blog/tag-catalogue';
import { renameTag } from '../posts/tags';
import { exportDraft, type ExportRecords } from '../export';
import { resolvePostPath } from '../posts/post-path';
import { isBlogRoot, postFolders } from '../posts/post-files';
import { PostIndex } from '../index/post-index';
import { watchPostFiles } from '../index/posts-watcher';
import { ServiceError } from '../disk/service-error';
import { removeStaleTempFiles } from '../disk/stale-temp-files';

/** Sends an event of the contract to the renderer. */
export type EventSink = <Name extends EventName>(name: Name, payload: InkpostEvents[Name]) => void;

/** Progress events are sent only for scans of more files than this. */
const progressThreshold = 300;
/** At most one progress event per this many milliseconds. */
const progressIntervalMs = 100;

/**
 * The live state of one window's folders: the posts folder's index, kept up
 * to date by a file watcher, with events to the renderer when posts change
 * on disk and progress while a large folder is scanned.
 */
export class WorkspaceService {
  readonly workspace: Workspace;
  private readonly postsIndex: PostIndex;
  /** The blog's own index, for its tag catalogue, when a blog other than the posts folder is chosen. */
  private blogIndex: PostIndex | undefined;
  private readonly emit: EventSink;
  private firstScan: Promise<void> | undefined;
  private stopWatching: (() => Promise<void>) | undefined;
  private closed = false;
  private refreshing: Promise<void> = Promise.resolve();

  /** The export records (in the user-data folder) this window's exports, renames and unpublishes keep. */
  readonly exportRecords: ExportRecords;

  constructor(workspace: Workspace, emit: EventSink, exportRecords: ExportRecords) {
    this.workspace = workspace;
    this.emit = emit;
    this.exportRecords = exportRecords;
    this.postsIndex = new PostIndex(workspace.postsDir);
  }

  /** The tags of the blog (or of the posts folder when no blog is chosen), most used first. */
  async listTags(): Promise<readonly TagCount[]> {
    const folder = this.workspace.blogDir ?? this.workspace.postsDir;
    if (folder === this.workspace.postsDir) {
      return tagCatalogue((await this.listPosts()).posts);
    }
    this.blogIndex ??= new PostIndex(folder);
    await this.blogIndex.refresh();
    return tagCatalogue(this.blogIndex.listing().posts);
  }

  /** Renames or merges a tag in every post of the blog (or posts folder), then refreshes the index. */
  async renameTag(from: string, to: string): Promise<TagRenameResult> {
    const result = await renameTag(this.workspace.blogDir ?? this.workspace.postsDir, from, to);
    await this.refresh();
    return result;
  }

  /**
   * Exports a post of the posts folder into the blog, with the user's
   * preference for the draft afterwards, then refreshes the index (a move
   * removes the draft; a blog that is the posts folder gains a post).
   */
  async exportPost(request: ExportRequest, draftAfterExport: DraftAfterExport = 'keep'): Promise<ExportResult> {
    const blogDir = this.workspace.blogDir;
    if (blogDir === null) {
      throw new ServiceError('invalid-argument', 'choose the blog to export to first');
    }
    const path = await resolvePostPath(this.workspace.postsDir, request.path);
    const result = await exportDraft(path, blogDir, this.exportRecords, { date: request.date, time: request.time, onConflict: request.onConflict, draftAfterExport });
    await this.refresh();
    return result;
  }

  /** The posts folder's posts, newest first; the first call scans the folder and starts watching it. */
  async listPosts(): Promise<PostListing> {
    this.firstScan ??= this.start();
    await this.firstScan;
    await this.refreshing;
    await this.requirePostsFolder();
    return this.postsIndex.listing();
  }

  /** Throws `not-found` when the posts folder is gone, rather than let the index answer with the posts it had. */
  private async requirePostsFolder(): Promise<void> {
    const folder = this.workspace.postsDir;
    const info = await stat(folder).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        return null;
      }
      throw error;
    });
    if (info === null || !info.isDirectory()) {
      throw new ServiceError('not-found', `The posts folder ${folder} is gone (moved or deleted). Nothing was lost: your words are safe in Inkpost's journal. Open the folder where it is now, or choose another.`);
    }
  }

  /** Re-reads whatever changed on disk now, e.g. right after Inkpost itself wrote a post. */
  async refresh(): Promise<void> {
    const run = this.refreshing.then(() => this.refreshAndAnnounce());
    this.refreshing = run.catch(() => undefined);
    await run;
  }

  /** Stops watching the folder. */
  close(): void {
    this.closed = true;
    void this.stopWatching?.();
    this.stopWatching = undefined;
  }

  private async start(): Promise<void> {
    const folder = this.workspace.postsDir;
    await this.removeStaleTempFiles();
    let lastProgress = 0;
    await this.postsIndex.refresh((done, total) => {
      const now = Date.now();
      if (total > progressThreshold && (done === total || now - lastProgress >= progressIntervalMs)) {
        lastProgress = now;
        this.emit('indexProgress', { folder, done, total });
      }
    });
    const stop = await watchPostFiles(folder, await isBlogRoot(folder), () => {
      this.refresh().catch((error: unknown) => console.error(`inkpost: could not refresh ${folder}:`, error));
    });
    if (this.closed) {
      void stop(); // closed while the watcher was starting
    } else {
      this.stopWatching = stop;
    }
  }

  /**
   * Removes the temporary files of saves a crash interrupted, in every folder
   * Inkpost writes posts to (the posts folder's, and the blog's `_posts` and
   * `_drafts` with their subfolders). Only files named as Inkpost names its
   * temporary files; a minute's grace spares a save another window is making now.
   */
  private async removeStaleTempFiles(): Promise<void> {
    const roots = new Set([this.workspace.postsDir, this.workspace.blogDir ?? this.workspace.postsDir]);
    for (const root of roots) {
      const folders = await postFolders(root).catch((error: unknown) => {
        console.error(`inkpost: could not list the folders of ${root}:`, error);
        return [];
      });
      for (const folder of folders) {
        await removeStaleTempFiles(folder, 60_000).catch((error: unknown) => console.error(`inkpost: could not clean up ${folder}:`, error));
      }
    }
  }

  private async refreshAndAnnounce(): Promise<void> {
    const changes = await this.postsIndex.refresh();
    if (changes.added.length + changes.changed.length + changes.removed.length > 0) {
      this.emit('postsChanged', { folder: this.workspace.postsDir, ...changes });
    }
  }
}
