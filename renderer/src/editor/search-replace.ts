import { openSearchPanel, search, searchKeymap, searchPanelOpen } from '@codemirror/search';
import type { Extension } from '@codemirror/state';
import { keymap, ViewPlugin, type EditorView, type ViewUpdate } from '@codemirror/view';
import type { CommandRegistry } from '../ui/commands';

/** Tooltips for the search panel's controls: what each does and its key, where it has one. */
const panelTooltips: Readonly<Record<string, string>> = {
  search: 'Text or pattern to find (Enter: next match, Shift+Enter: previous)',
  replace: 'Replacement text (Enter: replace the current match)',
  next: 'Next match (Enter)',
  prev: 'Previous match (Shift+Enter)',
  select: 'Select every match',
  replace_button: 'Replace the current match and go to the next',
  replaceAll: 'Replace every match',
  close: 'Close the search panel (Escape)',
};

/** Gives the panel's buttons and fields their tooltips once the panel is shown. */
const tooltipPlugin = ViewPlugin.fromClass(
  class {
    update(update: ViewUpdate): void {
      if (!searchPanelOpen(update.state)) {
        return;
      }
      for (const control of update.view.dom.querySelectorAll<HTMLElement>('.cm-search [name]:not([title])')) {
        const name = control.getAttribute('name') ?? '';
        const tooltip = panelTooltips[control instanceof HTMLButtonElement && name === 'replace' ? 'replace_button' : name];
        if (tooltip !== undefined) {
          control.title = tooltip;
        }
      }
    }
  },
);

/**
 * Search and replace in the post: CodeMirror's search panel at the top of
 * the editor, matches highlighted, with tooltips on its controls. The panel
 * is opened by the app's `find` and `replace` commands (see
 * {@link bindSearchCommands}); its own keys (Enter, Shift+Enter, Escape,
 * F3, Mod-G) work inside it.
 */
export function searchAndReplace(): Extension {
  return [search({ top: true }), keymap.of(searchKeymap), tooltipPlugin];
}

/** Opens the search panel and focuses one of its fields, selecting its text so typing replaces it. */
function focusPanelField(view: EditorView, name: 'search' | 'replace'): void {
  openSearchPanel(view);
  const field = view.dom.querySelector<HTMLInputElement>(`.cm-search input[name="${name}"]`);
  field?.focus();
  field?.select();
}

/**
 * Binds the app's `find` (Ctrl/Cmd+F) and `replace` (Ctrl/Cmd+Alt+F)
 * commands from shared/commands.ts to the editor's search panel, so the
 * shortcut, the Edit menu and any button do the same. Does nothing while no
 * post is open (`hasPost` false).
 */
export function bindSearchCommands(commands: CommandRegistry, view: EditorView, hasPost: () => boolean): void {
  commands.register('find', () => {
    if (hasPost()) {
      focusPanelField(view, 'search');
    }
  });
  commands.register('replace', () => {
    if (hasPost()) {
      focusPanelField(view, 'replace');
    }
  });
}
