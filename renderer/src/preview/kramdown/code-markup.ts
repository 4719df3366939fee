import type { MarkdownIt } from 'markdown-it';

/**
 * Code as Jekyll's kramdown with Rouge marks it up: a code block (fenced or
 * indented) in `<div class="language-ruby highlighter-rouge"><div
 * class="highlight"><pre class="highlight"><code>`, its language the fence's
 * or `defaultLang`; a code span gets `class="language-plaintext
 * highlighter-rouge"`. The code itself is shown as plain text: Rouge's
 * colouring spans are not reproduced. With `defaultLang` null only a fence
 * that names a language gets the wrapper. With `highlight` off (the blog
 * turned Rouge off) no block does: a fence's language is then a class of
 * its `<code>`.
 */
export function kramdownCodeMarkup(md: MarkdownIt, defaultLang: string | null, highlight = true): void {
  const escape = md.utils.escapeHtml;
  const block = (content: string, info: string): string => {
    const lang = info.trim().split(/\s+/)[0] ?? '';
    if (!highlight) {
      return `<pre><code${lang === '' ? '' : ` class="language-${escape(lang)}"`}>${escape(content)}</code></pre>\n`;
    }
    const chosen = lang === '' ? defaultLang : lang;
    const code = `<pre${chosen === null ? '' : ' class="highlight"'}><code>${escape(content)}</code></pre>`;
    return chosen === null ? `${code}\n` : `<div class="language-${escape(chosen)} highlighter-rouge"><div class="highlight">${code}</div></div>\n`;
  };
  md.renderer.rules['fence'] = (tokens, index) => block(tokens[index]!.content, tokens[index]!.info);
  md.renderer.rules['code_block'] = (tokens, index) => block(tokens[index]!.content, '');
  if (highlight && defaultLang !== null) {
    md.renderer.rules['code_inline'] = (tokens, index) => `<code class="language-${escape(defaultLang)} highlighter-rouge">${escape(tokens[index]!.content)}</code>`;
  }
  md.renderer.rules['s_open'] = () => '<del>';
  md.renderer.rules['s_close'] = () => '</del>';
}

/**
 * A code span that runs over a line break keeps the break, as kramdown
 * keeps it (CommonMark, and markdown-it, turn it into a space). Spans on
 * one line are left to markdown-it's own rule.
 */
export function kramdownCodeSpanBreaks(md: MarkdownIt): void {
  md.inline.ruler.before('backticks', 'kramdown_code_span_breaks', (state, silent) => {
    const src = state.src;
    if (src.charCodeAt(state.pos) !== 0x60 || (state.pos > 0 && src.charCodeAt(state.pos - 1) === 0x60)) {
      return false;
    }
    let start = state.pos;
    while (src.charCodeAt(start) === 0x60) {
      start += 1;
    }
    const fence = start - state.pos;
    const closing = new RegExp(`(?<!\`)\`{${fence}}(?!\`)`, 'g');
    closing.lastIndex = start;
    const found = closing.exec(src);
    if (found === null || found.index > state.posMax || !src.slice(start, found.index).includes('\n')) {
      return false;
    }
    if (!silent) {
      const raw = src.slice(start, found.index);
      const token = state.push('code_inline', 'code', 0);
      token.markup = '`'.repeat(fence);
      token.content = /^[ \n].*[ \n]$/s.test(raw) && /[^ \n]/.test(raw) ? raw.slice(1, -1) : raw;
    }
    state.pos = found.index + fence;
    return true;
  });
}
