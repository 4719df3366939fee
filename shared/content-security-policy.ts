/**
 * The Content-Security-Policies Inkpost serves, defined once: the app's
 * protocol handlers send them as headers (main/electron), the test harness
 * sends the same (test/harness/renderer-server.ts), and the renderer page
 * repeats the first in its `<meta>` tag (a unit test keeps them equal).
 */

/**
 * The renderer page's policy: nothing by default; scripts, styles, fonts and
 * fetches only from the app itself; pictures from the app, `data:` images
 * and the blog's pictures (`inkpost-blog:`); inline `style="…"` attributes
 * only (posts carry them; attributes cannot run script); no forms, frames,
 * plugins or `<base>`.
 */
export const rendererContentSecurityPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data: inkpost-blog:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-src 'none'; object-src 'none'";

/** A blog picture's policy: it is never a page of its own (an SVG opened directly runs nothing and loads nothing). */
export const blogAssetContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
