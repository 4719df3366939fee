import { realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { findBlogRootOf } from './blog-root';
import { isPathInside } from '../disk/folder-scope';

/** What the blog may hand to the preview: pictures, by extension, with the type they are served as. */
const imageTypes: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.bmp': 'image/bmp',
  '.ico': 'image/x-icon',
  '.svg': 'image/svg+xml',
};

/** A blog file the preview may load, or why the request is refused (with the HTTP status to answer). */
export type BlogAsset =
  | { readonly ok: true; readonly file: string; readonly contentType: string }
  | { readonly ok: false; readonly status: 400 | 403 | 404; readonly reason: string };

function refused(status: 400 | 403 | 404, reason: string): BlogAsset {
  return { ok: false, status, reason };
}

/**
 * Why a request path (the URL's path, still percent-encoded, e.g.
 * `/images/x.gif`) can never name a file of the blog, or null when it may.
 * Stricter than a URL parser: encoded separators, backslashes, NUL and other
 * control characters, `.` and `..` segments, hidden names (`.git`, `.env`),
 * empty segments (`//etc`) and drive letters are refused outright rather
 * than normalised, so no spelling of a path can climb out of the folder.
 */
function syntaxProblem(requestPath: string): string | null {
  if (!requestPath.startsWith('/')) {
    return 'the path must start with /';
  }
  if (/%(?:2f|5c|00)/i.test(requestPath)) {
    return 'encoded separators and NUL are refused';
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return 'the path is not valid percent-encoding';
  }
  if (/[\\\p{Cc}]/u.test(decoded)) {
    return 'backslashes and control characters are refused';
  }
  const segments = decoded.slice(1).split('/');
  if (segments.some((segment) => segment === '' || segment.startsWith('.'))) {
    return 'empty, dot and hidden segments are refused';
  }
  if (/^[a-z]:/i.test(segments[0] ?? '')) {
    return 'absolute paths are refused';
  }
  return null;
}

/**
 * Resolves a site-root request path (`/images/x.gif`, percent-encoded as in
 * the URL) to a picture strictly under `blogDir`, or says why not: 400 for a
 * path no file of the blog can have (see {@link syntaxProblem}), 403 when
 * symbolic links lead outside the folder (checked on the real paths), 404
 * for a missing file or one that is not a picture. Only pictures are served:
 * the preview asks for nothing else, and the blog's config, drafts and
 * layouts stay out of reach.
 */
export async function resolveBlogAsset(blogDir: string, requestPath: string): Promise<BlogAsset> {
  const problem = syntaxProblem(requestPath);
  if (problem !== null) {
    return refused(400, problem);
  }
  const relativePath = decodeURIComponent(requestPath).slice(1);
  const contentType = imageTypes[extname(relativePath).toLowerCase()];
  if (contentType === undefined) {
    return refused(404, 'only pictures of the blog are served');
  }
  let rootReal: string;
  let target: string;
  try {
    rootReal = await realpath(blogDir);
    target = await realpath(join(rootReal, ...relativePath.split('/')));
  } catch {
    return refused(404, 'no such file in the blog');
  }
  if (!isPathInside(rootReal, target)) {
    return refused(403, 'the path leads outside the blog folder');
  }
  const stats = await stat(target).catch(() => null);
  if (stats === null || !stats.isFile()) {
    return refused(404, 'no such file in the blog');
  }
  return { ok: true, file: target, contentType };
}

/**
 * The folder whose site-root paths (`/images/x.gif`) the preview loads: the
 * chosen blog, else the Jekyll site the posts folder belongs to (a
 * `_drafts` or `_posts` folder of a blog), else null.
 */
export async function blogAssetsFolder(workspace: { readonly postsDir: string; readonly blogDir: string | null }): Promise<string | null> {
  return workspace.blogDir ?? (await findBlogRootOf(workspace.postsDir, 2));
}
