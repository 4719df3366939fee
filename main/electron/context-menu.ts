import { Menu, type BrowserWindow } from 'electron';
import { createContextMenuTemplate } from './context-menu-template';

/**
 * Gives the window a context menu with Cut, Copy, Paste and Select All (and
 * the spellchecker's suggestions, which Chromium's checker would give; it is
 * off, see spellcheck-offline.ts, and the editor underlines and suggests
 * spellings itself).
 */
export function installContextMenu(window: BrowserWindow): void {
  const contents = window.webContents;
  contents.on('context-menu', (_event, params) => {
    const template = createContextMenuTemplate(params, {
      replaceMisspelling: (suggestion) => contents.replaceMisspelling(suggestion),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) {
      Menu.buildFromTemplate(template).popup({ window });
    }
  });
}
