/**
 * Stands in for the `electron` module when the real preload is bundled for a
 * plain browser (see scripts/build.mjs). It replaces only Electron's
 * transport: calls go to a Playwright binding that runs main's dispatcher, and
 * events arrive through a function the harness calls with `page.evaluate`.
 */
type Listener = (event: unknown, payload: unknown) => void;

interface HarnessWindow {
  __inkpostHarnessInvoke?: (channel: string, args: unknown[]) => Promise<string>;
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
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const invoke = harnessWindow.__inkpostHarnessInvoke;
    if (invoke === undefined) {
      throw new Error('the Inkpost harness binding is missing');
    }
    // The outcome arrives as JSON text (see the binding in index.ts).
    return JSON.parse(await invoke(channel, args)) as unknown;
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

/** What the preload uses of Electron's `webUtils`: a page in a plain browser has no file paths, so every file goes as bytes. */
export const webUtils = {
  getPathForFile(_file: unknown): string {
    return '';
  },
};

/** Only a type in the preload; present so the bundle's import resolves. */
export type IpcRendererEvent = unknown;
