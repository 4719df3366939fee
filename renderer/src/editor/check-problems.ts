import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import type { EditorState, TransactionSpec } from '@codemirror/state';
import type { Problem } from '../../../shared/problem';

/** The problems as diagnostics of `state`'s text; a problem past the end of the text goes on its last line. */
export function diagnosticsOf(state: EditorState, problems: readonly Problem[]): Diagnostic[] {
  const doc = state.doc;
  return problems.map((problem) => {
    const line = doc.line(Math.min(Math.max(problem.line, 1), doc.lines));
    const from = Math.min(line.from + Math.max(problem.column - 1, 0), line.to);
    return { from, to: from === line.to ? from : line.to, severity: problem.severity, message: problem.message, source: 'inkpost check' };
  });
}

/**
 * The transaction that shows `inkpost check`'s `problems` of the open post
 * in the editor, replacing those shown before, as CodeMirror lint
 * diagnostics: the text from the problem's column to the end of its line
 * underlined (`cm-lintRange-error` or `-warning`), the message on hover.
 * They follow edits until the next check replaces them. No gutter, so the
 * text keeps its width.
 */
export function showCheckProblems(state: EditorState, problems: readonly Problem[]): TransactionSpec {
  return setDiagnostics(state, diagnosticsOf(state, problems));
}
