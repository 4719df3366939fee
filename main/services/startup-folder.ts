import { join, resolve } from 'node:path';
import type { PreferencesStore } from './preferences';
import { ensurePostsFolder } from './welcome-post';

/** Where the app starts. */
export interface StartupFolder {
  readonly postsDir: string;
  /** The blog for that folder: the one named on the command line, else the one remembered for it, else null. */
  readonly blogDir: string | null;
}

/**
 * Chooses the posts folder to open: the one named on the command line, else
 * the one opened last, else (first start) `<documents>/Inkpost`, which is
 * created with a welcome post. The choice is remembered in the preferences,
 * and so is a blog named on the command line (for that folder).
 */
export async function chooseStartupFolder(input: {
  readonly argument: string | undefined;
  readonly blogArgument?: string | undefined;
  readonly preferences: PreferencesStore;
  readonly documentsDir: string;
}): Promise<StartupFolder> {
  const remembered = input.preferences.get().lastPostsDir;
  const postsDir = resolve(input.argument ?? remembered ?? join(input.documentsDir, 'Inkpost'));
  if (input.argument === undefined && remembered === null) {
    await ensurePostsFolder(postsDir);
  }
  await input.preferences.rememberOpened(postsDir);
  if (input.blogArgument !== undefined) {
    await input.preferences.rememberForFolder(postsDir, { blogDir: resolve(input.blogArgument) });
  }
  return { postsDir, blogDir: input.preferences.folder(postsDir).blogDir ?? null };
}
