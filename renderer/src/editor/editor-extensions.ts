import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import type { Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, type ViewUpdate } from '@codemirror/view';
import { documentChanges } from './document-changes';
import { exportKeymap } from './export-keymap';
import { markdownLanguageSupport } from './markdown-language';
import { saveKeymap } from './save-keymap';
import { softWrap } from './soft-wrap';
import { inkpostTheme } from './theme';

/** What the editor reports to the rest of the app. */
export interface EditorCallbacks {
  /** Ctrl/Cmd+S was pressed. */
  readonly save: () => void;
  /** Ctrl/Cmd+Shift+E was pressed. */
  readonly exportPost: () => void;
  /** The document changed. */
  readonly change: (update: ViewUpdate) => void;
}

/** The one list of every editor feature, in priority order. Each feature lives in its own file. */
export function editorExtensions(callbacks: EditorCallbacks): Extension {
  return [
    saveKeymap(callbacks.save),
    exportKeymap(callbacks.exportPost),
    history(),
    drawSelection(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    markdownLanguageSupport(),
    softWrap(),
    inkpostTheme(),
    EditorView.contentAttributes.of({ spellcheck: 'true', 'aria-label': 'Post text' }),
    keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap, indentWithTab]),
    documentChanges(callbacks.change),
  ];
}
