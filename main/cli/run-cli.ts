import { parseArgs } from 'node:util';
import { CliError, exitCodes, type CliOutput } from './cli-io';
import { listCommand } from './list-command';

/** Printed by `inkpost --help` and after a usage error. */
export const usage = `Usage: inkpost <command> [options]

Commands:
  list <folder> [--json]   List the posts in a folder, newest first:
                           path, title, date, time, tags and layout.

Options:
  --json                   Print JSON instead of tab-separated lines.
  -h, --help               Show this help.
`;

/**
 * Runs the CLI with `args` (without `node` and the script) and returns the
 * exit code. Never throws: errors are written to `output.error`.
 */
export async function runCli(args: readonly string[], output: CliOutput): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: true,
      strict: true,
    });
    const [command, ...rest] = positionals;
    if (values.help === true || command === undefined) {
      output.out(usage);
      return command === undefined && values.help !== true ? exitCodes.failure : exitCodes.success;
    }
    if (command === 'list') {
      const [folder, extra] = rest;
      if (folder === undefined || extra !== undefined) {
        throw new CliError('list takes exactly one folder', exitCodes.failure, true);
      }
      return await listCommand(folder, values.json === true, output);
    }
    throw new CliError(`unknown command "${command}"`, exitCodes.failure, true);
  } catch (error) {
    if (error instanceof CliError) {
      output.error(`inkpost: ${error.message}\n`);
      if (error.showUsage) {
        output.error(usage);
      }
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      output.error(`inkpost: ${error.message}\n${usage}`);
      return exitCodes.failure;
    }
    output.error(`inkpost: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodes.failure;
  }
}
