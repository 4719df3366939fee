import { readdir, stat } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { isPostFileName } from '../../../shared/posts/post-file-name';

/** Folders Jekyll never reads posts from, and that can be huge. */
const skippedFolders = new Set(['_site', '.jekyll-cache', '.sass-cache', 'node_modules', 'vendor', '.git', '.bundle']);

/**
 * True when `folder` is a Jekyll site root: it has a `_config.yml` (or
 * `.yaml`/`.toml`) or a `_posts` folder. Posts folders (a blog's `_drafts`,
 * `~/Documents/Inkpost`) are not.
 */
export async function isBlogRoot(folder: string): Promise<boolean> {
  const names = new Set(await readdir(folder));
  if (['_config.yml', '_config.yaml', '_config.toml'].some((name) => names.has(name))) {
    return true;
  }
  return names.has('_posts') && (await stat(join(folder, '_posts'))).isDirectory();
}

/** True when `folder` is a `_posts` or `_drafts` folder itself, whose subfolders Jekyll reads too (`_posts/2009/…`). */
export function isJekyllPostsFolder(folder: string): boolean {
  const name = basename(folder);
  return name === '_posts' || name === '_drafts';
}

/**
 * The post files under `root`, sorted by path. In a blog root these are the
 * files of every `_posts` folder (as Jekyll reads them: `en/news/_posts`,
 * `ja/news/_posts`, … and their subfolders) and of every `_drafts` folder;
 * folders Jekyll ignores (`_site`, hidden and other `_` folders,
 * `node_modules`, `vendor`) are skipped. In a `_posts` or `_drafts` folder
 * opened by itself, its files and its subfolders' files, as Jekyll reads
 * them. Elsewhere, the post files directly in `root`.
 */
export async function findPostFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  if (await isBlogRoot(root)) {
    await walkSite(root, (postsFolder) => collectPostFiles(postsFolder, true, found));
  } else {
    await collectPostFiles(root, isJekyllPostsFolder(root), found);
  }
  return found.sort();
}

/** True when a path is inside a `_posts` folder, which makes it a published post. */
export function isInPostsFolder(path: string): boolean {
  return path.split(sep).includes('_posts');
}

/**
 * The folders Inkpost writes posts into under `root`, sorted: in a blog root
 * every `_posts` and `_drafts` folder {@link findPostFiles} reads, with their
 * subfolders (not hidden ones); elsewhere `root` itself.
 */
export async function postFolders(root: string): Promise<string[]> {
  if (!(await isBlogRoot(root))) {
    return [root];
  }
  const folders: string[] = [];
  await walkSite(root, (postsFolder) => collectFolders(postsFolder, folders));
  return folders.sort();
}

async function collectFolders(folder: string, folders: string[]): Promise<void> {
  folders.push(folder);
  const entries = await readdir(folder, { withFileTypes: true });
  await Promise.all(entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => collectFolders(join(folder, entry.name), folders)));
}

/** Walks a site's folders as Jekyll does, calling `onPostsFolder` for each `_posts` and `_drafts` folder. */
async function walkSite(folder: string, onPostsFolder: (path: string) => Promise<void>): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => {
        const path = join(folder, entry.name);
        if (entry.name === '_posts' || entry.name === '_drafts') {
          return onPostsFolder(path);
        }
        if (entry.name.startsWith('.') || entry.name.startsWith('_') || skippedFolders.has(entry.name)) {
          return Promise.resolve();
        }
        return walkSite(path, onPostsFolder);
      }),
  );
}

async function collectPostFiles(folder: string, recursive: boolean, found: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  const subfolders: Promise<void>[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isFile() && isPostFileName(entry.name)) {
      found.push(path);
    } else if (recursive && entry.isDirectory() && !entry.name.startsWith('.')) {
      subfolders.push(collectPostFiles(path, true, found));
    }
  }
  await Promise.all(subfolders);
}
