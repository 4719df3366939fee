import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BlogStylesheet } from '../../../shared/blog/blog-stylesheet';
import { isPathInside } from '../disk/folder-scope';

/** Where Jekyll blogs keep their main stylesheet, built (`_site`) first, then the sources, then the root. */
const stylesheetFolders: readonly string[] = ['_site/css', '_site/assets/css', '_site/assets', 'css', 'assets/css', 'assets', 'stylesheets', '.'];
/** The usual names of a blog's main stylesheet, tried before any other `.css` file of a folder. */
const preferredNames: readonly string[] = ['main.css', 'style.css', 'styles.css', 'site.css', 'screen.css'];
/** A larger file is not a blog's stylesheet the preview should parse. */
const maxBytes = 2 * 1024 * 1024;

/** The folder's stylesheet to use: a preferred name, else the first `.css` file by name; null when none. */
async function stylesheetIn(folder: string): Promise<string | null> {
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.toLowerCase().endsWith('.css') && !name.startsWith('.')).sort();
  const chosen = preferredNames.find((name) => names.includes(name)) ?? names[0];
  return chosen === undefined ? null : join(folder, chosen);
}

/**
 * The blog's own main stylesheet, for the preview's "blog style" view: the
 * first of `_site/css`, `_site/assets/css`, `_site/assets`, `css`,
 * `assets/css`, `assets`, `stylesheets` and the blog's root that holds a
 * `.css` file (`main.css`, `style.css`, `styles.css`, ... before others).
 * Only a file strictly inside the blog (symbolic links resolved), at most
 * 2 MiB; Sass sources are not compiled. The renderer scopes it to the
 * preview and drops what could load anything (see
 * renderer/src/preview/blog-style.ts). Null when the blog has none.
 */
export async function readBlogStylesheet(blogDir: string): Promise<BlogStylesheet | null> {
  const blogReal = await realpath(blogDir).catch(() => null);
  if (blogReal === null) {
    return null;
  }
  for (const folder of stylesheetFolders) {
    const candidate = await stylesheetIn(join(blogReal, folder));
    if (candidate === null) {
      continue;
    }
    const target = await realpath(candidate).catch(() => null);
    const stats = target === null ? null : await stat(target).catch(() => null);
    if (target === null || stats === null || !stats.isFile() || !isPathInside(blogReal, target) || stats.size > maxBytes) {
      continue;
    }
    return { path: candidate, css: await readFile(target, 'utf8') };
  }
  return null;
}
