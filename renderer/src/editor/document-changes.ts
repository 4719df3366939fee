import type { Extension } from '@codemirror/state';
import { EditorView, type ViewUpdate } from '@codemirror/view';

/** Calls `onChange` after every transaction that changed the document. */
export function documentChanges(onChange: (update: ViewUpdate) => void): Extension {
  return EditorView.updateListener.of((update) => {
    if (update.docChanged) {
      onChange(update);
    }
  });
}
