import { stat } from 'node:fs/promises';
import type { EventName, ExportRequest, InkpostEvents } from '../../../shared/contract';
import type { DraftAfterExport, ExportResult } from '../../../shared/export/export-result';
import type { BlogInfo } from '../../../shared/blog/blog-info';
import type { PostListing, Workspace } from '../../../shared/post';
import { blogInfoFor } from '../blog/blog-info';
import { tagCatalogue, type TagCount, type TagRenameResult } from '../../../shared/blog/tag-catalogue';
import { renameTag } from '../posts/tags';
import { exportDraft, ExportRecords } from '../export';
import { resolvePostPath } from '../posts/post-path';
import { isBlogRoot, isJekyllPostsFolder, postFolders } from '../posts/post-files';
import { IndexCache } from '../index/index-cache';
import { PostIndex, type IndexChanges } from '../index/post-index';
import { watchPostFiles } from '../index/posts-watcher';
import { ServiceError } from '../disk/service-error';
import { FolderChecks } from '../checks/folder-checks';
import { removeStaleTempFiles } from '../disk/stale-temp-files';

/** Sends an event of the contract to the renderer. */
export type EventSink = <Name extends EventName>(name: Name, payload: InkpostEvents[Name]) => void;

/** What a window keeps in the user-data folder besides its preferences. */
export interface UserDataStores {
  /** The export records this window's exports, renames and unpublishes keep. */
  readonly exportRecords: ExportRecords;
  /** Where the posts index is kept between launches, or null to read the folder in full on every start. */
  readonly indexCache: IndexCache | null;
}

/** The stores of the user-data folder `userDataDir`. */
export function userDataStores(userDataDir: string): UserDataStores {
  return { exportRecords: ExportRecords.in(userDataDir), indexCache: IndexCache.in(userDataDir) };
}

/** How long after a scan that changed the index it is written to the cache (a burst of changes writes once). */
const indexSaveDelayMs = 1_000;

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
  /** `inkpost check` over the posts folder, read again after posts change. */
  readonly checks: FolderChecks;
  private readonly postsIndex: PostIndex;
  /** The blog's own index, for its tag catalogue, when a blog other than the posts folder is chosen. */
  private blogIndex: PostIndex | undefined;
  private readonly emit: EventSink;
  private firstScan: Promise<void> | undefined;
  private stopWatching: (() => Promise<void>) | undefined;
  private closed = false;
  private refreshing: Promise<void> = Promise.resolve();
  private readonly stores: UserDataStores;
  private indexSave: NodeJS.Timeout | undefined;
  private blogInfoRead: Promise<BlogInfo> | undefined;

  constructor(workspace: Workspace, emit: EventSink, stores: UserDataStores) {
    this.workspace = workspace;
    this.emit = emit;
    this.stores = stores;
    this.postsIndex = new PostIndex(workspace.postsDir);
    this.checks = new FolderChecks(workspace.postsDir);
  }

  /** The export records (in the user-data folder) this window's exports, renames and unpublishes keep. */
  get exportRecords(): ExportRecords {
    return this.stores.exportRecords;
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
    this.checks.invalidate(); // the blog gained a post that links may name
    await this.refresh();
    return result;
  }

  /**
   * What the form needs of the blog (`blogInfoFor`): read once the first scan
   * is done, so the list comes first (it samples hundreds of posts), and kept
   * until posts change.
   */
  async blogInfo(): Promise<BlogInfo> {
    this.firstScan ??= this.start();
    await this.firstScan.catch(() => undefined);
    const read = (this.blogInfoRead ??= blogInfoFor(this.workspace));
    try {
      return await read;
    } catch (error) {
      if (this.blogInfoRead === read) {
        this.blogInfoRead = undefined;
      }
      throw error;
    }
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

  /** Stops watching the folder (an index change not yet written to the cache is read again next time). */
  close(): void {
    this.closed = true;
    clearTimeout(this.indexSave);
    void this.stopWatching?.();
    this.stopWatching = undefined;
  }

  /**
   * The first scan: starts from the index cached by the last run (when there
   * is one), so only changed files are read, while the watcher subscribes;
   * resolves once both are done, so a change made after the listing is seen.
   */
  private async start(): Promise<void> {
    const folder = this.workspace.postsDir;
    const [cached] = await Promise.all([this.stores.indexCache?.load(folder) ?? null, this.removeStaleTempFiles()]);
    if (cached !== null) {
      this.postsIndex.seed(cached);
    }
    // A change the watcher reports during the scan is read once the scan is done.
    const watching = watchPostFiles(folder, isJekyllPostsFolder(folder) || (await isBlogRoot(folder)), () => {
      (this.firstScan ?? Promise.resolve())
        .then(() => this.refresh())
        .catch((error: unknown) => console.error(`inkpost: could not refresh ${folder}:`, error));
    }).then((stop) => {
      if (this.closed) {
        void stop(); // closed while the watcher was starting
      } else {
        this.stopWatching = stop;
      }
    });
    let lastProgress = 0;
    let changes: IndexChanges;
    try {
      changes = await this.postsIndex.refresh((done, total) => {
        const now = Date.now();
        if (total > progressThreshold && (done === total || now - lastProgress >= progressIntervalMs)) {
          lastProgress = now;
          this.emit('indexProgress', { folder, done, total });
        }
      });
    } finally {
      await watching.catch(() => undefined);
    }
    await watching;
    this.keepIndex(changes, cached === null);
  }

  /** Writes the index to the cache a moment after a scan that changed it (or that had no cache to start from). */
  private keepIndex(changes: IndexChanges, always: boolean): void {
    const cache = this.stores.indexCache;
    if (cache === null || this.closed || (!always && changes.added.length + changes.changed.length + changes.removed.length === 0)) {
      return;
    }
    clearTimeout(this.indexSave);
    this.indexSave = setTimeout(() => {
      const folder = this.workspace.postsDir;
      cache.save(folder, this.postsIndex.snapshot()).catch((error: unknown) => console.error(`inkpost: could not keep the index of ${folder}:`, error));
    }, indexSaveDelayMs).unref();
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
    this.keepIndex(changes, false);
    if (changes.added.length + changes.changed.length + changes.removed.length > 0) {
      this.blogInfoRead = undefined;
      this.checks.invalidate();
      this.emit('postsChanged', { folder: this.workspace.postsDir, ...changes });
    }
  }
}
