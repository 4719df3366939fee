/** The blog's own main stylesheet, as found in the blog folder. */
export interface BlogStylesheet {
  /** The file it was read from. */
  readonly path: string;
  /** Its text, unchanged: the renderer scopes it to the preview and removes what could load anything. */
  readonly css: string;
}
