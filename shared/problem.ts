/** How bad a problem is: an error stops an export; a warning is worth a look. */
export type ProblemSeverity = 'error' | 'warning';

/**
 * Something wrong with a post, located in its file: what `inkpost check`
 * prints as `path:line:col: severity: message`, and what the editor shows.
 */
export interface Problem {
  readonly path: string;
  /** 1-based line in the file. */
  readonly line: number;
  /** 1-based column in the line. */
  readonly column: number;
  readonly severity: ProblemSeverity;
  readonly message: string;
}

/** The one-line form of a problem, as compilers print it. */
export function formatProblem(problem: Problem): string {
  return `${problem.path}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}
