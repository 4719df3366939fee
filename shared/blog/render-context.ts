import type { LinkStyle } from './post-link';

/** A post of the blog as Liquid sees it in `site.posts` and `{% post_url %}`. */
export interface RenderPost {
  /** Its path inside the blog (`_posts/2013-05-06-hello.md`, `news/_posts/…`). */
  readonly path: string;
  /** Its URL path (`/2013/05/06/hello.html`), without the blog's `baseurl`. */
  readonly url: string;
  readonly title: string;
  /** Its date as `YYYY-MM-DD` (from the front matter or the file name). */
  readonly date: string;
}

/**
 * What the preview needs of the blog to render Liquid as Jekyll does: the
 * `_config.yml` data (`site`), `_data` (`site.data`), the `_includes` files,
 * the posts (for `{% post_url %}` and `site.posts`) and the URLs of its other
 * documents (for `{% link %}`). Empty when the posts folder has no blog.
 */
export interface BlogRenderContext {
  /** `_config.yml` as Jekyll reads it, or null when the blog has none. */
  readonly config: Readonly<Record<string, unknown>> | null;
  /** `_data` files by name (`_data/authors.yml` is `authors`; folders nest). */
  readonly data: Readonly<Record<string, unknown>>;
  /** `_includes` files by their path inside `_includes` (`note.html`, `parts/x.html`). */
  readonly includes: Readonly<Record<string, string>>;
  /** The blog's posts, newest first. */
  readonly posts: readonly RenderPost[];
  /** How the blog's posts link to each other (see `inferLinkStyle`): what a new link to a post is written as. */
  readonly linkStyle: LinkStyle;
  /** URL paths of the blog's pages and collection documents by their path inside the blog (`_docs/history.md`). */
  readonly documents: Readonly<Record<string, string>>;
}

/** The context of a posts folder that belongs to no blog: Jekyll's defaults only. */
export const emptyRenderContext: BlogRenderContext = { config: null, data: {}, includes: {}, posts: [], linkStyle: 'url', documents: {} };
