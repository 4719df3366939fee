/**
 * Links from one post to another, written the way the blog already writes
 * them: `{% post_url 2010-01-08-slug %}` where its posts use that tag, else
 * the post's URL from the blog's permalink. Pure: main reads the posts
 * (`main/services/blog/render-context.ts`), the editor inserts the link.
 */

/** How a blog links to its own posts: Jekyll's `post_url` tag, or the post's URL. */
export type LinkStyle = 'post_url' | 'url';

/** The post linked to: its path inside the blog and the URL Jekyll gives it (without `baseurl`). */
export interface LinkedPost {
  readonly path: string;
  readonly url: string;
}

/** Whether a post's body uses `{% post_url %}` (outside `{% raw %}` regions, where Liquid is only shown). */
export function usesPostUrl(body: string): boolean {
  const text = body.replace(/\{%-?\s*raw\s*-?%\}[\s\S]*?(?:\{%-?\s*endraw\s*-?%\}|$)/g, '');
  return /\{%-?\s*post_url\s+[^\s%]+/.test(text);
}

/**
 * The blog's link style, learned from its posts (`usesPostUrl` of each):
 * `post_url` where some post uses the tag (the author knows it, and Jekyll
 * then checks every such link at build time), else `url`: the post's URL,
 * also for a blog whose posts link to no other post.
 */
export function inferLinkStyle(postsUsingPostUrl: number): LinkStyle {
  return postsUsingPostUrl > 0 ? 'post_url' : 'url';
}

/**
 * The name a post goes by in `{% post_url %}`: its path below `_posts`
 * without the extension, with the folders above `_posts` in front
 * (`_posts/2009/2009-01-02-x.md` is `2009/2009-01-02-x`; `news/_posts/2013-05-06-x.md` is `news/2013-05-06-x`).
 */
export function postUrlName(path: string): string {
  const below = path.replace(/^(.*\/)?_posts\//, (_match, prefix: string | undefined) => prefix ?? '');
  return below.replace(/\.[^./]+$/, '');
}

/**
 * Where a link to `post` points, in the blog's `style`: `{% post_url name %}`
 * (Jekyll adds the `baseurl` itself), or the post's URL, after
 * `{{ site.baseurl }}` when the blog sets a non-empty `baseurl`.
 */
export function postLinkTarget(post: LinkedPost, style: LinkStyle, baseurl: unknown): string {
  if (style === 'post_url') {
    return `{% post_url ${postUrlName(post.path)} %}`;
  }
  return typeof baseurl === 'string' && baseurl.replace(/\/+$/, '') !== '' ? `{{ site.baseurl }}${post.url}` : post.url;
}

/**
 * A Markdown link `[text](target)`: brackets and backslashes in the text are
 * escaped so they stay text; a target with spaces or parentheses (not a
 * Liquid tag, which Jekyll replaces before Markdown) goes in `<…>`.
 */
export function markdownLink(text: string, target: string): string {
  const label = text.replace(/([\\[\]])/g, '\\$1');
  const destination = !target.startsWith('{%') && /[\s()]/.test(target) ? `<${target}>` : target;
  return `[${label}](${destination})`;
}
