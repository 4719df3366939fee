import { dialog, shell, type BrowserWindow } from 'electron';
import type { Desktop } from '../services/desktop';

/** The desktop as Electron reaches it for one window: the user's browser through `shell`, folder dialogs, and the window itself. */
export function createElectronDesktop(window: BrowserWindow, allowClose: () => void): Desktop {
  return {
    openExternal: (url) => shell.openExternal(url),
    closeWindow: () => {
      allowClose();
      window.close();
      return Promise.resolve();
    },
    chooseFolder: async ({ title, buttonLabel, defaultPath }) => {
      // createDirectory is macOS's "New Folder" button; Linux and Windows dialogs always offer one.
      const result = await dialog.showOpenDialog(window, {
        title,
        buttonLabel,
        ...(defaultPath === undefined ? {} : { defaultPath }),
        properties: ['openDirectory', 'createDirectory'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
