import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { highlightSelectionMatches } from '@codemirror/search';
import type { Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, type ViewUpdate } from '@codemirror/view';
import { documentChanges } from './document-changes';
import { excerptMarkerLine } from './excerpt-marker';
import { imageInsertion, type AddImageFile } from './image-insertion';
import { liquidProblemLines } from './liquid-problems';
import { codeHighlighting } from './highlight-style';
import { markdownLanguageSupport } from './markdown-language';
import { proseSpellcheck } from './prose-spellcheck';
import { searchAndReplace } from './search-replace';
import { softWrap } from './soft-wrap';
import { inkpostTheme } from './theme';

/** What the editor reports to the rest of the app. */
export interface EditorCallbacks {
  /** The document changed. */
  readonly change: (update: ViewUpdate) => void;
  /** Adds a dropped or pasted picture to the post's images folder (see image-insertion.ts); without it, pictures are not taken. */
  readonly addImage?: AddImageFile;
}

/**
 * The one list of every editor feature, in priority order. Each feature lives in its own file.
 * App-wide shortcuts (save, export, find, ...) are not here: renderer/src/ui/commands.ts handles them
 * (search-replace.ts binds find and replace to the search panel).
 */
export function editorExtensions(callbacks: EditorCallbacks): Extension {
  return [
    history(),
    drawSelection(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    codeHighlighting(),
    markdownLanguageSupport(),
    softWrap(),
    excerptMarkerLine(),
    liquidProblemLines(),
    proseSpellcheck(),
    searchAndReplace(),
    inkpostTheme(),
    EditorView.contentAttributes.of({ 'aria-label': 'Post text' }),
    keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
    imageInsertion(callbacks.addImage),
    documentChanges(callbacks.change),
  ];
}
