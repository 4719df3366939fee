import { parseArgs } from 'node:util';
import { ServiceError } from '../services/disk/service-error';
import { ExportRecords } from '../services/export/export-record';
import { userDataFolder } from '../services/workspace/user-data-folder';
import { describeSystemError } from '../services/disk/system-error';
import { checkCommand } from './check-command';
import { CliError, exitCodes, type CliOutput } from './cli-io';
import { draftCommand } from './draft-command';
import { listCommand } from './list-command';
import { publishCommand } from './publish-command';
import { setCommand } from './set-command';
import { tagsCommand, tagsRenameCommand } from './tags-command';
import { unpublishCommand } from './unpublish-command';

/** The one line that follows a usage error's reason. */
export const helpHint = "Run 'inkpost --help' to see the commands and their options.\n";

/** Printed by `inkpost --help`. */
export const usage = `Usage: inkpost <command> [options]

Commands:
  list <folder> [--json]          List the posts in a folder or blog, newest first:
                                  path, title, date, time, tags and layout.
  check <folder> [--json]         Check every post; print path:line:col: severity: message,
                                  then the counts. Exit code 1 when there is an error.
  tags <folder> [--json]          List the tags with their number of posts.
  tags rename <old> <new> <folder>
                                  Rename or merge a tag in every post (only tags lines change).
  set <post> [--title T] [--time HH:MM] [--tags a,b] [--layout L]
                                  Change front matter fields; each changes only its own line,
                                  a new key goes where the blog puts it.
  draft "<title>" [--dir <folder>] [--blog <blog>]
                                  Create a draft <slug>.<ext> (in --dir, else <blog>/_drafts,
                                  else the current folder) with the blog's usual keys; print its path.
  publish <draft> [--blog <blog>] [--date YYYY-MM-DD] [--time HH:MM] [--replace | --keep-both] [--move]
                                  Export a draft to <blog>/_posts/YYYY-MM-DD-slug.<ext> in the blog's
                                  style; print its path. The date is the draft's (or --date); only an
                                  undated draft takes today's. Never overwrites another file unless
                                  --replace (or --keep-both: slug-2, ...); --move deletes the draft
                                  once the post is written. Exit code 1 on a conflict or a check error.
  unpublish <post>                Move a post back to the _drafts beside its _posts, byte for byte;
                                  print the draft's path.

publish and unpublish keep the export record in Inkpost's user-data folder, as the app
does: --user-data-dir <folder>, else Inkpost in $XDG_CONFIG_HOME or ~/.config (Linux),
~/Library/Application Support (macOS), %APPDATA% (Windows).

Options:
  --json                          Print JSON instead of text.
  -h, --help                      Show this help.

Exit codes: 0 success, 1 problems found, 2 usage or fatal error. Nothing is
written when a command fails.
`;

const options = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  title: { type: 'string' },
  time: { type: 'string' },
  tags: { type: 'string' },
  layout: { type: 'string' },
  dir: { type: 'string' },
  blog: { type: 'string' },
  date: { type: 'string' },
  replace: { type: 'boolean' },
  'keep-both': { type: 'boolean' },
  move: { type: 'boolean' },
  'user-data-dir': { type: 'string' },
} as const;

type OptionName = keyof typeof options;
type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

/** The export records the app keeps too: in `--user-data-dir`, else in Inkpost's user-data folder. */
function exportRecordsOf(values: Values): ExportRecords {
  return ExportRecords.in(userDataFolder({ argument: values['user-data-dir'] }));
}

/** One command: how many positionals it takes, which options it accepts, what it runs. */
interface Command {
  readonly positionals: number;
  readonly options: readonly OptionName[];
  readonly run: (args: readonly string[], values: Values, output: CliOutput) => Promise<number>;
}

