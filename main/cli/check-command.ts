import { formatProblem } from '../../shared/problem';
import { checkFolder } from '../services/checks/check-folder';
import { exitCodes, type CliOutput } from './cli-io';
import { requireFolder } from './require-folder';

/**
 * `inkpost check <folder> [--json]`: prints every problem as
 * `path:line:col: error|warning: message` (or a JSON array of
 * `{ path, line, column, severity, message }`). Exit code 1 when any problem
 * is an error, 0 otherwise (warnings alone do not fail).
 */
export async function checkCommand(folderArgument: string, json: boolean, output: CliOutput): Promise<number> {
  const problems = await checkFolder(await requireFolder(folderArgument));
  if (json) {
    output.out(`${JSON.stringify(problems, null, 2)}\n`);
  } else {
    for (const problem of problems) {
      output.out(`${formatProblem(problem)}\n`);
    }
  }
  return problems.some((problem) => problem.severity === 'error') ? exitCodes.problems : exitCodes.success;
}
