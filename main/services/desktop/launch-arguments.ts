import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** What Inkpost was asked to open on its command line. */
export interface LaunchArguments {
  /** The posts folder to open (absolute), or undefined to open the last one. */
  readonly postsDir: string | undefined;
  /** The blog's root (absolute), or undefined. */
  readonly blogDir: string | undefined;
  /** Where settings live instead of the system's user-data folder (tests use it), or undefined. */
  readonly userDataDir: string | undefined;
}

/** Where the command line came from. */
export interface LaunchContext {
  /**
   * True for the packaged app, whose `argv` is `[executable, ...arguments]`;
   * false for `electron <app> ...arguments`, where the app's path comes first.
   */
  readonly packaged: boolean;
  /** The folder relative paths are resolved in: the launching shell's working folder. */
  readonly workingDirectory: string;
}

/**
 * Reads Inkpost's command line: `inkpost-app <folder>` or
 * `--posts-dir <folder>` (which wins when both are given), `--blog-dir
 * <folder>` and `--user-data-dir <folder>`. Paths are made absolute against
 * the working folder, so a second launch from another shell (whose argv
 * reaches the first instance) opens the folder its user meant. Anything else
 * is ignored: Chromium's own switches (`--no-sandbox`, ...) and macOS's
 * `-psn_…` process serial number. Pure.
 */
export function parseLaunchArguments(argv: readonly string[], context: LaunchContext): LaunchArguments {
  const { values, positionals } = parseArgs({
    args: argv.slice(context.packaged ? 1 : 2),
    options: { 'posts-dir': { type: 'string' }, 'blog-dir': { type: 'string' }, 'user-data-dir': { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const folder = (value: unknown): string | undefined =>
    typeof value === 'string' && value.length > 0 ? resolve(context.workingDirectory, value) : undefined;
  return {
    postsDir: folder(values['posts-dir']) ?? folder(positionals.find((positional) => positional.length > 0)),
    blogDir: folder(values['blog-dir']),
    userDataDir: folder(values['user-data-dir']),
  };
}
