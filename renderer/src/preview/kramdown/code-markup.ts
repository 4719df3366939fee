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
