import type { MarkdownIt, Token } from 'markdown-it';
import type { KramdownOptions } from './kramdown-options';

/** A header's text as GFM's id generator sees it: text and code, typographic characters included, no markup. */
function rawText(inline: Token): string {
  let text = '';
  for (const child of inline.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline' || child.type === 'text_special') {
      text += child.content;
    } else if (child.type === 'softbreak' || child.type === 'hardbreak') {
      text += '\n';
    }
  }
  return text;
}

/** kramdown-parser-gfm's `generate_gfm_header_id`, before numbering: lower case, only word characters, `-`, spaces and tabs, which become `-`. */
export function gfmHeaderId(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- \t]/gu, '').replace(/[ \t]/g, '-');
}

/** kramdown's `basic_generate_id`, before numbering: from the first ASCII letter, ASCII letters, digits, spaces and `-`; spaces become `-`; `section` when nothing is left. */
export function kramdownHeaderId(text: string): string {
  const id = text.replace(/^[^a-zA-Z]+/, '').replace(/[^a-zA-Z0-9 -]/g, '').replace(/ /g, '-').toLowerCase();
  return id === '' ? 'section' : id;
}

/**
 * Header ids as kramdown's `auto_ids` makes them (GFM input: from the
 * rendered text; kramdown input: from the source text), with the
 * `auto_id_prefix`. A header with an id of its own (`{#id}`) keeps it. Ids
 * repeated in a post are numbered by `numberHeadingIds`, over the whole post.
 */
export function kramdownHeaderIds(md: MarkdownIt, options: KramdownOptions): void {
  if (!options.autoIds) {
    return;
  }
  md.core.ruler.push('kramdown_header_ids', (state) => {
    const tokens = state.tokens;
    for (let index = 0; index + 1 < tokens.length; index += 1) {
      const open = tokens[index]!;
      if (open.type !== 'heading_open' || open.attrGet('id') !== null) {
        continue;
      }
      const inline = tokens[index + 1]!;
      const base = options.gfm ? gfmHeaderId(rawText(inline)) : kramdownHeaderId(inline.content);
      open.attrSet('id', options.autoIdPrefix + base);
      open.attrSet('data-auto-id', '');
    }
  });
}

/**
 * Numbers repeated generated ids in document order, as kramdown does over a
 * whole post: GFM input gives the second `intro` `intro-1`; kramdown input
 * gives it `intro-1` too. `ids` are the generated ids in order; returns them numbered.
 */
export function numberHeadingIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const count = seen.get(id);
    seen.set(id, (count ?? -1) + 1);
    return count === undefined ? id : `${id}-${count + 1}`;
  });
}
