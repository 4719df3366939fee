import type { EventName, HandlerTable, InkpostEvents } from '../../shared/contract';
import type { Workspace } from '../../shared/post';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlerTable } from '../../main/services/bridge/handler-table';
import { journalFolder, PostJournal } from '../../main/services/journal/journal';
import { WindowStateKeeper } from '../../main/services/desktop/window-state';
import { PreferencesStore } from '../../main/services/workspace/preferences';
import { WorkspaceHost } from '../../main/services/workspace/workspace-host';
import { userDataStores } from '../../main/services/workspace/workspace-service';
import { HarnessDesktop } from './harness-desktop';

/** An event main sent, as a unit test sees it. */
export interface RecordedEvent {
  readonly name: EventName;
  readonly payload: InkpostEvents[EventName];
}

/** A workspace host with main's handler table over it, for unit tests on real folders. */
export interface TestHost {
  readonly host: WorkspaceHost;
  readonly table: HandlerTable;
  readonly desktop: HarnessDesktop;
  /** Every event the host sent, in order. */
  readonly events: RecordedEvent[];
  /** The journal of unsaved edits the table writes to. */
  readonly journal: PostJournal;
  /** Stops watching the folder (and removes the user-data folder the host made for the export records and the journal). */
  close(): void;
}

/**
 * Opens `workspace` in a host the way main does, recording the events it
 * sends; preferences stay in memory unless a store (loaded from a temporary
 * user-data folder) is given. The export records, the index cache, the window state, and the journal unless
 * `journal` is given, go to a fresh temporary user-data folder that
 * {@link TestHost.close} removes.
 */
export function makeTestHost(
  workspace: Workspace,
  desktop: HarnessDesktop = new HarnessDesktop(),
  preferences: PreferencesStore = PreferencesStore.inMemory(),
  journal?: PostJournal,
): TestHost {
  const events: RecordedEvent[] = [];
  const userDataDir = mkdtempSync(join(tmpdir(), 'inkpost-test-host-'));
  const host = new WorkspaceHost(workspace, (name, payload) => {
    events.push({ name, payload });
  }, userDataStores(userDataDir), preferences);
  const usedJournal = journal ?? new PostJournal(journalFolder(userDataDir));
  const close = (): void => {
    host.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { host, table: createHandlerTable(host, desktop, usedJournal, new WindowStateKeeper(userDataDir)), desktop, events, journal: usedJournal, close };
}
