/**
 * Stands in for the `electron` module when the real preload is bundled for a
 * plain browser (see scripts/build.mjs). It replaces only Electron's
 * transport: calls go to a Playwright binding that runs main's dispatcher, and
 * events arrive through a function the harness calls with `page.evaluate`.
 */
type Listener = (event: unknown, payload: unknown) => void;

interface HarnessWindow {
  __inkpostHarnessInvoke?: (channel: string, args: unknown[]) => Promise<unknown>;
  __inkpostHarnessEmit?: (channel: string, payload: unknown) => void;
}

const harnessWindow = window as unknown as HarnessWindow & Record<string, unknown>;
const listeners = new Map<string, Set<Listener>>();

harnessWindow.__inkpostHarnessEmit = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) {
    listener({}, payload);
  }
};

/** What the preload uses of Electron's `contextBridge`. */
export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    Object.defineProperty(window, key, { value: Object.freeze(api), writable: false, configurable: false });
  },
};

/** What the preload uses of Electron's `ipcRenderer`. */
export const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const invoke = harnessWindow.__inkpostHarnessInvoke;
    if (invoke === undefined) {
      return Promise.reject(new Error('the Inkpost harness binding is missing'));
    }
    return invoke(channel, args);
  },
  on(channel: string, listener: Listener): void {
    const set = listeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(channel, set);
  },
  removeListener(channel: string, listener: Listener): void {
    listeners.get(channel)?.delete(listener);
  },
};

/** Only a type in the preload; present so the bundle's import resolves. */
export type IpcRendererEvent = unknown;
