import type { MenuItemConstructorOptions } from 'electron';
import type { CommandId, CommandInfo, MenuName } from '../../shared/commands';

/** How the window's colours are chosen: as the system says, or always light or dark. */
export type Appearance = 'system' | 'light' | 'dark';

/** What the application menu is built from. */
export interface MenuTemplateInput {
  /** `process.platform`: macOS gets the app menu and its own Window menu. */
  readonly platform: NodeJS.Platform;
  /** The app's name, the title of the macOS app menu. */
  readonly appName: string;
  /** The app's commands (shared/commands.ts), placed by their `menu`. */
  readonly commands: readonly CommandInfo[];
  /** A packaged app has no developer tools item. */
  readonly packaged: boolean;
  /** The appearance chosen now, checked in View ▸ Appearance. */
  readonly appearance: Appearance;
  /** A command's item was chosen: main sends it to the renderer as a `menuCommand` event. */
  readonly onCommand: (id: CommandId) => void;
  /** An appearance was chosen (main sets `nativeTheme.themeSource`, which the renderer sees as `prefers-color-scheme`). */
  readonly onAppearance: (appearance: Appearance) => void;
  /** Help ▸ Show Settings Folder: opens the user-data folder (settings, window state, set-aside files). */
  readonly onShowSettingsFolder: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** The menu item id of a command's item, so tests and the Electron specs can find it. */
export function commandItemId(id: CommandId): string {
  return `command:${id}`;
}

function commandItems(input: MenuTemplateInput, menu: MenuName): MenuItemConstructorOptions[] {
  return input.commands
    .filter((command) => command.menu === menu)
    .map((command) => ({
      id: commandItemId(command.id),
      label: command.label,
      accelerator: command.accelerator,
      click: () => input.onCommand(command.id),
    }));
}

/** Drops separators at either end and doubled ones, so an empty group leaves no trace. */
function tidy(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const kept: MenuItemConstructorOptions[] = [];
  for (const item of items) {
    if (item.type !== 'separator' || (kept.length > 0 && kept.at(-1)?.type !== 'separator')) {
      kept.push(item);
    }
  }
  if (kept.at(-1)?.type === 'separator') {
    kept.pop();
  }
  return kept;
}

/**
 * The application menu: File, Edit, View, Window and Help, with the macOS app
 * menu first on a Mac. The app's own commands come from shared/commands.ts
 * with their accelerators (`CmdOrCtrl` is Command on a Mac, Control elsewhere)
 * and send `onCommand`. Undo and Redo send the `undo` and `redo` commands
 * too, which the renderer runs on CodeMirror's history (or a text field's):
 * Electron's undo/redo roles run Chromium's own editing commands, which fire
 * only when Chromium's undo stack has a step, and so Redo never reached
 * CodeMirror (seen in Chromium; Cut, Copy, Paste and Select All work as roles
 * and stay roles). The rest are Electron roles, which carry each platform's
 * usual accelerators and labels (Quit is "Exit" on Windows). There is no
 * Reload item: reloading would drop unsaved edits.
 * Pure: a function of its input, tested without Electron.
 */
export function createMenuTemplate(input: MenuTemplateInput): MenuItemConstructorOptions[] {
  const mac = input.platform === 'darwin';
  const appMenu: MenuItemConstructorOptions = {
    label: input.appName,
    submenu: [
      { role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: tidy([...commandItems(input, 'file'), separator, mac ? { role: 'close' } : { role: 'quit' }]),
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: tidy([
      { id: 'undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => input.onCommand('undo') },
      { id: 'redo', label: 'Redo', accelerator: input.platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z', click: () => input.onCommand('redo') },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { role: 'selectAll' },
      separator,
      ...commandItems(input, 'edit'),
    ]),
  };
  const appearances: readonly (readonly [Appearance, string])[] = [['system', 'Follow System'], ['light', 'Light'], ['dark', 'Dark']];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: tidy([
      ...commandItems(input, 'view'),
      separator,
      {
        label: 'Appearance',
        submenu: appearances.map(([appearance, label]) => ({
          id: `appearance:${appearance}`,
          label,
          type: 'radio',
          checked: input.appearance === appearance,
          click: () => input.onAppearance(appearance),
        })),
      },
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(input.packaged ? [] : [separator, { role: 'toggleDevTools' } as const]),
    ]),
  };
  // On a Mac the window menu role brings the system's own items (Minimize, Zoom, Bring All to Front, the window list).
  const window: MenuItemConstructorOptions = mac ? { label: 'Window', role: 'windowMenu' } : { label: '&Window', submenu: [{ role: 'minimize' }, { role: 'close' }] };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [...(mac ? [] : [{ role: 'about' } as const, separator]), { id: 'show-settings-folder', label: 'Show Settings Folder', click: () => input.onShowSettingsFolder() }],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}
