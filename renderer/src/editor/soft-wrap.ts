import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/** Wraps long lines at the editor's width: prose paragraphs are single long lines. */
export function softWrap(): Extension {
  return EditorView.lineWrapping;
}