const commands: Readonly<Record<string, Command>> = {
  list: { positionals: 1, options: ['json'], run: ([folder = ''], values, output) => listCommand(folder, values.json === true, output) },
  check: { positionals: 1, options: ['json'], run: ([folder = ''], values, output) => checkCommand(folder, values.json === true, output) },
  tags: { positionals: 1, options: ['json'], run: ([folder = ''], values, output) => tagsCommand(folder, values.json === true, output) },
  'tags rename': { positionals: 3, options: [], run: ([from = '', to = '', folder = ''], _values, output) => tagsRenameCommand(from, to, folder, output) },
  set: {
    positionals: 1,
    options: ['title', 'time', 'tags', 'layout'],
    run: ([post = ''], values, output) => setCommand(post, { title: values.title, time: values.time, tags: values.tags, layout: values.layout }, output),
  },
  draft: { positionals: 1, options: ['dir', 'blog'], run: ([title = ''], values, output) => draftCommand(title, { dir: values.dir, blog: values.blog }, output) },
  publish: {
    positionals: 1,
    options: ['blog', 'date', 'time', 'replace', 'keep-both', 'move', 'user-data-dir'],
    run: ([draft = ''], values, output) =>
      publishCommand(draft, { blog: values.blog, date: values.date, time: values.time, replace: values.replace, keepBoth: values['keep-both'], move: values.move }, exportRecordsOf(values), output),
  },
  unpublish: { positionals: 1, options: ['user-data-dir'], run: ([post = ''], values, output) => unpublishCommand(post, exportRecordsOf(values), output) },
};

/** Finds the command the positionals name (`tags rename` before `tags`) and the arguments left for it. */
function resolveCommand(positionals: readonly string[]): { name: string; command: Command; args: readonly string[] } {
  const [first = '', second = ''] = positionals;
  const twoWords = `${first} ${second}`;
  const name = commands[twoWords] !== undefined ? twoWords : first;
  const command = commands[name];
  if (command === undefined) {
    throw new CliError(`unknown command "${first}"`, exitCodes.failure, true);
  }
  const args = positionals.slice(name.split(' ').length);
  if (args.length !== command.positionals) {
    throw new CliError(`${name} takes ${command.positionals} argument${command.positionals === 1 ? '' : 's'}, got ${args.length}`, exitCodes.failure, true);
  }
  return { name, command, args };
}

/**
 * Runs the CLI with `args` (without `node` and the script) and returns the
 * exit code. Never throws: errors are written to `output.error`.
 */
export async function runCli(args: readonly string[], output: CliOutput): Promise<number> {
  let commandName = '';
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    if (values.help === true) {
      output.out(usage);
      return exitCodes.success;
    }
    if (positionals.length === 0) {
      throw new CliError('no command given', exitCodes.failure, true);
    }
    const { name, command, args: commandArgs } = resolveCommand(positionals);
    commandName = name;
    const given = (Object.keys(values) as OptionName[]).filter((option) => option !== 'help' && values[option] !== undefined);
    const foreign = given.filter((option) => !command.options.includes(option));
    if (foreign.length > 0) {
      throw new CliError(`${name} does not take --${foreign.join(', --')}`, exitCodes.failure, true);
    }
    return await command.run(commandArgs, values, output);
  } catch (error) {
    if (error instanceof CliError) {
      output.error(`inkpost: ${error.message}\n`);
      if (error.showUsage) {
        output.error(helpHint);
      }
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      output.error(`inkpost: ${error.message}\n${helpHint}`);
      return exitCodes.failure;
    }
    const described = describeSystemError(error, `${commandName === '' ? 'inkpost' : commandName} could not finish on`, 'The file it names was not changed (Inkpost swaps in a new copy only once it is whole)');
    if (described !== null) {
      output.error(`inkpost: ${described.message}\n`);
      return exitCodes.failure;
    }
    const message = error instanceof ServiceError || error instanceof Error ? error.message : String(error);
    output.error(`inkpost: ${message}\n`);
    return exitCodes.failure;
  }
}
