import type { EventName, InkpostEvents } from '../../shared/contract';
import type { PostListing, Workspace } from '../../shared/post';
import { isBlogRoot } from './post-files';
import { PostIndex } from './post-index';
import { watchPostFiles } from './posts-watcher';

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
  private readonly emit: EventSink;
  private firstScan: Promise<void> | undefined;
  private stopWatching: (() => void) | undefined;
  private refreshing: Promise<void> = Promise.resolve();

  constructor(workspace: Workspace, emit: EventSink) {
    this.workspace = workspace;
    this.emit = emit;
    this.postsIndex = new PostIndex(workspace.postsDir);
  }

  /** The posts folder's posts, newest first; the first call scans the folder and starts watching it. */
  async listPosts(): Promise<PostListing> {
    this.firstScan ??= this.start();
    await this.firstScan;
    await this.refreshing;
    return this.postsIndex.listing();
  }

  /** Re-reads whatever changed on disk now, e.g. right after Inkpost itself wrote a post. */
  async refresh(): Promise<void> {
    const run = this.refreshing.then(() => this.refreshAndAnnounce());
    this.refreshing = run.catch(() => undefined);
    await run;
  }

  /** Stops watching the folder. */
  close(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  private async start(): Promise<void> {
    const folder = this.workspace.postsDir;
    let lastProgress = 0;
    await this.postsIndex.refresh((done, total) => {
      const now = Date.now();
      if (total > progressThreshold && (done === total || now - lastProgress >= progressIntervalMs)) {
        lastProgress = now;
        this.emit('indexProgress', { folder, done, total });
      }
    });
    this.stopWatching = watchPostFiles(folder, await isBlogRoot(folder), () => {
      this.refresh().catch((error: unknown) => console.error(`inkpost: could not refresh ${folder}:`, error));
    });
  }

  private async refreshAndAnnounce(): Promise<void> {
    const changes = await this.postsIndex.refresh();
    if (changes.added.length + changes.changed.length + changes.removed.length > 0) {
      this.emit('postsChanged', { folder: this.workspace.postsDir, ...changes });
    }
  }
}
