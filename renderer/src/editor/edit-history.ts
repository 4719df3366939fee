import { redo, undo } from '@codemirror/commands';
import type { EditorView } from '@codemirror/view';
import type { CommandRegistry } from '../ui/commands';

/**
 * Edit ▸ Undo and Redo from the application menu. Electron's undo and redo
 * roles would run Chromium's own editing commands, which fire only when
 * Chromium's undo stack (not CodeMirror's) has a step to take: Redo never
 * reached the editor. So the menu sends `undo`/`redo` as commands and this
 * runs them on CodeMirror's history when the editor has the focus, and as
 * the browser's own undo in any other text field. The keyboard shortcuts are
 * not caught here: CodeMirror's keymap and the fields handle them themselves.
 */
export function registerEditHistoryCommands(commands: CommandRegistry, view: EditorView): void {
  const run = (command: 'undo' | 'redo'): void => {
    if (view.hasFocus) {
      (command === 'undo' ? undo : redo)(view);
    } else {
      // execCommand is the one way a page can ask for a text field's native undo.
      document.execCommand(command);
    }
  };
  commands.register('undo', () => run('undo'));
  commands.register('redo', () => run('redo'));
}
