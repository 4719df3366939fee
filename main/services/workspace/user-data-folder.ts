import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The name of Inkpost's folder inside the system's application-data folder. */
export const userDataFolderName = 'Inkpost';

/** What decides the user-data folder: a `--user-data-dir` given, else the platform's convention. */
export interface UserDataFolderContext {
  /** `--user-data-dir` from the command line (absolute), or undefined. */
  readonly argument?: string | undefined;
  readonly platform?: NodeJS.Platform;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly home?: string;
}

/** The system's application-data folder, as Electron's `app.getPath('appData')` finds it. */
function applicationDataFolder(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>, home: string): string {
  if (platform === 'win32') {
    return env['APPDATA'] ?? join(home, 'AppData', 'Roaming');
  }
  if (platform === 'darwin') {
    return join(home, 'Library', 'Application Support');
  }
  const xdg = env['XDG_CONFIG_HOME'];
  return xdg !== undefined && xdg !== '' ? xdg : join(home, '.config');
}

/**
 * Inkpost's user-data folder (preferences, window state, the journal, the
 * export records): the `--user-data-dir` given, else `Inkpost` in the
 * platform's application-data folder (`$XDG_CONFIG_HOME` or `~/.config` on
 * Linux, `~/Library/Application Support` on macOS, `%APPDATA%` on Windows).
 * The app sets Electron's `userData` path to it and the CLI uses it too, so
 * both find the same export records.
 */
export function userDataFolder(context: UserDataFolderContext = {}): string {
  if (context.argument !== undefined && context.argument !== '') {
    return resolve(context.argument);
  }
  const platform = context.platform ?? process.platform;
  return join(applicationDataFolder(platform, context.env ?? process.env, context.home ?? homedir()), userDataFolderName);
}
