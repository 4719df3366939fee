import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

/** A Liquid error the preview found: one-based post line and Liquid's message. */
export interface LiquidProblemLine {
  readonly line: number;
  readonly message: string;
}

/** Replaces the Liquid errors marked in the editor (the preview sends them after each render). */
export const setLiquidProblems = StateEffect.define<readonly LiquidProblemLine[]>();

/**
 * Marks the lines where the preview found a Liquid error (class
 * `cm-liquid-error`, test id `editor-liquid-error`, the message as its
 * title); the marks follow edits until the next render replaces them.
 */
export function liquidProblemLines(): Extension {
  const field = StateField.define<DecorationSet>({
    create: () => Decoration.none,
    update(value, transaction) {
      let next = value.map(transaction.changes);
      for (const effect of transaction.effects) {
        if (effect.is(setLiquidProblems)) {
          const doc = transaction.state.doc;
          next = Decoration.set(effect.value.filter((problem) => problem.line >= 1 && problem.line <= doc.lines).map((problem) => Decoration.line({
            class: 'cm-liquid-error',
            attributes: { 'data-testid': 'editor-liquid-error', title: `Liquid error: ${problem.message}` },
          }).range(doc.line(problem.line).from)), true);
        }
      }
      return next;
    },
    provide: (decorations) => EditorView.decorations.from(decorations),
  });
  return [field, EditorView.baseTheme({ '.cm-liquid-error': { backgroundColor: 'color-mix(in srgb, #d33 14%, transparent)', borderLeft: '3px solid #d33' } })];
}
