import { basename, relative, sep } from 'node:path';
import { withFrontMatterDefaults } from '../../../shared/blog/front-matter-defaults';
import { publishedPostUrl } from '../../../shared/blog/post-url';
import { parsePostFileName } from '../../../shared/posts/post-file-name';
import type { Problem } from '../../../shared/problem';
import { isInPostsFolder } from '../posts/post-files';
import { problemOnLine, type CheckedPost } from './checked-post';

/** The names Jekyll reads as posts: a date (Ruby's `Time.parse` reads it), a slug and an extension. */
const jekyllPostName = /^(\d{2,4})-(\d{1,2})-(\d{1,2})-[^/]*\.[^.]+$/;

/**
 * A file in a `_posts` folder needs a dated name: Jekyll skips it otherwise,
 * and stops on a month or day that cannot be (`2011-13-01`). A day the month
 * lacks (`2011-02-30`) Jekyll rolls over into the next month: a warning.
 */
export function checkDatedName(path: string): Problem[] {
  if (!isInPostsFolder(path)) {
    return [];
  }
  const match = jekyllPostName.exec(basename(path));
  if (match === null) {
    return [problemOnLine(path, 1, 'error', 'a post in _posts needs a name starting with a date, YYYY-MM-DD-slug.markdown: Jekyll skips this file')];
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    return [problemOnLine(path, 1, 'error', `${match[1]}-${match[2]}-${match[3]} is no date: Jekyll stops the build on it`)];
  }
  if (parsePostFileName(basename(path)).date === null) {
    const rolled = new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
    return [problemOnLine(path, 1, 'warning', `${match[1]}-${match[2]}-${match[3]} is not a day of that month: Jekyll dates the post ${rolled}`)];
  }
  return [];
}

/**
 * A post Jekyll would publish at the same `url` as `others` (paths): Jekyll
 * writes only one of them. The URL is {@link publishedUrl}; posts in
 * `_drafts` are not published and not compared. Without a permalink
 * Inkpost can follow, posts clash by date and slug.
 */
export function checkUrlClash(path: string, url: string, others: readonly string[]): Problem[] {
  return others.length === 0 ? [] : [problemOnLine(path, 1, 'error', `published at the same URL as ${others.join(', ')} (${url}): Jekyll writes only one of them`)];
}

/**
 * The URL Jekyll publishes `post` at (see {@link publishedPostUrl}), with
 * the blog's front matter `defaults` under its own, or null for a post it
 * does not publish by date.
 */
export function publishedUrl(post: CheckedPost, blogRoot: string | null, permalink: string | null, timeZone: string | null = null, defaults: unknown = undefined): string | null {
  if (!isInPostsFolder(post.path)) {
    return null;
  }
  const relativePath = blogRoot === null ? `_posts/${basename(post.path)}` : relative(blogRoot, post.path).split(sep).join('/');
  return publishedPostUrl({ relativePath, data: withFrontMatterDefaults(post.data, defaults, relativePath) }, permalink, timeZone);
}
