import { basename, dirname, resolve, sep } from 'node:path';
import { isBlogRoot } from '../posts/post-files';

/**
 * The blog a posts folder plainly belongs to, recognised without asking:
 * the folder itself when it is a Jekyll site (a `_config.yml` or a `_posts`
 * folder), or the site holding it when it is that site's `_posts` or
 * `_drafts`. Null otherwise (the user chooses the blog).
 */
export async function recognisedBlogOf(folder: string): Promise<string | null> {
  const path = resolve(folder);
  if (await isBlogRoot(path).catch(() => false)) {
    return path;
  }
  const name = basename(path);
  if ((name === '_posts' || name === '_drafts') && (await isBlogRoot(dirname(path)).catch(() => false))) {
    return dirname(path);
  }
  return null;
}

/**
 * The Jekyll site `path` (a file or folder) belongs to: the nearest folder,
 * starting with `path`'s own folder (or `path` itself when it is a folder
 * that is a site root), that has a `_config.yml` or a `_posts` folder, at
 * most `levels` folders up. Null when there is none.
 */
export async function findBlogRootOf(path: string, levels = 4): Promise<string | null> {
  let current = resolve(path);
  for (let level = 0; level <= levels; level += 1) {
    if (await isBlogRoot(current).catch(() => false)) {
      return current;
    }
    const parent = dirname(current);
    if (parent === current) {
      break;
    }
    current = parent;
  }
  return null;
}

/**
 * The `_posts` folder a path is in (the innermost one) and the folder that
 * holds it, or null when the path is not in a `_posts` folder.
 */
export function postsFolderOf(path: string): { postsFolder: string; siteFolder: string } | null {
  const parts = resolve(path).split(sep);
  const index = parts.lastIndexOf('_posts');
  if (index <= 0 || index === parts.length - 1) {
    return null;
  }
  const postsFolder = parts.slice(0, index + 1).join(sep) || sep;
  return { postsFolder, siteFolder: dirname(postsFolder) };
}

/** True when `inner` is `outer` or inside it (both absolute, resolved). */
export function isWithin(inner: string, outer: string): boolean {
  const from = resolve(outer);
  const to = resolve(inner);
  return to === from || to.startsWith(from.endsWith(sep) ? from : from + sep);
}
