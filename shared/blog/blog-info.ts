/** What the form panel needs to know about the blog the posts belong to. */
export interface BlogInfo {
  /** The Jekyll site root, or null when the posts folder belongs to no blog Inkpost can find. */
  readonly blogDir: string | null;
  /** The names of the blog's layouts (`_layouts/post.html` gives `post`), sorted. */
  readonly layouts: readonly string[];
  /**
   * The permalink pattern the blog's `_config.yml` sets (a built-in style
   * already expanded), Jekyll's default when it sets none, or null when the
   * setting is not one Inkpost can follow (see `permalinkPattern`).
   */
  readonly permalink: string | null;
  /** The order the blog writes front matter keys in: where the form puts a key a post does not have yet. */
  readonly keyOrder: readonly string[];
}
