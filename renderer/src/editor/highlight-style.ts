import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

/** The syntax colours for light and dark mode, as custom properties on the editor (they follow `prefers-color-scheme` live). */
const light = {
  '--syntax-heading': '#0b4f9c',
  '--syntax-keyword': '#8250df',
  '--syntax-string': '#0a6640',
  '--syntax-number': '#b35900',
  '--syntax-comment': '#6e7781',
  '--syntax-name': '#953800',
  '--syntax-type': '#0550ae',
  '--syntax-meta': '#8c959f',
  '--syntax-link': '#0b5cad',
  '--syntax-code': '#6639ba',
  '--syntax-invalid': '#cf222e',
};
const dark: typeof light = {
  '--syntax-heading': '#79c0ff',
  '--syntax-keyword': '#d2a8ff',
  '--syntax-string': '#7ee2a8',
  '--syntax-number': '#ffa657',
  '--syntax-comment': '#8b949e',
  '--syntax-name': '#ffa198',
  '--syntax-type': '#a5d6ff',
  '--syntax-meta': '#6e7681',
  '--syntax-link': '#6cb0ff',
  '--syntax-code': '#d2a8ff',
  '--syntax-invalid': '#ff7b72',
};

/**
 * Markdown's own marks (headings, emphasis, links, code) and the tokens of
 * the code inside fenced blocks (keywords, strings, numbers, comments, ...)
 * for whatever language @codemirror/language-data loaded for the block.
 */
const inkpostHighlightStyle = HighlightStyle.define([
  { tag: tags.heading, color: 'var(--syntax-heading)', fontWeight: '600' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: [tags.link, tags.url], color: 'var(--syntax-link)' },
  { tag: tags.link, textDecoration: 'underline' },
  { tag: tags.monospace, color: 'var(--syntax-code)' },
  { tag: tags.quote, color: 'var(--syntax-comment)', fontStyle: 'italic' },
  { tag: [tags.processingInstruction, tags.contentSeparator, tags.meta, tags.documentMeta], color: 'var(--syntax-meta)' },
  { tag: [tags.keyword, tags.controlKeyword, tags.moduleKeyword, tags.operatorKeyword, tags.definitionKeyword, tags.modifier, tags.self], color: 'var(--syntax-keyword)' },
  { tag: [tags.string, tags.special(tags.string), tags.regexp, tags.escape, tags.character], color: 'var(--syntax-string)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom, tags.unit, tags.color], color: 'var(--syntax-number)' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment, tags.docComment], color: 'var(--syntax-comment)', fontStyle: 'italic' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName), tags.definition(tags.variableName), tags.macroName, tags.labelName], color: 'var(--syntax-name)' },
  { tag: [tags.typeName, tags.className, tags.namespace, tags.tagName, tags.attributeName, tags.propertyName], color: 'var(--syntax-type)' },
  { tag: tags.invalid, color: 'var(--syntax-invalid)' },
]);

/**
 * Syntax colours for the post and its fenced code blocks, in light and dark
 * mode (the system's choice, followed live through `prefers-color-scheme`).
 */
export function codeHighlighting(): Extension {
  return [
    syntaxHighlighting(inkpostHighlightStyle),
    EditorView.theme({
      '.cm-content': light,
      '@media (prefers-color-scheme: dark)': { '.cm-content': dark },
    }),
  ];
}
