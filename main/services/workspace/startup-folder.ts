import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { PreferencesStore } from './preferences';
import { ensurePostsFolder } from '../posts/welcome-post';
import { recognisedBlogOf } from '../blog/blog-root';

/** Where the app starts. */
export interface StartupFolder {
  readonly postsDir: string;
  /** The blog for that folder: the one named on the command line, else the one remembered for it, else the one it plainly belongs to, else null. */
  readonly blogDir: string | null;
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then((info) => info.isDirectory(), () => false);
}

/**
 * Chooses the posts folder to open: the one named on the command line, else
 * the one opened last, else (first start) `<documents>/Inkpost`, which is
 * created with a welcome post; so is a remembered folder that is gone, with a
 * notice. The choice is remembered in the preferences,
 * and so is a blog named on the command line (for that folder).
 */
export async function chooseStartupFolder(input: {
  readonly argument: string | undefined;
  readonly blogArgument?: string | undefined;
  readonly preferences: PreferencesStore;
  readonly documentsDir: string;
}): Promise<StartupFolder> {
  const defaultFolder = join(input.documentsDir, 'Inkpost');
  let remembered = input.preferences.get().lastPostsDir;
  if (input.argument === undefined && remembered !== null && !(await isFolder(remembered))) {
    // Deleted, renamed, or on a drive that is not connected: it stays among the recent folders for when it is back.
    input.preferences.addNotice(`The posts folder opened last, ${remembered}, is not there any more (or not reachable); opened ${defaultFolder} instead.`);
    remembered = null;
  }
  const postsDir = resolve(input.argument ?? remembered ?? defaultFolder);
  if (input.argument === undefined && remembered === null) {
    await ensurePostsFolder(postsDir);
  }
  await input.preferences.rememberOpened(postsDir);
  if (input.blogArgument !== undefined) {
    await input.preferences.rememberForFolder(postsDir, { blogDir: resolve(input.blogArgument) });
  }
  return { postsDir, blogDir: input.preferences.folder(postsDir).blogDir ?? (await recognisedBlogOf(postsDir)) };
}
