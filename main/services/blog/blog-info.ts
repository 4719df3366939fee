import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { BlogInfo } from '../../../shared/blog/blog-info';
import { jekyllDefaultConventions } from '../../../shared/blog/blog-conventions';
import { permalinkPattern } from '../../../shared/blog/permalink';
import type { Workspace } from '../../../shared/post';
import { findBlogRootOf } from './blog-root';
import { inferBlogConventions } from '../export/blog-conventions';

/** The names of the layouts in `<blogDir>/_layouts` (file names without extension; hidden files skipped), sorted. */
async function layoutNames(blogDir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(blogDir, '_layouts'), { withFileTypes: true });
  } catch {
    return [];
  }
  const names = entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name.replace(/\.[^.]*$/, ''));
  return [...new Set(names)].sort((left, right) => left.localeCompare(right));
}

/**
 * The blog's permalink pattern from `_config.yml` (read as YAML 1.1, as
 * Jekyll reads it): Jekyll's default without a config or a `permalink` key,
 * null when the config cannot be read or the setting is not one Inkpost follows.
 */
async function configuredPermalink(blogDir: string): Promise<string | null> {
  let text: string;
  try {
    text = await readFile(join(blogDir, '_config.yml'), 'utf8');
  } catch {
    return permalinkPattern(undefined);
  }
  const document = parseDocument(text, { version: '1.1' });
  if (document.errors.length > 0) {
    return null;
  }
  const config: unknown = document.toJS();
  return permalinkPattern(typeof config === 'object' && config !== null ? (config as Record<string, unknown>)['permalink'] : undefined);
}

/**
 * What the form needs from the blog at `blogDir`: its layouts, permalink
 * pattern and key order. Without a blog: no layouts, Jekyll's default
 * permalink and key order.
 */
export async function readBlogInfo(blogDir: string | null): Promise<BlogInfo> {
  if (blogDir === null) {
    return { blogDir, layouts: [], permalink: permalinkPattern(undefined), keyOrder: jekyllDefaultConventions.keyOrder };
  }
  const [layouts, permalink, conventions] = await Promise.all([layoutNames(blogDir), configuredPermalink(blogDir), inferBlogConventions(blogDir)]);
  return { blogDir, layouts, permalink, keyOrder: conventions.keyOrder };
}

/** {@link readBlogInfo} for a window's folders: the chosen blog, else the blog the posts folder is in (a blog's `_drafts`), if any. */
export async function blogInfoFor(workspace: Workspace): Promise<BlogInfo> {
  return readBlogInfo(workspace.blogDir ?? (await findBlogRootOf(workspace.postsDir)));
}
