/** Elements that never have a closing tag. */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** A comment, or a start or end tag with its attributes (quoted values may hold `>`). */
const tagPattern = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/**
 * How many elements a raw HTML block leaves open: start tags count one, end
 * tags minus one; void elements, self-closed tags and comments nothing. A
 * `<div>` line followed by Markdown and a later `</div>` gives 1 and then -1,
 * which is how the preview knows to render those blocks together, as a whole
 * document render would nest them.
 */
export function openElementCount(html: string): number {
  let count = 0;
  for (const match of html.matchAll(tagPattern)) {
    const name = match[2]?.toLowerCase();
    if (name === undefined || voidElements.has(name) || match[3] === '/') {
      continue;
    }
    count += match[1] === '/' ? -1 : 1;
  }
  return count;
}

/** Elements posts wrap Markdown in (a note box, a figure, a centred section...). */
const wrapperElements = new Set(['div', 'section', 'article', 'aside', 'figure', 'details', 'blockquote', 'center', 'header', 'footer', 'main', 'nav', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'ul', 'ol', 'li', 'dl', 'dd', 'dt']);

/** Elements whose content is raw text or foreign markup: an unclosed one swallows whatever follows. */
const swallowingElements = /<(?:script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext|template|svg|math)\b/i;

/**
 * How many wrapper elements a raw HTML block opens and leaves open, for
 * rendering it together with the blocks that follow (see `openElementCount`):
 * only when its first tag is a wrapper (`<div>`, `<figure>`, `<details>`...),
 * and never when it holds raw-text or foreign elements (`<style>`, `<svg>`...),
 * which would swallow the following blocks into their text. Otherwise 0: the
 * block stands alone.
 */
export function openWrapperCount(html: string): number {
  const first = /^\s*<([A-Za-z][A-Za-z0-9-]*)/.exec(html)?.[1]?.toLowerCase();
  if (first === undefined || !wrapperElements.has(first) || swallowingElements.test(html)) {
    return 0;
  }
  return Math.max(0, openElementCount(html));
}
