import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from '../../../shared/problem';
import { problemAt, type CheckedPost } from './checked-post';

/** What the link rules need to know about the blog: where it is, its posts (blog-relative paths) and the URLs they get. */
export interface LinkContext {
  readonly blogRoot: string;
  /** Blog-relative paths of every post file, with `/` separators. */
  readonly postPaths: readonly string[];
  /** The URLs posts are published at. */
  readonly postUrls: ReadonlySet<string>;
}

/**
 * Links that break the blog: `{% post_url %}` naming no post and `{% link %}`
 * naming no file stop `jekyll build` (errors); a Markdown or HTML link or
 * image to a site path (`/images/x.png`) that is no file, post or page of
 * the blog shows readers a broken link or picture (a warning).
 */
export function checkLinks(post: CheckedPost, context: LinkContext): Problem[] {
  const bodyStart = post.text.length - post.body.length;
  const body = withoutRaw(post.body);
  const problems: Problem[] = [];
  for (const match of body.matchAll(/\{%-?\s*post_url\s+([^\s%]+)\s*-?%\}/g)) {
    const name = match[1] ?? '';
    if (!name.includes('{{') && !postUrlFinds(name, context.postPaths)) {
      problems.push(problemAt(post, bodyStart + (match.index ?? 0), 'error', `{% post_url ${name} %} names no post of the blog: Jekyll stops the build`));
    }
  }
  for (const match of body.matchAll(/\{%-?\s*link\s+([^\s%]+)\s*-?%\}/g)) {
    const path = match[1] ?? '';
    if (!path.includes('{{') && !existsSync(join(context.blogRoot, path))) {
      problems.push(problemAt(post, bodyStart + (match.index ?? 0), 'error', `{% link ${path} %} names no file of the blog: Jekyll stops the build`));
    }
  }
  for (const { offset, target, kind } of sitePathReferences(body)) {
    if (!sitePathExists(target, context)) {
      problems.push(problemAt(post, bodyStart + offset, 'warning', `${kind} ${target} is nowhere in the blog (no file, post or page): readers would see it broken`));
    }
  }
  return problems;
}

/** Blog-relative paths of `paths`, with `/` separators. */
export function blogRelativePaths(blogRoot: string, paths: readonly string[]): string[] {
  return paths.map((path) => relative(blogRoot, path).split(sep).join('/'));
}

/** As Jekyll's post_url: `2010-01-08-slug` (optionally `folder/2010-01-08-slug`) names `_posts/…` or `folder/_posts/…`. */
function postUrlFinds(name: string, postPaths: readonly string[]): boolean {
  const match = /^(.+\/)*(\d+-\d+-\d+)-(.*)$/.exec(name.replace(/^\//, ''));
  if (match === null) {
    return false;
  }
  const folder = match[1] ?? '';
  const file = `${match[2] ?? ''}-${match[3] ?? ''}`;
  return postPaths.some((path) => {
    const base = path.replace(/\.[^./]+$/, '');
    return base === `_posts/${folder}${file}` || base === `${folder}_posts/${file}`;
  });
}

/** Site-root links and images: Markdown `](/x)` and `![](/x)`, HTML `href="/x"` and `src="/x"`; not `//host` links. */
function sitePathReferences(body: string): { offset: number; target: string; kind: string }[] {
  const found: { offset: number; target: string; kind: string }[] = [];
  const patterns: [RegExp, string][] = [
    [/(!?)\[[^\]\n]*\]\((\/(?!\/)[^\s)]*)/g, 'markdown'],
    [/\b(src|href)\s*=\s*["'](\/(?!\/)[^"']*)["']/gi, 'html'],
  ];
  for (const [pattern, style] of patterns) {
    for (const match of body.matchAll(pattern)) {
      const target = match[2] ?? '';
      if (target.includes('{{') || target.includes('{%')) {
        continue;
      }
      const isImage = style === 'markdown' ? match[1] === '!' : (match[1] ?? '').toLowerCase() === 'src';
      found.push({ offset: (match.index ?? 0) + match[0].indexOf(target), target, kind: isImage ? 'the image' : 'the link' });
    }
  }
  return found;
}

function sitePathExists(target: string, context: LinkContext): boolean {
  let path: string;
  try {
    path = decodeURIComponent(target.replace(/[?#].*$/, ''));
  } catch {
    return true;
  }
  if (path === '/' || context.postUrls.has(path) || context.postUrls.has(`${path}/`) || context.postUrls.has(path.replace(/\/index\.html$/, '/'))) {
    return true;
  }
  const local = join(context.blogRoot, ...path.split('/'));
  if (!local.startsWith(context.blogRoot)) {
    return true;
  }
  const built = join(context.blogRoot, '_site', ...path.split('/'));
  const sources = [local, join(local, 'index.html'), join(local, 'index.md'), `${local}.html`, `${local}.md`, local.replace(/\.html$/, '.md'), local.replace(/\.html$/, '.markdown'), local.replace(/\.css$/, '.scss'), local.replace(/\.css$/, '.sass')];
  return [...sources, built, join(built, 'index.html')].some((candidate) => existsSync(candidate));
}

/** The body with `{% raw %}` regions blanked (same length), so their contents are not read as links or tags. */
function withoutRaw(body: string): string {
  return body.replace(/\{%-?\s*raw\s*-?%\}[\s\S]*?(?:\{%-?\s*endraw\s*-?%\}|$)/g, (region) => ' '.repeat(region.length));
}
