import type { MarkdownIt } from 'markdown-it';

const extensionStart = /^\{::(comment|nomarkdown|options)\b[^}]*?(\/)?\}/;

/**
 * kramdown's block extensions: `{::comment}` … `{:/comment}` becomes an HTML
 * comment (shown nowhere), `{::nomarkdown}` … `{:/nomarkdown}` passes its text
 * through as raw HTML, and `{::options … /}` renders nothing. The end may
 * also be written `{:/}`; without an end the extension runs to the end of the text.
 * The same extensions inside a line, and the end-of-block marker `^`, too.
 */
export function kramdownExtensions(md: MarkdownIt): void {
  kramdownSpanExtensions(md);
  kramdownEndOfBlock(md);
  md.block.ruler.before('paragraph', 'kramdown_extension', (state, startLine, endLine, silent) => {
    if (state.sCount[startLine]! - state.blkIndent >= 4) {
      return false;
    }
    const pos = state.bMarks[startLine]! + state.tShift[startLine]!;
    const start = extensionStart.exec(state.src.slice(pos, state.eMarks[startLine]));
    if (start === null) {
      return false;
    }
    if (silent) {
      return true;
    }
    const name = start[1]!;
    const bodyStart = pos + start[0].length;
    let bodyEnd = bodyStart;
    let end = bodyStart;
    if (start[2] !== '/') {
      const endPattern = new RegExp(`\\{:/(?:${name})?\\}`, 'g');
      endPattern.lastIndex = bodyStart;
      const found = endPattern.exec(state.src);
      bodyEnd = found === null ? state.src.length : found.index;
      end = found === null ? state.src.length : found.index + found[0].length;
    }
    let nextLine = startLine;
    while (nextLine < endLine && state.bMarks[nextLine]! < end) {
      nextLine += 1;
    }
    const body = state.src.slice(bodyStart, bodyEnd).replace(/^\n/, '');
    const token = state.push('html_block', '', 0);
    token.map = [startLine, nextLine];
    token.content = name === 'comment' ? `<!-- ${body.replace(/-->/g, '-- >').trimEnd()} -->\n` : name === 'nomarkdown' ? body : '';
    state.line = nextLine;
    return true;
  }, { alt: ['paragraph'] });
}

const spanExtensionStart = /^\{::(comment|nomarkdown|options)\b[^}]*?(\/)?\}/;

/**
 * kramdown's span extensions, inside a line: `{::comment}…{:/}` becomes an
 * HTML comment, `{::nomarkdown}…{:/}` passes its text through as raw HTML,
 * `{::options … /}` and `{::comment/}` render nothing. Without its end
 * (`{:/}` or `{:/name}`) in the same paragraph an extension stays text, as
 * does one kramdown does not know (`{::something}`).
 */
function kramdownSpanExtensions(md: MarkdownIt): void {
  md.inline.ruler.before('text', 'kramdown_span_extension', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x7b || !state.src.startsWith('{::', state.pos)) {
      return false;
    }
    const start = spanExtensionStart.exec(state.src.slice(state.pos));
    if (start === null) {
      return false;
    }
    const name = start[1]!;
    const bodyStart = state.pos + start[0].length;
    let body = '';
    let end = bodyStart;
    if (start[2] !== '/') {
      const found = new RegExp(`\\{:/(?:${name})?\\}`).exec(state.src.slice(bodyStart));
      if (found === null) {
        return false;
      }
      body = state.src.slice(bodyStart, bodyStart + found.index);
      end = bodyStart + found.index + found[0].length;
    }
    if (!silent && name !== 'options' && (body !== '' || name === 'nomarkdown')) {
      const token = state.push('html_inline', '', 0);
      token.content = name === 'comment' ? `<!-- ${body.replace(/-->/g, '-- >')} -->` : body;
    }
    state.pos = end;
    return true;
  });
}

/**
 * kramdown's end-of-block marker: a line holding only `^` ends the block
 * before it (a paragraph, a list, a quote) and renders nothing, so two lists
 * or a list and an indented paragraph stay apart.
 */
function kramdownEndOfBlock(md: MarkdownIt): void {
  md.block.ruler.before('paragraph', 'kramdown_end_of_block', (state, startLine, _endLine, silent) => {
    if (state.sCount[startLine]! > state.blkIndent) {
      return false;
    }
    const line = state.src.slice(state.bMarks[startLine]! + state.tShift[startLine]!, state.eMarks[startLine]);
    if (!/^\^\s*$/.test(line)) {
      return false;
    }
    if (!silent) {
      state.line = startLine + 1;
    }
    return true;
  }, { alt: ['paragraph', 'blockquote', 'list'] });
}
