import { readdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, parse, relative, sep } from 'node:path';
import { declaredMarker } from '../../../shared/posts/extended-marker';
import type { Problem } from '../../../shared/problem';
import { mapWithConcurrency } from '../disk/concurrency';
import { findBlogRootOf } from '../blog/blog-root';
import { findPostFiles } from '../posts/post-files';
import { checkedPostOf, readCheckedPost, type CheckedPost } from './checked-post';
import { checkDateKey, checkLayout, checkTags, checkTime } from './front-matter-rules';
import { checkMarker } from './marker-rules';
import { checkDatedName, checkUrlClash, publishedUrl } from './name-rules';
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

/** The day `today` falls on, as `YYYY-MM-DD` in local time (Jekyll compares post dates with the build machine's clock). */
function dayOf(today: Date): string {
  return `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
}

/** What checking one post of a folder needs to know about the others and the blog: read once per folder, reused for every post. */
export interface FolderCheckContext {
  readonly blogRoot: string | null;
  readonly layouts: ReadonlySet<string> | null;
  readonly knownMarkers: ReadonlySet<string>;
  readonly jekyll: JekyllRuleContext;
  /** The blog's posts and URLs for the link rules; null without a blog. */
  readonly links: LinkContext | null;
  readonly permalink: string | null;
  readonly timeZone: string | null;
  /** The blog's front matter `defaults` setting, as parsed. */
  readonly defaults: unknown;
  /** The posts Jekyll publishes at each URL, by path. */
  readonly pathsByUrl: ReadonlyMap<string, readonly string[]>;
}

/** A folder read for checking: the context, and each post file as read (its read problems, and the post when it could be checked). */
export interface FolderCheck {
  readonly context: FolderCheckContext;
  readonly files: readonly { readonly path: string; readonly post: CheckedPost | null; readonly problems: readonly Problem[] }[];
  /** Every post file read (the blog's too), by path, with the stamp of the file it was read from. */
  readonly read: ReadonlyMap<string, ReadPostFile>;
}

/** A post file as read for checking, and its size and modification time when read (null when they could not be had). */
export interface ReadPostFile {
  readonly post: CheckedPost | null;
  readonly problems: readonly Problem[];
  readonly stamp: string | null;
}

/** The file's size and modification time, or null. */
async function fileStamp(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    return `${info.size}:${info.mtimeMs}`;
  } catch {
    return null;
  }
}

/** The post at `path`, taken from `previous` when its file has the same size and time, else read. */
async function readPostFile(path: string, previous: FolderCheck | undefined): Promise<ReadPostFile> {
  const stamp = await fileStamp(path);
  const before = previous?.read.get(path);
  if (stamp !== null && before?.stamp === stamp) {
    return before;
  }
  return { ...(await readCheckedPost(path)), stamp };
}

/**
 * Reads every post under `folder` (a posts folder or a blog root) and what
 * the checks need of its blog; `today` is for tests. With `previous` (the
 * last read of the same folder), files whose size and time did not change
 * are taken from it, not read and parsed again.
 */
export async function readFolderCheck(folder: string, today: Date = new Date(), previous?: FolderCheck): Promise<FolderCheck> {
  const paths = await findPostFiles(folder);
  const blogRoot = await findBlogRootOf(folder);
  // Links and URLs are checked against the whole blog, also when only its _drafts or _posts are checked.
  const blogPaths = blogRoot === null || blogRoot === folder ? paths : [...new Set([...paths, ...(await findPostFiles(blogRoot))])];
  const [layouts, config] = await Promise.all([readLayouts(blogRoot), readBlogConfig(blogRoot)]);
  const read = new Map(await mapWithConcurrency(blogPaths, 32, async (path) => [path, await readPostFile(path, previous)] as const));
  const posts = [...read.values()].flatMap((result) => (result.post === null ? [] : [result.post]));
  const declared = new Set(posts.map((post) => declaredMarker(post.data)).filter((marker): marker is string => marker !== null));
  const pathsByUrl = new Map<string, string[]>();
  for (const post of posts) {
    const url = publishedUrl(post, blogRoot, config.postsPermalink, config.timezone, config.defaults);
    if (url !== null) {
      pathsByUrl.set(url, [...(pathsByUrl.get(url) ?? []), post.path]);
    }
  }
  const links: LinkContext | null = blogRoot === null
    ? null
    : { blogRoot, postPaths: blogRelativePaths(blogRoot, blogPaths), postUrls: new Set(pathsByUrl.keys()) };
  const context: FolderCheckContext = {
    blogRoot,
    layouts,
    knownMarkers: declared.size > 0 ? declared : new Set([defaultMarker]),
    jekyll: { future: config.future, hasPlugins: config.plugins.length > 0, today: dayOf(today) },
    links,
    permalink: config.postsPermalink,
    timeZone: config.timezone,
    defaults: config.defaults,
    pathsByUrl,
  };
  return { context, files: paths.map((path) => ({ path, post: read.get(path)?.post ?? null, problems: read.get(path)?.problems ?? [] })), read };
}

/** `path` as the blog names it (`_posts/2011-01-05-same.md`), for messages; as it is outside a blog. */
function inBlog(path: string, blogRoot: string | null): string {
  const inside = blogRoot === null ? null : relative(blogRoot, path);
  return inside === null || inside.startsWith('..') || isAbsolute(inside) ? path : inside.split(sep).join('/');
}

/**
 * Every rule of `inkpost check` on one post of the folder (see
 * {@link checkFolder}), against the folder's `context`: what the CLI
 * prints for the file, and what the editor shows as the post is written.
 */
export function checkFolderPost(post: CheckedPost, context: FolderCheckContext): Problem[] {
  const url = publishedUrl(post, context.blogRoot, context.permalink, context.timeZone, context.defaults);
  const others = url === null ? [] : (context.pathsByUrl.get(url) ?? []).filter((path) => path !== post.path);
  return [
    ...checkDatedName(post.path),
    ...(url === null ? [] : checkUrlClash(post.path, url, others.map((path) => inBlog(path, context.blogRoot)))),
    ...(context.links === null ? [] : checkLinks(post, context.links)),
    ...checkTime(post),
    ...checkTags(post),
    ...checkDateKey(post),
    ...checkLayout(post, context.layouts),
    ...checkMarker(post, context.knownMarkers),
    ...checkDuplicateKeys(post),
    ...checkPublished(post),
    ...checkFutureDate(post, context.jekyll),
    ...checkLiquid(post, context.jekyll),
  ];
}

/** Sorted as `inkpost check` prints problems: by path, line and column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((left, right) => left.path.localeCompare(right.path) || left.line - right.line || left.column - right.column);
}

/**
 * The problems of the post at `path` with the editor's `text` (not yet
 * saved), by the same rules as {@link checkFolder} against the folder's
 * `context`: the editor and the problems panel show what `inkpost check`
 * would print for this text.
 */
export function checkPostText(path: string, text: string, context: FolderCheckContext): Problem[] {
  const read = checkedPostOf(path, text);
  return sortProblems([...read.problems, ...(read.post === null ? checkDatedName(path) : checkFolderPost(read.post, context))]);
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
  return problemsOf(await readFolderCheck(folder, today));
}

/** Every problem of a folder read by {@link readFolderCheck}, sorted. */
export function problemsOf(check: FolderCheck): Problem[] {
  return sortProblems(check.files.flatMap((file) => [...file.problems, ...(file.post === null ? checkDatedName(file.path) : checkFolderPost(file.post, check.context))]));
}
