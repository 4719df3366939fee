import { syntaxTree } from '@codemirror/language';
import type { Extension, Range } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';

/** Syntax nodes whose whole lines are code or data, not prose. */
const codeBlocks = new Set(['Frontmatter', 'FencedCode', 'CodeBlock', 'HTMLBlock']);
/** Syntax nodes inside a line that are code, not prose. */
const inlineCode = new Set(['InlineCode', 'URL', 'HTMLTag', 'Autolink']);

const noSpellcheckLine = Decoration.line({ attributes: { spellcheck: 'false' } });
const noSpellcheckMark = Decoration.mark({ attributes: { spellcheck: 'false' } });

/** Lines and spans of the visible text that are front matter or code: the spellchecker leaves them alone. */
function codeDecorations(view: EditorView): DecorationSet {
  const found: Range<Decoration>[] = [];
  const lineStarts = new Set<number>();
  const { doc } = view.state;
  const tree = syntaxTree(view.state);
  for (const { from, to } of view.visibleRanges) {
    tree.iterate({
      from,
      to,
      enter: (node) => {
        if (codeBlocks.has(node.name)) {
          for (let position = Math.max(node.from, from); position <= Math.min(node.to, to); ) {
            const line = doc.lineAt(position);
            lineStarts.add(line.from);
            position = line.to + 1;
          }
          return false;
        }
        if (inlineCode.has(node.name)) {
          if (node.to > node.from) {
            found.push(noSpellcheckMark.range(node.from, node.to));
          }
          return false;
        }
        return undefined;
      },
    });
  }
  for (const lineStart of lineStarts) {
    found.push(noSpellcheckLine.range(lineStart));
  }
  return Decoration.set(found, true);
}

/**
 * Spellcheck on prose: the editor's text is `spellcheck="true"` (the system's
 * checker underlines misspellings; Electron offers the suggestions), except
 * the lines of the front matter, fenced and indented code and raw HTML
 * blocks, and inline code, URLs and HTML tags, which are marked
 * `spellcheck="false"` so names and code are not flagged. Only the visible
 * part is decorated, again as the view scrolls or the text changes.
 */
export function proseSpellcheck(): Extension {
  return [
    EditorView.contentAttributes.of({ spellcheck: 'true' }),
    ViewPlugin.fromClass(
      class {
        decorations: DecorationSet;
        constructor(view: EditorView) {
          this.decorations = codeDecorations(view);
        }
        update(update: ViewUpdate): void {
          if (update.docChanged || update.viewportChanged || syntaxTree(update.startState) !== syntaxTree(update.state)) {
            this.decorations = codeDecorations(update.view);
          }
        }
      },
      { decorations: (plugin) => plugin.decorations },
    ),
  ];
}
