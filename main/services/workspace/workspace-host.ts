import type { Workspace } from '../../../shared/post';
import { PreferencesStore } from './preferences';
import { WorkspaceService, type EventSink, type UserDataStores } from './workspace-service';

/**
 * Holds the window's current workspace. Opening another posts folder (or
 * choosing another blog) closes the old {@link WorkspaceService}, starts a new
 * one and tells the renderer with a `workspaceChanged` event. The handler
 * table asks the host for the service on every call, so calls made after a
 * switch go to the new folders; events a closed service still sends (a
 * refresh that was in flight) are dropped, so the renderer never hears about
 * a folder it no longer shows. The host also holds the user's preferences
 * (recent folders, each folder's blog and after-export choice).
 */
export class WorkspaceHost {
  private current: WorkspaceService;
  private readonly emit: EventSink;
  readonly preferences: PreferencesStore;
  /** The export records and the index cache of the user-data folder. */
  readonly stores: UserDataStores;

  /** `preferences` default to ones kept in memory only. */
  constructor(workspace: Workspace, emit: EventSink, stores: UserDataStores, preferences: PreferencesStore = PreferencesStore.inMemory()) {
    this.emit = emit;
    this.stores = stores;
    this.preferences = preferences;
    this.current = this.start(workspace);
  }

  /** The service of the workspace open now. */
  service(): WorkspaceService {
    return this.current;
  }

  /** The folders open now. */
  workspace(): Workspace {
    return this.current.workspace;
  }

  /** The posts folder open now. */
  postsDir(): string {
    return this.current.workspace.postsDir;
  }

  /** Switches to `postsDir` with `blogDir` (or none): the old service stops watching, the renderer is told. */
  open(postsDir: string, blogDir: string | null): WorkspaceService {
    this.current.close();
    // The host's own facts (where it serves the blog's pictures) stay; only the folders change.
    this.current = this.start({ ...this.current.workspace, postsDir, blogDir });
    this.emit('workspaceChanged', { workspace: this.current.workspace });
    return this.current;
  }

  /** Stops watching the folder open now. */
  close(): void {
    this.current.close();
  }

  private start(workspace: Workspace): WorkspaceService {
    const service: WorkspaceService = new WorkspaceService(workspace, (name, payload) => {
      if (this.current === service) {
        this.emit(name, payload);
      }
    }, this.stores);
    return service;
  }
}
