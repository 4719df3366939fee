import { shell } from 'electron';
import type { Desktop } from '../services/desktop';

/** The desktop as Electron reaches it for one window: the user's browser through `shell`, and the window's close (or quit) once the renderer agreed. */
export function createElectronDesktop(approveClose: () => void): Desktop {
  return {
    // The one caller (handler-table.ts) passes only URLs externalUrl() accepted: http, https and mailto, parsed with new URL.
    openExternal: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK: reviewed, see above

    closeWindow: () => {
      approveClose();
      return Promise.resolve();
    },
  };
}
