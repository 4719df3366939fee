/** Replace `from`..`to` (offsets into one text) with `insert`. An empty range is a pure insertion. */
export interface Splice {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** Line lookups over a text whose lines end with `\n`. */
export class LineTable {
  readonly text: string;
  private readonly starts: number[];

  constructor(text: string) {
    this.text = text;
    this.starts = [0];
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
      this.starts.push(index + 1);
    }
  }

  /** How many lines the text has (a final `\n` starts an empty last line). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** The zero-based line holding `offset`. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  /** Where line `line` starts; the text's length past the last line. */
  lineStart(line: number): number {
    return line < this.starts.length ? (this.starts[line] ?? this.text.length) : this.text.length;
  }

  /** Where line `line` ends, before its `\n`. */
  lineEnd(line: number): number {
    const next = this.lineStart(line + 1);
    return line + 1 < this.starts.length ? next - 1 : next;
  }

  /** The text of line `line` without its `\n`. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** The zero-based column of `offset` on its line. */
  columnOf(offset: number): number {
    return offset - this.lineStart(this.lineOf(offset));
  }
}

/**
 * Applies non-overlapping splices to `text`. Splices starting at the same
 * offset apply in the order given, insertions before replacements. Throws when
 * two splices overlap: that is a bug, and guessing would mangle the post.
 */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const ordered = splices
    .map((splice, order) => ({ splice, order }))
    .sort((left, right) => left.splice.from - right.splice.from || rank(left.splice) - rank(right.splice) || left.order - right.order)
    .map((entry) => entry.splice);
  let result = '';
  let cursor = 0;
  for (const splice of ordered) {
    if (splice.from < cursor || splice.to < splice.from || splice.to > text.length) {
      throw new Error(`internal error: overlapping front matter edits at ${splice.from}`);
    }
    result += text.slice(cursor, splice.from) + splice.insert;
    cursor = splice.to;
  }
  return result + text.slice(cursor);
}

function rank(splice: Splice): number {
  return splice.from === splice.to ? 0 : 1;
}

/**
 * A text with `\r\n` line endings seen as `\n` text: the YAML is parsed and
 * edited in `\n` form, and the splices are mapped back so every untouched line
 * keeps its own ending.
 */
export class LineEndingMap {
  /** The text with each `\r\n` turned into `\n`. */
  readonly normalized: string;
  private readonly crlfNewlines: number[] = [];

  constructor(raw: string) {
    this.normalized = raw.replace(/\r\n/g, '\n');
    let removed = 0;
    for (let index = raw.indexOf('\r\n'); index !== -1; index = raw.indexOf('\r\n', index + 2)) {
      this.crlfNewlines.push(index - removed);
      removed += 1;
    }
  }

  /** The offset in the raw text of `offset` in the normalized text (before the `\r` of a line ending). */
  toRaw(offset: number): number {
    let low = 0;
    let high = this.crlfNewlines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.crlfNewlines[middle] ?? 0) < offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return offset + low;
  }

  /** Maps normalized splices onto the raw text, writing new line breaks as `eol`. */
  toRawSplices(splices: readonly Splice[], eol: string): Splice[] {
    return splices.map((splice) => ({
      from: this.toRaw(splice.from),
      to: this.toRaw(splice.to),
      insert: eol === '\n' ? splice.insert : splice.insert.replace(/\n/g, eol),
    }));
  }
}
