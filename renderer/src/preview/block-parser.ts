import type { Env } from 'markdown-it';
import { createKramdownBlockParser } from './kramdown/kramdown-markdown';

/** A link reference definition's target, as markdown-it stores it in `env.references`. */
export type Reference = NonNullable<Env['references']>[string];

/** A top-level block of a text, as markdown-it's block parser found it. */
export interface ParsedBlock {
  /** Zero-based line where the block starts. */
  readonly start: number;
  /** Zero-based line just after the block. */
  readonly end: number;
  /** The type of its first token: `paragraph_open`, `fence`, `html_block`... */
  readonly type: string;
  /** An `html_block`'s raw HTML, else ''. */
  readonly html: string;
}

/** A link reference definition (`[label]: url "title"`), which renders nothing and belongs to no block. */
export interface Definition {
  /** Zero-based line where it starts. */
  readonly line: number;
  /** The normalized label. */
  readonly label: string;
  /** Its target; null for a repeated label, which markdown-it reads but does not keep. */
  readonly reference: Reference | null;
}

/** A text cut into top-level blocks. */
export interface ParsedText {
  readonly text: string;
  /** The offset where each line starts (a text ending in a line break ends with an empty line). */
  readonly lineStarts: readonly number[];
  readonly blocks: readonly ParsedBlock[];
  readonly definitions: readonly Definition[];
}

/** How many lines past the changed ones a re-parse first reaches; doubled until the old blocks are met again. */
const firstReach = 48;

/** Offsets of every line's start. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) {
    starts.push(newline + 1);
  }
  return starts;
}

/** Compared a chunk at a time (one native string comparison), then a character at a time. */
const chunk = 2048;

/** How many characters `a` and `b` share at the start. */
function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  while (length + chunk <= limit && a.slice(length, length + chunk) === b.slice(length, length + chunk)) {
    length += chunk;
  }
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) {
    length += 1;
  }
  return length;
}

/** How many characters, at most `limit`, `a` and `b` share at the end. */
function commonSuffixLength(a: string, b: string, limit: number): number {
  let length = 0;
  while (length + chunk <= limit && a.slice(a.length - length - chunk, a.length - length) === b.slice(b.length - length - chunk, b.length - length)) {
    length += chunk;
  }
  while (length < limit && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) {
    length += 1;
  }
  return length;
}

/** The last line starting at or before `offset`. */
function lineAt(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return low;
}

/** The first line at or after `line` that holds more than spaces and tabs (markdown-it's `isEmpty`), or the line count. */
function nextNonBlank(text: string, lineStarts: readonly number[], line: number): number {
  for (let index = line; index < lineStarts.length; index += 1) {
    const end = index + 1 < lineStarts.length ? lineStarts[index + 1]! - 1 : text.length;
    for (let at = lineStarts[index]!; at < end; at += 1) {
      const code = text.charCodeAt(at);
      if (code !== 0x20 && code !== 0x09) {
        return index;
      }
    }
  }
  return lineStarts.length;
}

/**
 * Creates a full block parse: markdown-it's block rules only (no inline
 * parsing; kramdown's block syntax: footnotes, definition lists, abbreviations, extensions), top-level tokens turned into blocks, reference definitions
 * collected with their lines; every line number is shifted by `firstLine`.
 */
function createFullParse(): (text: string, firstLine: number) => { blocks: ParsedBlock[]; definitions: Definition[] } {
  const parser = createKramdownBlockParser();
  parser.core.ruler.enableOnly(['normalize', 'block']);
  return (text, firstLine) => {
    const env: Env = {};
    const blocks: ParsedBlock[] = [];
    const definitions: Definition[] = [];
    const seen = new Set<string>();
    for (const token of parser.parse(text, env)) {
      if (token.level !== 0 || token.nesting === -1 || token.map === null) {
        continue;
      }
      const [start, end] = token.map;
      if (token.type === 'reference_definition') {
        const meta: unknown = token.meta;
        const label = typeof meta === 'object' && meta !== null && 'label' in meta && typeof meta.label === 'string' ? meta.label : '';
        definitions.push({ line: firstLine + start, label, reference: seen.has(label) ? null : (env.references?.[label] ?? null) });
        seen.add(label);
      } else {
        blocks.push({ start: firstLine + start, end: firstLine + end, type: token.type, html: token.type === 'html_block' ? token.content : '' });
      }
    }
    return { blocks, definitions };
  };
}

