import { formatProblem } from '../../shared/problem';
import type { Problem } from '../../shared/problem';
import { checkFolder } from '../services/checks/check-folder';
import { findPostFiles } from '../services/posts/post-files';
import { exitCodes, type CliOutput } from './cli-io';
import { requireFolder } from './require-folder';

/** `n thing` or `n things`. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The last line of a text run: how many posts were checked and what was
 * found, e.g. "213 posts, no problems" or "213 posts: 1 error, 3 warnings in 4 posts".
 */
export function checkSummary(postCount: number, problems: readonly Problem[]): string {
  if (problems.length === 0) {
    return `${count(postCount, 'post')}, no problems`;
  }
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((problem) => problem.path)).size;
  const found = [errors > 0 ? count(errors, 'error') : '', warnings > 0 ? count(warnings, 'warning') : ''].filter((part) => part !== '');
  return `${count(postCount, 'post')}: ${found.join(', ')} in ${count(files, 'post')}`;
}

/**
 * `inkpost check <folder> [--json]`: prints every problem as
 * `path:line:col: error|warning: message`, then a last line with the counts
 * (see {@link checkSummary}) (or a JSON array of
 * `{ path, line, column, severity, message }`). Exit code 1 when any problem
 * is an error, 0 otherwise (warnings alone do not fail).
 */
export async function checkCommand(folderArgument: string, json: boolean, output: CliOutput): Promise<number> {
  const folder = await requireFolder(folderArgument);
  const problems = await checkFolder(folder);
  if (json) {
    output.out(`${JSON.stringify(problems, null, 2)}\n`);
  } else {
    for (const problem of problems) {
      output.out(`${formatProblem(problem)}\n`);
    }
    output.out(`${checkSummary((await findPostFiles(folder)).length, problems)}\n`);
  }
  return problems.some((problem) => problem.severity === 'error') ? exitCodes.problems : exitCodes.success;
}
