import type { EventName, HandlerTable, InkpostEvents } from '../../shared/contract';
import type { Workspace } from '../../shared/post';
import { createHandlerTable } from '../../main/services/handler-table';
import { PreferencesStore } from '../../main/services/preferences';
import { WorkspaceHost } from '../../main/services/workspace-host';
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
  /** Stops watching the folder. */
  close(): void;
}

/**
 * Opens `workspace` in a host the way main does, recording the events it
 * sends; preferences stay in memory unless a store (loaded from a temporary
 * user-data folder) is given.
 */
export function makeTestHost(workspace: Workspace, desktop: HarnessDesktop = new HarnessDesktop(), preferences: PreferencesStore = PreferencesStore.inMemory()): TestHost {
  const events: RecordedEvent[] = [];
  const host = new WorkspaceHost(workspace, (name, payload) => {
    events.push({ name, payload });
  }, preferences);
  return { host, table: createHandlerTable(host, desktop), desktop, events, close: () => host.close() };
}