/**
 * Creates a block parser that re-parses only around what changed since its
 * last text. Why that gives what a full parse gives: markdown-it's top-level
 * loop reads forward only, so the blocks from a top-level position on depend
 * only on the lines from there on; and a block rule that ends a block at line
 * `e` reads no line past the first non-blank line at or after `e`, plus one
 * (a table's delimiter row). So the old blocks whose reading stopped before
 * the first changed line are kept; parsing restarts where the next one began,
 * on a slice of the new text long enough that the slice's end was not read
 * (a block start at least two lines before it), and stops at the first block
 * start that lies in the unchanged tail and was a block start before: from
 * there the old blocks follow, shifted by the change in line count. When no
 * such start turns up, the slice grows until it reaches the end of the text.
 */
export function createBlockParser(): (text: string) => ParsedText {
  const fullParse = createFullParse();
  let last: ParsedText | null = null;

  const full = (text: string, lineStarts: readonly number[]): ParsedText => ({ text, lineStarts, ...fullParse(text, 0) });

  const incremental = (old: ParsedText, text: string, lineStarts: readonly number[]): ParsedText | null => {
    const oldText = old.text;
    const prefix = commonPrefixLength(oldText, text);
    const suffix = commonSuffixLength(oldText, text, Math.min(oldText.length, text.length) - prefix);
    if (prefix + suffix < text.length / 2) {
      return null; // mostly new text (another post): one full parse is cheaper than growing slices
    }
    const changedLine = lineAt(lineStarts, prefix);
    // Keep the old blocks whose reading ended before the changed line.
    let kept = 0;
    while (kept < old.blocks.length && nextNonBlank(oldText, old.lineStarts, old.blocks[kept]!.end) + 2 < changedLine) {
      kept += 1;
    }
    const restart = kept === 0 ? 0 : nextNonBlank(oldText, old.lineStarts, old.blocks[kept - 1]!.end);
    // Lines from `tailLine` on are in the unchanged tail, the same text as old line (line - shift).
    const shift = lineStarts.length - old.lineStarts.length;
    const tailLine = lineAt(lineStarts, text.length - suffix) + 1;
    const oldStarts = old.blocks.map((block) => block.start);
    const findOldStart = (line: number): number => {
      const index = lineAt(oldStarts, line);
      return oldStarts[index] === line ? index : -1;
    };
    for (let reach = Math.max(tailLine, restart) + firstReach; ; reach += reach - restart) {
      const sliceEnd = Math.min(lineStarts.length, reach);
      const slice = fullParse(text.slice(lineStarts[restart], sliceEnd < lineStarts.length ? lineStarts[sliceEnd] : text.length), restart);
      let blocks: ParsedBlock[] | null = null;
      let definitions: Definition[] = [];
      if (sliceEnd === lineStarts.length) {
        blocks = [...old.blocks.slice(0, kept), ...slice.blocks];
        definitions = [...old.definitions.filter((definition) => definition.line < restart), ...slice.definitions];
      } else {
        for (const [index, block] of slice.blocks.entries()) {
          const oldIndex = block.start >= tailLine && block.start + 2 < sliceEnd ? findOldStart(block.start - shift) : -1;
          if (oldIndex < 0) {
            continue;
          }
          const tail = old.blocks.slice(oldIndex).map((oldBlock) => ({ ...oldBlock, start: oldBlock.start + shift, end: oldBlock.end + shift }));
          blocks = [...old.blocks.slice(0, kept), ...slice.blocks.slice(0, index), ...tail];
          definitions = [
            ...old.definitions.filter((definition) => definition.line < restart),
            ...slice.definitions.filter((definition) => definition.line < block.start),
            ...old.definitions.filter((definition) => definition.line >= block.start - shift).map((definition) => ({ ...definition, line: definition.line + shift })),
          ];
          break;
        }
      }
      if (blocks !== null) {
        // A repeated label's target is not known; if it now comes first, only a full parse can tell it.
        const labels = new Set<string>();
        for (const definition of definitions) {
          if (!labels.has(definition.label) && definition.reference === null) {
            return null;
          }
          labels.add(definition.label);
        }
        return { text, lineStarts, blocks, definitions };
      }
    }
  };

  return (input) => {
    const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
    if (last !== null && last.text === text) {
      return last;
    }
    const lineStarts = lineStartsOf(text);
    last = (last === null ? null : incremental(last, text, lineStarts)) ?? full(text, lineStarts);
    return last;
  };
}
