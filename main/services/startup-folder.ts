import { join } from 'node:path';
import { loadSettings, saveSettings } from './settings';
import { ensurePostsFolder } from './welcome-post';

/** Where the app starts, and anything the user should be told about it. */
export interface StartupFolder {
  readonly postsDir: string;
  /** A message for the user (settings were unreadable and set aside), or null. */
  readonly notice: string | null;
}

/**
 * Chooses the posts folder to open: the one named on the command line, else
 * the one opened last, else (first start) `<documents>/Inkpost`, which is
 * created with a welcome post. The choice is remembered in the settings.
 */
export async function chooseStartupFolder(input: {
  readonly argument: string | undefined;
  readonly userDataDir: string;
  readonly documentsDir: string;
}): Promise<StartupFolder> {
  const { settings, notice } = await loadSettings(input.userDataDir);
  const postsDir = input.argument ?? settings.postsDir ?? join(input.documentsDir, 'Inkpost');
  if (input.argument === undefined && settings.postsDir === null) {
    await ensurePostsFolder(postsDir);
  }
  if (settings.postsDir !== postsDir) {
    await saveSettings(input.userDataDir, { ...settings, postsDir });
  }
  return { postsDir, notice };
}
