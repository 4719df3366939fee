import { shell, type BrowserWindow } from 'electron';
import type { Desktop } from '../services/desktop';

/** The desktop as Electron reaches it for one window: the user's browser and the trash through `shell`, and the window itself. */
export function createElectronDesktop(window: BrowserWindow, allowClose: () => void): Desktop {
  return {
    openExternal: (url) => shell.openExternal(url),
    trashItem: (path) => shell.trashItem(path),
    closeWindow: () => {
      allowClose();
      window.close();
      return Promise.resolve();
    },
  };
}
