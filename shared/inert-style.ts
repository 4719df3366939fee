/**
 * Whether CSS is inert: it can neither load nor run anything. One rule for
 * the preview's sanitiser (renderer) and SVG pictures added to a blog (main).
 */
/** CSS functions and constructs that load a resource or run code when a declaration uses them. */
const activeCss = /url\(|image\(|image-set\(|cross-fade\(|element\(|src\(|paint\(|expression\(|@import|javascript:|vbscript:|-moz-binding|behaviou?r:/;

/** Decodes CSS escapes (`\75 rl(` spells `url(`) the way the CSS parser will. */
function decodeCssEscapes(css: string): string {
  return css
    .replace(/\\([0-9a-fA-F]{1,6})[ \t\n\r\f]?/g, (_, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
    })
    .replace(/\\\r?\n|\\([^\n])/g, (_, char: string | undefined) => char ?? '');
}

/**
 * True when a `style` attribute's CSS can neither load anything nor run
 * anything: after removing comments, decoding escapes and dropping
 * whitespace, it names no `url()`, `image-set()` or other loading function,
 * no `expression()`, `@import`, script URL or binding. Colours, fonts,
 * margins and the like pass, which is what posts use `style="…"` for.
 */
export function isInertStyle(css: string): boolean {
  const normalized = decodeCssEscapes(css.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ''))
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '')
    .replace(/\s+/g, '')
    .replace(/\p{Cc}+/gu, '')
    .toLowerCase();
  return !activeCss.test(normalized);
}
