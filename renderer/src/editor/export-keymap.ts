import { Prec, type Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';

/** Binds Ctrl+Shift+E (Cmd+Shift+E on macOS) to exporting the post. */
export function exportKeymap(exportPost: () => void): Extension {
  return Prec.highest(
    keymap.of([
      {
        key: 'Mod-Shift-e',
        preventDefault: true,
        run: () => {
          exportPost();
          return true;
        },
      },
    ]),
  );
}
