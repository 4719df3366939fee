import { type CST, Parser } from 'yaml';

/** A YAML source with spaces added at line starts, and the way back to the original offsets. */
export interface IndentedSource {
  readonly text: string;
  /** Maps an offset of `text` to the same place in the original source. */
  readonly toOriginal: (offset: number) => number;
}

/** A quoted scalar that never closes (or that a document marker interrupts): Psych refuses the front matter. */
export interface UnclosedQuote {
  /** Offset of its opening quote in the original source. */
  readonly unclosedAt: number;
}

interface Insertion {
  /** Offset where spaces were added (in the indented text: every insertion lies after the ones before it). */
  readonly at: number;
  readonly count: number;
}

/**
 * Psych (libyaml) ends a quoted scalar only at its closing quote, however
 * its continuation lines are indented: Jekyll reads
 *
 *     title: "Migrating To Ejabberd:
 *     The Gory Details"
 *
 * as one title. The `yaml` package requires continuation lines to be
 * indented, and refuses it ("Missing closing quote"). Leading white space of
 * a continuation line is not part of the value, so indenting such lines
 * changes nothing that Jekyll reads: this returns the source with every
 * under-indented continuation line of an unterminated quoted scalar
 * indented one column past the line the scalar starts on; null when no
 * scalar needs it; the opening quote's offset when one never closes, which
 * Psych refuses (the `yaml` package sometimes reads such a scalar as closed).
 */
export function indentQuotedContinuations(source: string): IndentedSource | UnclosedQuote | null {
  const insertions: Insertion[] = [];
  let text = source;
  let searchFrom = 0;
  for (let round = 0; round < 1000; round += 1) {
    const open = firstUnterminatedQuote(text, searchFrom);
    if (open === null) {
      break;
    }
    const close = closingQuote(text, open);
    if (close === null) {
      return { unclosedAt: originalOffset(insertions, open) };
    }
    const added = indentContinuationLines(text, open, close);
    if (added.length === 0) {
      // The parser's complaint is not about indentation: leave it to report.
      break;
    }
    let shift = 0;
    for (const insertion of added) {
      insertions.push({ at: insertion.at + shift, count: insertion.count });
      text = text.slice(0, insertion.at + shift) + ' '.repeat(insertion.count) + text.slice(insertion.at + shift);
      shift += insertion.count;
    }
    searchFrom = close + shift + 1;
  }
  if (insertions.length === 0) {
    return null;
  }
  return { text, toOriginal: (offset) => originalOffset(insertions, offset) };
}

/** The original offset of `offset` in the indented text: added spaces map to the line start they were added at. */
function originalOffset(insertions: readonly Insertion[], offset: number): number {
  let removed = 0;
  for (const insertion of insertions) {
    if (offset <= insertion.at) {
      break;
    }
    removed += Math.min(insertion.count, offset - insertion.at);
  }
  return offset - removed;
}

/** The offset of the first quoted scalar at or after `from` whose token the `yaml` parser ended before its closing quote. */
function firstUnterminatedQuote(text: string, from: number): number | null {
  let found: number | null = null;
  const consider = (token: CST.Token | undefined): void => {
    if (token === undefined) {
      return;
    }
    if ((token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') && token.offset >= from && !isTerminated(token.source)) {
      found = found === null ? token.offset : Math.min(found, token.offset);
    }
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) {
        consider(item.key ?? undefined);
        consider(item.value);
      }
    }
  };
  for (const token of new Parser().parse(text)) {
    if (token.type === 'document') {
      consider(token.value);
    }
  }
  return found;
}

function isTerminated(source: string): boolean {
  const quote = source[0];
  if (source.length < 2 || source[source.length - 1] !== quote) {
    return false;
  }
  return closingQuote(source, 0) === source.length - 1;
}

/** Where the quoted scalar opening at `open` closes, as libyaml scans it; null when it never does (or a document marker interrupts it). */
function closingQuote(text: string, open: number): number | null {
  const quote = text[open];
  let index = open + 1;
  while (index < text.length) {
    const character = text[index];
    if (character === '\n' && /^(?:---|\.\.\.)(?:[ \t\n]|$)/.test(text.slice(index + 1, index + 5))) {
      return null;
    }
    if (quote === '"' && character === '\\') {
      index += 2;
      continue;
    }
    if (character === quote) {
      if (quote === "'" && text[index + 1] === "'") {
        index += 2;
        continue;
      }
      return index;
    }
    index += 1;
  }
  return null;
}

/** Spaces to add at the start of each line between `open` and `close` that is indented no deeper than the opening line. */
function indentContinuationLines(text: string, open: number, close: number): Insertion[] {
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  const needed = leadingSpaces(text, lineStart) + 1;
  const insertions: Insertion[] = [];
  for (let newline = text.indexOf('\n', open); newline !== -1 && newline < close; newline = text.indexOf('\n', newline + 1)) {
    const start = newline + 1;
    const spaces = leadingSpaces(text, start);
    const rest = text[start + spaces];
    if (spaces < needed && rest !== '\n' && start + spaces < text.length) {
      insertions.push({ at: start, count: needed - spaces });
    }
  }
  return insertions;
}

function leadingSpaces(text: string, start: number): number {
  let index = start;
  while (text[index] === ' ') {
    index += 1;
  }
  return index - start;
}
