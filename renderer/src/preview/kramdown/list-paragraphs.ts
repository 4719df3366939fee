import type { MarkdownIt, Token } from 'markdown-it';

/** One list item as the rule reads it: its first child when that is a paragraph, and what follows that paragraph. */
interface Item {
  /** The index of the item's first paragraph's `paragraph_open`, or null when the item starts otherwise. */
  readonly paragraph: number | null;
  /** A blank line follows the first paragraph. */
  readonly blankAfter: boolean;
  /** The item holds more than its first paragraph. */
  readonly more: boolean;
}

/** A line of the source that is empty, inside any blockquote markers. */
function isBlank(line: string | undefined): boolean {
  return line !== undefined && /^[ \t>]*$/.test(line);
}

/** The items of the list opened at `open`, and the index of its closing token. */
function itemsOf(tokens: readonly Token[], open: number, lines: readonly string[]): { items: Item[]; close: number } {
  const items: Item[] = [];
  let index = open + 1;
  const level = tokens[open]?.level ?? 0;
  while (index < tokens.length && !(tokens[index]?.level === level && tokens[index]?.type.endsWith('_list_close'))) {
    const first = tokens[index + 1];
    let end = index + 1;
    while (end < tokens.length && !(tokens[end]?.type === 'list_item_close' && tokens[end]?.level === level + 1)) {
      end += 1;
    }
    if (first?.type === 'paragraph_open') {
      let close = index + 2;
      while (tokens[close]?.type !== 'paragraph_close') {
        close += 1;
      }
      const after = first.map?.[1];
      items.push({ paragraph: index + 1, blankAfter: after !== undefined && isBlank(lines[after]), more: close + 1 < end });
    } else {
      items.push({ paragraph: null, blankAfter: false, more: true });
    }
    index = end + 1;
  }
  return { items, close: index };
}

/**
 * Which items' first paragraphs kramdown shows without `<p>`: an item whose
 * first paragraph is not followed by a blank line, or the last item when
 * only trailing blank lines follow it; the last item only when the list has
 * one item or an earlier item is already shown without `<p>` (or starts
 * with no paragraph).
 */
function transparentItems(items: readonly Item[]): boolean[] {
  return items.map((item, position) => {
    const last = position === items.length - 1;
    if (item.paragraph === null || (item.blankAfter && !(last && !item.more))) {
      return false;
    }
    if (!last || items.length === 1) {
      return true;
    }
    return items.slice(0, -1).some((earlier) => earlier.paragraph === null || !earlier.blankAfter);
  });
}

/**
 * List items as kramdown wraps them: markdown-it makes a whole list tight or
 * loose, kramdown decides item by item (its list parser's `transparent`
 * paragraphs). Only an item's first paragraph may go without `<p>`; any
 * later paragraph of an item keeps it.
 */
export function kramdownListParagraphs(md: MarkdownIt): void {
  md.core.ruler.after('block', 'kramdown_list_paragraphs', (state) => {
    const lines = state.src.split('\n');
    const tokens = state.tokens;
    for (let index = 0; index < tokens.length; index += 1) {
      const type = tokens[index]?.type;
      if (type !== 'bullet_list_open' && type !== 'ordered_list_open') {
        continue;
      }
      const { items } = itemsOf(tokens, index, lines);
      const transparent = transparentItems(items);
      const itemLevel = (tokens[index]?.level ?? 0) + 1;
      // Every paragraph directly in an item shows, except the transparent first ones.
      for (let at = index + 1; at < tokens.length && (tokens[at]?.level ?? 0) >= itemLevel; at += 1) {
        const token = tokens[at] as Token;
        if ((token.type === 'paragraph_open' || token.type === 'paragraph_close') && token.level === itemLevel + 1) {
          token.hidden = false;
        }
      }
      items.forEach((item, position) => {
        if (item.paragraph !== null && transparent[position] === true) {
          (tokens[item.paragraph] as Token).hidden = true;
          let close = item.paragraph + 1;
          while (tokens[close]?.type !== 'paragraph_close') {
            close += 1;
          }
          (tokens[close] as Token).hidden = true;
        }
      });
    }
  });
}

/**
 * With GFM input, kramdown ends a paragraph at a line that starts a numbered
 * list, whatever its number (`2008. was a good year` on a line of its own
 * starts a list), where CommonMark lets only `1.` interrupt a paragraph. A
 * paragraph terminator: the list rule itself then reads the list.
 */
export function kramdownGfmListInterrupt(md: MarkdownIt): void {
  md.block.ruler.before('list', 'kramdown_gfm_list_interrupt', (state, startLine, _endLine, silent) => {
    if (!silent || state.parentType !== 'paragraph' || state.sCount[startLine]! - state.blkIndent >= 4) {
      return false;
    }
    const line = state.src.slice(state.bMarks[startLine]! + state.tShift[startLine]!, state.eMarks[startLine]);
    return /^\d{1,9}\.[ \t]+\S/.test(line);
  }, { alt: ['paragraph'] });
}
