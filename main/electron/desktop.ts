import { clipboard, dialog, shell, type BrowserWindow } from 'electron';
import type { Desktop } from '../services/desktop/desktop';

/**
 * The desktop as Electron reaches it for one window: the user's browser
 * and the trash through `shell`, folder dialogs, and the window's close (or the app's quit)
 * once the renderer agreed (`approveClose`, see `guardClosing` in main.ts).
 */
export function createElectronDesktop(window: BrowserWindow, approveClose: () => void): Desktop {
  return {
    // The one caller (handler-table.ts) passes only URLs externalUrl() accepted: http, https and mailto, parsed with new URL.
    openExternal: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK: reviewed, see above
    trashItem: (path) => shell.trashItem(path),
    readClipboardText: () => Promise.resolve(clipboard.readText()),
    closeWindow: () => {
      approveClose();
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
    chooseImageFiles: async ({ title, buttonLabel, defaultPath }) => {
      const result = await dialog.showOpenDialog(window, {
        title,
        buttonLabel,
        ...(defaultPath === undefined ? {} : { defaultPath }),
        filters: [{ name: 'Pictures', extensions: ['png', 'jpg', 'jpeg', 'gif', 'webp', 'svg', 'avif'] }],
        properties: ['openFile', 'multiSelections'],
      });
      return result.canceled ? [] : result.filePaths;
    },
  };
}
