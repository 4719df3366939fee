import { app, Menu, nativeTheme, shell, type BrowserWindow } from 'electron';
import { commands } from '../../shared/commands';
import { sendEvent } from './ipc';
import { createMenuTemplate } from './menu-template';

/**
 * Sets the application menu (see `menu-template.ts`): command items send a
 * `menuCommand` event to `window`; View ▸ Appearance sets
 * `nativeTheme.themeSource`, which the renderer sees as `prefers-color-scheme`.
 */
export function installApplicationMenu(window: BrowserWindow): void {
  const template = createMenuTemplate({
    platform: process.platform,
    appName: app.getName(),
    commands,
    packaged: app.isPackaged,
    appearance: nativeTheme.themeSource,
    onCommand: (command) => sendEvent(window.webContents, 'menuCommand', { command }),
    onAppearance: (appearance) => {
      nativeTheme.themeSource = appearance;
    },
    onShowSettingsFolder: () => {
      shell.openPath(app.getPath('userData')).catch((error: unknown) => console.error('inkpost: could not show the settings folder', error));
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
