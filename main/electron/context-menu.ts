import { app, Menu, type BrowserWindow } from 'electron';
import { createContextMenuTemplate } from './context-menu-template';

/**
 * Chooses the spellchecker's languages: the user's preferred system languages
 * that Chromium has dictionaries for, else English. On macOS the system's own
 * spellchecker is used and the list does not apply.
 */
function chooseSpellCheckerLanguages(window: BrowserWindow): void {
  const session = window.webContents.session;
  if (process.platform === 'darwin') {
    return;
  }
  const available = new Set(session.availableSpellCheckerLanguages);
  const wanted = app.getPreferredSystemLanguages().flatMap((tag) => [tag, tag.split('-')[0] ?? tag]).filter((tag) => available.has(tag));
  const languages = [...new Set(wanted)].slice(0, 3);
  session.setSpellCheckerLanguages(languages.length > 0 ? languages : available.has('en-US') ? ['en-US'] : []);
}

/** Gives the window Electron's spellchecker and a context menu with its suggestions, Cut, Copy, Paste and Select All. */
export function installContextMenu(window: BrowserWindow): void {
  chooseSpellCheckerLanguages(window);
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
