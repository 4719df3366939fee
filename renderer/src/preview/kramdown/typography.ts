import type { MarkdownIt } from 'markdown-it';
import { kramdownSmartQuotes } from './smart-quotes';

/** kramdown's typographic symbols, longest first, with the name `typographic_symbols` overrides them by. */
const symbols: readonly (readonly [string, string, string])[] = [
  ['---', 'mdash', '\u2014'],
  ['--', 'ndash', '\u2013'],
  ['...', 'hellip', '\u2026'],
  ['<< ', 'laquo_space', '\u00ab\u00a0'],
  [' >>', 'raquo_space', '\u00a0\u00bb'],
  ['<<', 'laquo', '\u00ab'],
  ['>>', 'raquo', '\u00bb'],
];

const pattern = /---|--|\.\.\.|<< | >>|<<|>>/g;

/**
 * kramdown's typographic symbols in text (not in code, not in autolinks):
 * `---` an em dash, `--` an en dash, `...` an ellipsis, `<<` and `>>`
 * guillemets; `overrides` (the `typographic_symbols` setting) changes what a
 * symbol shows as. Unlike markdown-it's `replacements`, `(c)`, `(tm)` and
 * `+-` stay as written, as in kramdown. `quotes` are the `smart_quotes`,
 * placed by kramdown's rules (smart-quotes.ts).
 */
export function kramdownTypography(md: MarkdownIt, overrides: Readonly<Record<string, string>>, quotes: readonly [string, string, string, string]): void {
  kramdownSmartQuotes(md, quotes);
  // `<<is>>` is guillemets around "is" in kramdown, never the tag `<is>`.
  md.inline.ruler.before('html_inline', 'kramdown_guillemets', (state, silent) => {
    if (!state.src.startsWith('<<', state.pos)) {
      return false;
    }
    if (!silent) {
      state.pending += '<<';
    }
    state.pos += 2;
    return true;
  });
  // kramdown shows `<mailto:a@b.c>` as its address, without the scheme.
  md.core.ruler.after('inline', 'kramdown_mailto_text', (state) => {
    for (const block of state.tokens) {
      const children = block.type === 'inline' ? (block.children ?? []) : [];
      children.forEach((token, index) => {
        const text = children[index + 1];
        if (token.type === 'link_open' && token.info === 'auto' && text?.type === 'text' && /^mailto:/i.test(text.content)) {
          text.content = text.content.slice('mailto:'.length);
        }
      });
    }
  });
  const replacement = new Map(symbols.map(([text, name, shown]) => [text, overrides[name] ?? shown]));
  md.core.ruler.at('replacements', (state) => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || block.children === null) {
        continue;
      }
      let insideAutolink = 0;
      for (const token of block.children) {
        if (token.type === 'link_open' && token.info === 'auto') {
          insideAutolink += 1;
        } else if (token.type === 'link_close' && token.info === 'auto') {
          insideAutolink -= 1;
        } else if (token.type === 'text' && insideAutolink === 0 && /--|\.\.\.|<<|>>/.test(token.content)) {
          token.content = token.content.replace(pattern, (found) => replacement.get(found) ?? found);
        }
      }
    }
  });
}
