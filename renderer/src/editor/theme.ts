import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/**
 * The editor's look, from the page's colour variables (which cross into the
 * editor's shadow root), so it follows light and dark mode with the rest of
 * the app. Kept in a CodeMirror theme rather than the page's stylesheet: the
 * editor lives in a shadow root, where CodeMirror's styles go into
 * constructed stylesheets that the strict CSP (`style-src 'self'`) allows.
 */
export function inkpostTheme(): Extension {
  return EditorView.theme({
    '&': { height: '100%', backgroundColor: 'var(--background)', color: 'var(--text)', fontSize: '14px' },
    '.cm-scroller': { fontFamily: 'ui-monospace, "SF Mono", Menlo, Consolas, monospace', lineHeight: '1.55' },
    '.cm-content': { padding: '16px 0', caretColor: 'var(--text)' },
    '.cm-line': { padding: '0 20px' },
    '&.cm-focused': { outline: 'none' },
    '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--text)' },
    '.cm-activeLine': { backgroundColor: 'var(--active-line)' },
    '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': { backgroundColor: 'var(--selection)' },
    '.cm-panels': { backgroundColor: 'var(--surface)', color: 'var(--text)' },
    '.cm-panels.cm-panels-top': { borderBottom: '1px solid var(--border)' },
    '.cm-textfield': { backgroundColor: 'var(--background)', color: 'var(--text)', border: '1px solid var(--border)', borderRadius: '4px' },
    '.cm-textfield:focus-visible, .cm-button:focus-visible, .cm-search [name=close]:focus-visible': { outline: '2px solid var(--accent)', outlineOffset: '1px' },
    '.cm-button': { backgroundImage: 'none', backgroundColor: 'var(--background)', color: 'var(--text)', border: '1px solid var(--border)', borderRadius: '4px' },
    '.cm-search [name=close]': { color: 'var(--muted)' },
    '.cm-searchMatch': { backgroundColor: 'color-mix(in srgb, #f2cc60 45%, transparent)', outline: '1px solid color-mix(in srgb, #f2cc60 80%, transparent)' },
    '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: 'color-mix(in srgb, #ff9632 55%, transparent)' },
    '.cm-selectionMatch': { backgroundColor: 'color-mix(in srgb, var(--selection) 60%, transparent)' },
  });
}
