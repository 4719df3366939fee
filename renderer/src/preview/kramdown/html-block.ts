import type { MarkdownIt, StateBlock } from 'markdown-it';

/** HTML elements kramdown reads as span-level: a line starting with one is a paragraph, as in kramdown's `HTML_SPAN_ELEMENTS`. */
const spanElements = new Set([
  'a', 'abbr', 'acronym', 'b', 'big', 'bdo', 'br', 'button', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'img', 'input',
  'ins', 'kbd', 'label', 'mark', 'option', 'q', 'rb', 'rbc', 'rp', 'rt', 'rtc', 'ruby', 'samp', 'select', 'small',
  'span', 'strong', 'sub', 'sup', 'tt', 'u', 'var',
]);

/** Elements kramdown treats as block-level (`HTML_BLOCK_ELEMENTS`): inside a paragraph their tags are text. */
const blockElements = new Set([
  'address', 'article', 'aside', 'applet', 'body', 'blockquote', 'caption', 'col', 'colgroup', 'dd', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'head',
  'iframe', 'legend', 'menu', 'li', 'main', 'map', 'nav', 'ol', 'optgroup', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'th', 'thead', 'tfoot', 'tr', 'ul',
]);

/**
 * kramdown shows a block-level tag inside a paragraph (`text <div>`) as text,
 * not as HTML: markdown-it's inline HTML of such a tag becomes text.
 */
export function kramdownSpanBlockTags(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'kramdown_span_block_tags', (state) => {
    for (const block of state.tokens) {
      for (const token of block.type === 'inline' ? (block.children ?? []) : []) {
        const name = token.type === 'html_inline' ? /^<\/?([A-Za-z][\w-]*)/.exec(token.content)?.[1]?.toLowerCase() : undefined;
        if (name !== undefined && blockElements.has(name)) {
          token.type = 'text_special'; // text, but no smart quotes inside the tag: kramdown adds it as is
        }
      }
    }
  });
}

/** Elements that have no end tag (kramdown's `HTML_ELEMENTS_WITHOUT_BODY`). */
const voidElements = new Set(['area', 'base', 'br', 'col', 'command', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

const openTag = /^<([A-Za-z][\w:.-]*)(?:\s+[^\s>"'=/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*(\/?)>/;
const closeTag = /^<\/([A-Za-z][\w:.-]*)\s*>/;

/** Where the element opened by `name` at `from` ends (just after its end tag, same-name elements nested), or -1 without one. */
function elementEnd(src: string, name: string, from: number): number {
  const pattern = new RegExp(`<(/?)${name.replace(/[.]/g, '\\.')}(?=[\\s/>])[^>]*>`, 'gi');
  pattern.lastIndex = from;
  let depth = 1;
  for (let match = pattern.exec(src); match !== null; match = pattern.exec(src)) {
    if (match[1] === '/') {
      depth -= 1;
      if (depth === 0) {
        return match.index + match[0].length;
      }
    } else if (!match[0].endsWith('/>')) {
      depth += 1;
    }
  }
  return -1;
}

/** The line holding offset `offset` (at or after `startLine`). */
function lineOf(state: StateBlock, startLine: number, endLine: number, offset: number): number {
  let line = startLine;
  while (line + 1 < endLine && state.bMarks[line + 1]! <= offset) {
    line += 1;
  }
  return line;
}

/** Where a raw HTML block starting at `pos` ends (an offset in `src`), or -1 when the line starts no block HTML for kramdown. */
function rawBlockEnd(src: string, pos: number): number {
  if (src.startsWith('<!--', pos)) {
    const end = src.indexOf('-->', pos + 4);
    return end === -1 ? src.length : end + 3;
  }
  const tail = src.slice(pos, pos + 4096);
  const open = openTag.exec(tail);
  if (open === null) {
    return -1;
  }
  const name = open[1]!.toLowerCase();
  if (spanElements.has(name) || /\smarkdown\s*=/.test(open[0])) {
    return -1;
  }
  if (open[2] === '/' || voidElements.has(name)) {
    return pos + open[0].length;
  }
  return elementEnd(src, name, pos + open[0].length);
}

/**
 * kramdown's block HTML (with `parse_block_html` off, Jekyll's default): a
 * line that starts with a tag other than a span-level one starts raw HTML
 * that runs to the element's end tag, blank lines included, and is passed
 * through untouched; a line that starts with a span-level tag (`<img>`,
 * `<a>`, `<em>`) is an ordinary paragraph, so it is wrapped in `<p>` and its
 * Markdown is rendered. An element without an end tag runs to the next blank
 * line (kramdown would take the rest of the post, which the author rarely means).
 * Such a tag also ends a paragraph, as in kramdown.
 */
export function kramdownHtmlBlock(md: MarkdownIt): void {
  const paragraph = (md.block.ruler as unknown as { __rules__: { name: string; fn: (state: StateBlock, start: number, end: number, silent: boolean) => boolean }[] }).__rules__.find((rule) => rule.name === 'paragraph')!.fn;
  md.block.ruler.before('html_block', 'kramdown_html_block', (state, startLine, endLine, silent) => {
    if (state.sCount[startLine]! - state.blkIndent >= 4) {
      return false;
    }
    const pos = state.bMarks[startLine]! + state.tShift[startLine]!;
    const src = state.src;
    if (src.charCodeAt(pos) !== 0x3c) {
      return false;
    }
    const close = closeTag.exec(src.slice(pos, pos + 256));
    if (close !== null) {
      return silent && !spanElements.has(close[1]!.toLowerCase());
    }
    let end = rawBlockEnd(src, pos);
    if (end === -1) {
      const open = openTag.exec(src.slice(pos, pos + 4096));
      if (open !== null && spanElements.has(open[1]!.toLowerCase())) {
        return silent ? false : paragraph(state, startLine, endLine, false);
      }
      if (open === null || /\smarkdown\s*=/.test(open[0])) {
        return false; // not a tag, or Markdown inside: markdown-it's own HTML block rule
      }
      let blank = startLine + 1;
      while (blank < endLine && !state.isEmpty(blank)) {
        blank += 1;
      }
      end = state.bMarks[blank] ?? src.length;
    }
    if (silent) {
      return true;
    }
    const last = lineOf(state, startLine, endLine, Math.max(pos, end - 1));
    const nextLine = last + 1;
    const token = state.push('html_block', '', 0);
    token.map = [startLine, nextLine];
    token.content = state.getLines(startLine, nextLine, state.blkIndent, true);
    state.line = nextLine;
    return true;
  }, { alt: ['paragraph', 'reference', 'blockquote'] });
}
