import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { LineTable } from './source-text';
import { colonOffset, isBlockScalar, keyName, pairContentEnd } from './yaml-nodes';

/** A top-level `key: value` field and the lines it occupies. */
export interface FieldSpan {
  /** The key as the parsed data names it (null for keys that are not scalars). */
  readonly name: string | null;
  readonly pair: Pair;
  /** Zero-based line of the key. */
  readonly firstLine: number;
  /** Zero-based line of the value's last character (a comment after it on that line belongs to the field). */
  readonly lastLine: number;
  /** Column of the key. */
  readonly indent: number;
  /** True when the value ends with a keep-chomped block scalar: blank lines right after the field would become part of it. */
  readonly keepsBlankLines: boolean;
}

/**
 * The lines of each top-level field, in source order. A field's lines run
 * from its key to the last line of its value; comment and blank lines after
 * it are not the field's, except the blank lines a keep-chomped block scalar
 * (`|+`, `>+`) ends with: they are its text.
 */
export function fieldSpans(map: YAMLMap | null, source: string, lines: LineTable): FieldSpan[] {
  return (map?.items ?? []).filter(isPair).map((pair) => {
    const keyStart = explicitKeyOffset(pair) ?? (pair.key as Node | null)?.range?.[0] ?? colonOffset(pair) ?? 0;
    const end = Math.max(pairContentEnd(pair, source), keyStart + 1);
    const keptEnd = keptBreaksEnd(pair.value as Node | null, source);
    return {
      name: keyName(pair),
      pair,
      firstLine: lines.lineOf(keyStart),
      lastLine: Math.max(lines.lineOf(end - 1), keptEnd === null ? 0 : lines.lineOf(keptEnd - 1)),
      indent: lines.columnOf(keyStart),
      keepsBlankLines: keptEnd !== null,
    };
  });
}

/**
 * Just past the last line break of a value that ends with a keep-chomped
 * block scalar (`|+`, `>+`, itself or as the last item or value inside it),
 * whose trailing blank lines are part of its text; null for other values.
 */
function keptBreaksEnd(node: Node | null | undefined, source: string): number | null {
  if (isScalar(node) && isBlockScalar(node)) {
    const [start, end] = node.range ?? [0, 0];
    return /^[|>][1-9]?\+/.test(source.slice(start, start + 3)) ? end : null;
  }
  if ((isSeq(node) || isMap(node)) && !node.flow) {
    const last: unknown = node.items[node.items.length - 1];
    return keptBreaksEnd((isPair(last) ? last.value : last) as Node | null, source);
  }
  return null;
}

/** Where a pair written with an explicit key (`? title` then `: value`) starts: its `?`; null for other pairs. */
function explicitKeyOffset(pair: Pair): number | null {
  const start = (pair as { srcToken?: { start?: readonly { type: string; offset: number }[] } }).srcToken?.start ?? [];
  return start.find((token) => token.type === 'explicit-key-ind')?.offset ?? null;
}

/**
 * The first line of the comment lines directly above a field (no blank line
 * between), so a key inserted before the field does not split it from its
 * comment; never above the previous field's last line.
 */
export function attachedCommentStart(field: FieldSpan, previous: FieldSpan | undefined, lines: LineTable): number {
  const floor = previous ? previous.lastLine + 1 : 0;
  let line = field.firstLine;
  while (line - 1 >= floor && /^[ \t]*#/.test(lines.lineText(line - 1))) {
    line -= 1;
  }
  return line;
}
