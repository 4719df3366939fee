import { Prec, type Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';

/** Binds Ctrl+S (Cmd+S on macOS) to `save`, ahead of the browser's own "save page". */
export function saveKeymap(save: () => void): Extension {
  return Prec.highest(
    keymap.of([
      {
        key: 'Mod-s',
        preventDefault: true,
        run: () => {
          save();
          return true;
        },
      },
    ]),
  );
}
