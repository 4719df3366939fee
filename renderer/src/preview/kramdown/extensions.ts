import type { MarkdownIt } from 'markdown-it';

const extensionStart = /^\{::(comment|nomarkdown|options)\b[^}]*?(\/)?\}/;

/**
 * kramdown's block extensions: `{::comment}` … `{:/comment}` becomes an HTML
 * comment (shown nowhere), `{::nomarkdown}` … `{:/nomarkdown}` passes its text
 * through as raw HTML, and `{::options … /}` renders nothing. The end may
 * also be written `{:/}`; without an end the extension runs to the end of the text.
 */
export function kramdownExtensions(md: MarkdownIt): void {
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
