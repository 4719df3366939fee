import type { BrowserWindowConstructorOptions } from 'electron';

/** What a window needs to know to be created. */
export interface WindowOptionsInput {
  /** Absolute path of the built preload script. */
  readonly preloadPath: string;
  /** Follows the system: the window's background before the page paints. */
  readonly darkMode: boolean;
}

/**
 * The one place window options are made. The renderer is isolated and
 * sandboxed with no Node integration and web security on, so a bug in the
 * page (or a malicious post) cannot reach the file system; only the preload's
 * bridge can.
 */
export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
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
      spellcheck: true,
    },
  };
}
