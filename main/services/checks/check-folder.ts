import { readdir } from 'node:fs/promises';
import { extname, join, parse } from 'node:path';
import { declaredMarker } from '../../../shared/posts/extended-marker';
import type { Problem } from '../../../shared/problem';
import { mapWithConcurrency } from '../disk/concurrency';
import { findBlogRootOf } from '../blog/blog-root';
import { findPostFiles } from '../posts/post-files';
import { readCheckedPost, type CheckedPost } from './checked-post';
import { checkDateKey, checkLayout, checkTags, checkTime } from './front-matter-rules';
import { checkMarker } from './marker-rules';
import { checkDatedName, checkUrlClashes, publishedUrl } from './name-rules';
import { blogRelativePaths, checkLinks, type LinkContext } from './link-rules';
import { checkDuplicateKeys, checkFutureDate, checkLiquid, checkPublished, type JekyllRuleContext } from './jekyll-rules';
import { readBlogConfig } from '../blog/blog-config';

/** The marker our reference blog uses, assumed when no post declares one. */
const defaultMarker = ':EXTENDED:';

/** The layout names of a blog's `_layouts` folder, or null when it has none. */
async function readLayouts(blogRoot: string | null): Promise<ReadonlySet<string> | null> {
  if (blogRoot === null) {
    return null;
  }
  try {
    const names = await readdir(join(blogRoot, '_layouts'));
    return new Set(names.filter((name) => extname(name) !== '').map((name) => parse(name).name));
  } catch {
    return null;
  }
}

/** The blog's posts and the URLs Jekyll gives them, for the link rules. */
function linkContext(blogRoot: string, paths: readonly string[], posts: readonly CheckedPost[], permalink: string | null, timeZone: string | null): LinkContext {
  const postUrls = new Set(posts.map((post) => publishedUrl(post, blogRoot, permalink, timeZone)).filter((url): url is string => url !== null));
  return { blogRoot, postPaths: blogRelativePaths(blogRoot, paths), postUrls };
}

/** The day `today` falls on, as `YYYY-MM-DD` in local time (Jekyll compares post dates with the build machine's clock). */
function dayOf(today: Date): string {
  return `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
}

/**
 * Checks every post under `folder` (a posts folder or a blog root) as Jekyll
 * will build it. Errors are what makes Jekyll fail or drop a post: front
 * matter Jekyll cannot load, a Liquid syntax error, a `date:` that is no
 * date, an undated name in `_posts`, an unknown layout, two posts at one
 * URL, text that is not UTF-8. Warnings are what renders otherwise than the
 * author likely meant: `tags` or `categories` as a string, a repeated key,
 * Liquid inside code, `time` unquoted, a `date:` naming another day than the
 * file name, a future date, `published: false`, marker problems. Problems
 * come sorted by path and line; `today` is for tests.
 */
export async function checkFolder(folder: string, today: Date = new Date()): Promise<Problem[]> {
  const paths = await findPostFiles(folder);
  const blogRoot = await findBlogRootOf(folder);
  const [layouts, config] = await Promise.all([readLayouts(blogRoot), readBlogConfig(blogRoot)]);
  const jekyll: JekyllRuleContext = { future: config.future, hasPlugins: config.plugins.length > 0, today: dayOf(today) };
  const read = await mapWithConcurrency(paths, 32, (path) => readCheckedPost(path));
  const posts = read.flatMap((result) => (result.post === null ? [] : [result.post]));
  const declared = new Set(posts.map((post) => declaredMarker(post.data)).filter((marker): marker is string => marker !== null));
  const knownMarkers = declared.size > 0 ? declared : new Set([defaultMarker]);
  const links = blogRoot === null ? null : linkContext(blogRoot, paths, posts, config.postsPermalink, config.timezone);
  const problems: Problem[] = [
    ...read.flatMap((result) => result.problems),
    ...paths.flatMap(checkDatedName),
    ...checkUrlClashes(posts, blogRoot, config.postsPermalink, config.timezone),
    ...(links === null ? [] : posts.flatMap((post) => checkLinks(post, links))),
    ...posts.flatMap((post) => [
      ...checkTime(post),
      ...checkTags(post),
      ...checkDateKey(post),
      ...checkLayout(post, layouts),
      ...checkMarker(post, knownMarkers),
      ...checkDuplicateKeys(post),
      ...checkPublished(post),
      ...checkFutureDate(post, jekyll),
      ...checkLiquid(post, jekyll),
    ]),
  ];
  return problems.sort((left, right) => left.path.localeCompare(right.path) || left.line - right.line || left.column - right.column);
}
