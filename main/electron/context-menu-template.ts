import type { MenuItemConstructorOptions } from 'electron';

/** What the context menu needs from Electron's `context-menu` event parameters. */
export interface ContextMenuFacts {
  /** The misspelled word under the pointer, or '' when there is none. */
  readonly misspelledWord: string;
  /** The spellchecker's suggestions for it. */
  readonly dictionarySuggestions: readonly string[];
  /** True in the editor, a text field or anything else editable. */
  readonly isEditable: boolean;
  /** The selected text, or ''. */
  readonly selectionText: string;
  readonly editFlags: {
    readonly canCut: boolean;
    readonly canCopy: boolean;
    readonly canPaste: boolean;
    readonly canSelectAll: boolean;
  };
}

/** What the spelling items do. */
export interface ContextMenuActions {
  /** Replaces the misspelled word with a suggestion (`webContents.replaceMisspelling`). */
  readonly replaceMisspelling: (suggestion: string) => void;
  /** Adds the word to the user's dictionary (`session.addWordToSpellCheckerDictionary`). */
  readonly addToDictionary: (word: string) => void;
}

/** At most this many suggestions are offered, best first, as the spellchecker ranks them. */
export const maximumSuggestions = 5;

/**
 * The right-click menu: for a misspelled word its suggestions (or a disabled
 * "No Suggestions") and "Add to Dictionary", then Cut, Copy, Paste and Select
 * All where they apply (Cut and Paste only in editable places, Copy only with
 * a selection). Empty when nothing applies (a right click on plain, unselected
 * text), and then no menu is shown. Pure: a function of the event's facts.
 */
export function createContextMenuTemplate(facts: ContextMenuFacts, actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const spelling: MenuItemConstructorOptions[] = [];
  const word = facts.misspelledWord.trim();
  if (facts.isEditable && word.length > 0) {
    const suggestions = facts.dictionarySuggestions.slice(0, maximumSuggestions);
    spelling.push(
      ...(suggestions.length > 0
        ? suggestions.map((suggestion) => ({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) }))
        : [{ label: 'No Suggestions', enabled: false }]),
      { type: 'separator' },
      { label: `Add “${word}” to Dictionary`, click: () => actions.addToDictionary(word) },
    );
  }
  const editing: MenuItemConstructorOptions[] = [];
  if (facts.isEditable) {
    editing.push({ role: 'cut', enabled: facts.editFlags.canCut });
  }
  if (facts.isEditable || facts.selectionText.length > 0) {
    editing.push({ role: 'copy', enabled: facts.editFlags.canCopy });
  }
  if (facts.isEditable) {
    editing.push({ role: 'paste', enabled: facts.editFlags.canPaste }, { type: 'separator' }, { role: 'selectAll', enabled: facts.editFlags.canSelectAll });
  }
  return spelling.length > 0 && editing.length > 0 ? [...spelling, { type: 'separator' }, ...editing] : [...spelling, ...editing];
}
