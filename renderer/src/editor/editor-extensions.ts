import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import type { Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, type ViewUpdate } from '@codemirror/view';
import { documentChanges } from './document-changes';
import { markdownLanguageSupport } from './markdown-language';
import { softWrap } from './soft-wrap';
import { inkpostTheme } from './theme';

/** What the editor reports to the rest of the app. */
export interface EditorCallbacks {
  /** The document changed. */
  readonly change: (update: ViewUpdate) => void;
}

/**
 * The one list of every editor feature, in priority order. Each feature lives in its own file.
 * App-wide shortcuts (save, export, find, ...) are not here: renderer/src/commands.ts handles them.
 */
export function editorExtensions(callbacks: EditorCallbacks): Extension {
  return [
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
