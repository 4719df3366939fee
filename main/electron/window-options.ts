import type { BrowserWindowConstructorOptions } from 'electron';

/** What a window needs to know to be created. */
export interface WindowOptionsInput {
  /** Absolute path of the built preload script. */
  readonly preloadPath: string;
  /** Follows the system: the window's background before the page paints. */
  readonly darkMode: boolean;
  /** Where the window opens (see `placeWindow`); the default size, centred, when absent. */
  readonly bounds?: { readonly width: number; readonly height: number; readonly x?: number; readonly y?: number } | undefined;
}

/** The window's default and smallest sizes. */
export const windowSizes = { width: 1280, height: 820, minWidth: 720, minHeight: 480 } as const;

/**
 * The one place window options are made. The renderer is isolated and
 * sandboxed with no Node integration and web security on, so a bug in the
 * page (or a malicious post) cannot reach the file system; only the preload's
 * bridge can.
 */
export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...windowSizes,
    ...input.bounds,
    show: false,
    title: 'Inkpost',
    backgroundColor: input.darkMode ? '#1e1f22' : '#ffffff',
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Chromium's spellchecker downloads its dictionaries from the network; the editor checks spelling itself, offline (renderer/src/editor/prose-spellcheck.ts).
      spellcheck: false,
      // A middle click on a link would ask for a new window; the window-open handler denies it anyway, this keeps it from being asked.
      disableBlinkFeatures: 'Auxclick',
    },
  };
}
