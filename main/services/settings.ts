import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from './atomic-write';

/** The user's settings, kept in `settings.json` in the user-data folder. */
export interface Settings {
  readonly version: 1;
  /** The posts folder opened last, or null before the first start. */
  readonly postsDir: string | null;
}

/** What loading the settings found, with a notice for the user when the file had to be set aside. */
export interface LoadedSettings {
  readonly settings: Settings;
  readonly notice: string | null;
}

const settingsSchema = z.object({
  version: z.literal(1),
  postsDir: z.string().min(1).nullable(),
});

/** Settings of a first start. */
export const defaultSettings: Settings = { version: 1, postsDir: null };

/** The settings file's path in a user-data folder. */
export function settingsPath(userDataDir: string): string {
  return join(userDataDir, 'settings.json');
}

/**
 * Loads the settings. A missing file gives the defaults. A file that is not
 * valid JSON or not valid settings is renamed aside (`settings.json.corrupt-<time>`)
 * so nothing is lost, and the defaults are used with a notice saying where it went.
 */
export async function loadSettings(userDataDir: string): Promise<LoadedSettings> {
  const path = settingsPath(userDataDir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { settings: defaultSettings, notice: null };
    }
    throw error;
  }
  try {
    return { settings: settingsSchema.parse(JSON.parse(text)), notice: null };
  } catch (error) {
    const backup = `${path}.corrupt-${Date.now()}`;
    await rename(path, backup);
    // A ZodError's message is its issues as JSON; prettifyError says it in words.
    const reason = error instanceof z.ZodError ? z.prettifyError(error).replace(/\n\s*/g, ' ') : error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { settings: defaultSettings, notice: `Settings file was unreadable (${reason}); kept it as ${backup} and started with defaults.` };
  }
}

/** Writes the settings atomically. */
export async function saveSettings(userDataDir: string, settings: Settings): Promise<void> {
  await writeFileAtomically(settingsPath(userDataDir), `${JSON.stringify(settings, null, 2)}\n`);
}
