import { syntaxTree } from '@codemirror/language';
import { StateEffect, type Extension, type Range } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import { createSpellchecker, type Spellchecker } from './spellchecker';

/** Syntax nodes that are code or data, not prose: words inside them are never checked. */
const notProse = new Set(['Frontmatter', 'FencedCode', 'CodeBlock', 'HTMLBlock', 'InlineCode', 'URL', 'HTMLTag', 'Autolink', 'LinkLabel', 'CommentBlock', 'Comment']);

/** A word: letters, with apostrophes inside (`don't`). Words with digits or underscores are names, not prose. */
const wordPattern = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

const misspelledMark = Decoration.mark({ class: 'cm-misspelled' });
/** Sent when the worker answered: the plugin redraws its marks. */
const spellingKnown = StateEffect.define<null>();

/** True when the position lies in front matter, code, a URL or HTML. */
function inCode(view: EditorView, position: number): boolean {
  for (let node: ReturnType<ReturnType<typeof syntaxTree>['resolveInner']> | null = syntaxTree(view.state).resolveInner(position, 1); node !== null; node = node.parent) {
    if (notProse.has(node.name)) {
      return true;
    }
  }
  return false;
}

/** The prose words of the visible text, with their positions. */
function visibleWords(view: EditorView): { word: string; from: number; to: number }[] {
  const found: { word: string; from: number; to: number }[] = [];
  for (const { from, to } of view.visibleRanges) {
    const text = view.state.doc.sliceString(from, to);
    for (const match of text.matchAll(wordPattern)) {
      const start = from + (match.index ?? 0);
      const before = text[(match.index ?? 0) - 1] ?? '';
      const after = text[(match.index ?? 0) + match[0].length] ?? '';
      if (match[0].length < 2 || /[\d_]/.test(before + after) || inCode(view, start)) {
        continue;
      }
      found.push({ word: match[0].replace(/’/g, "'"), from: start, to: start + match[0].length });
    }
  }
  return found;
}

/**
 * Marks misspelled words of the prose (class `cm-misspelled`, a wavy
 * underline); hovering one shows suggestions in its tooltip. Front matter,
 * code, URLs and HTML are left alone. The checking runs in a worker on the
 * dictionary packaged with the app (see spell-worker.ts): no request leaves
 * the machine, unlike Chromium's own spellchecker, which downloads its
 * dictionaries and is therefore switched off (`spellcheck="false"`; main
 * turns it off in Electron too). Only the visible part is checked; each word
 * is asked once.
 */
export function proseSpellcheck(spellchecker: Spellchecker = createSpellchecker()): Extension {
  /** Word → correct, for every word the worker answered. */
  const known = new Map<string, boolean>();
  const plugin = ViewPlugin.fromClass(
    class {
      decorations: DecorationSet = Decoration.none;
      constructor(readonly view: EditorView) {
        this.refresh();
      }
      update(update: ViewUpdate): void {
        if (update.docChanged || update.viewportChanged || update.transactions.some((transaction) => transaction.effects.some((effect) => effect.is(spellingKnown))) || syntaxTree(update.startState) !== syntaxTree(update.state)) {
          this.refresh();
        }
      }
      refresh(): void {
        const words = visibleWords(this.view);
        const marks: Range<Decoration>[] = words.filter(({ word }) => known.get(word) === false).map(({ from, to }) => misspelledMark.range(from, to));
        this.decorations = Decoration.set(marks, true);
        const unknown = [...new Set(words.map(({ word }) => word).filter((word) => !known.has(word)))];
        if (unknown.length === 0) {
          return;
        }
        for (const word of unknown) {
          known.set(word, true); // asked: not asked again while the answer is on its way
        }
        spellchecker
          .misspelled(unknown)
          .then((misspelled) => {
            for (const word of misspelled) {
              known.set(word, false);
            }
            if (misspelled.size > 0) {
              this.view.dispatch({ effects: spellingKnown.of(null) });
            }
          })
          .catch((error: unknown) => console.warn('inkpost: spellcheck is off:', error));
      }
    },
    { decorations: (value) => value.decorations },
  );
  return [
    EditorView.contentAttributes.of({ spellcheck: 'false' }),
    plugin,
    EditorView.domEventHandlers({
      mouseover(event) {
        const mark = event.target instanceof Element ? event.target.closest('.cm-misspelled') : null;
        if (mark === null || mark.hasAttribute('title')) {
          return;
        }
        mark.setAttribute('title', 'Misspelled');
        spellchecker
          .suggest(mark.textContent ?? '')
          .then((suggestions) => mark.setAttribute('title', suggestions.length === 0 ? 'Misspelled: no suggestions' : `Misspelled. Did you mean: ${suggestions.join(', ')}?`))
          .catch(() => undefined);
      },
    }),
    EditorView.baseTheme({ '.cm-misspelled': { textDecoration: 'underline wavy #d93025', textDecorationSkipInk: 'none', textUnderlineOffset: '2px' } }),
  ];
}
