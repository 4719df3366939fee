import { isPair, type Node, type Pair, type YAMLMap } from 'yaml';
import type { LineTable } from './source-text';
import { colonOffset, keyName, pairContentEnd } from './yaml-nodes';

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
}

/**
 * The lines of each top-level field, in source order. A field's lines run
 * from its key to the last line of its value; comment and blank lines after
 * it are not the field's.
 */
export function fieldSpans(map: YAMLMap | null, source: string, lines: LineTable): FieldSpan[] {
  return (map?.items ?? []).filter(isPair).map((pair) => {
    const keyStart = (pair.key as Node | null)?.range?.[0] ?? colonOffset(pair) ?? 0;
    const end = Math.max(pairContentEnd(pair, source), keyStart + 1);
    return {
      name: keyName(pair),
      pair,
      firstLine: lines.lineOf(keyStart),
      lastLine: lines.lineOf(end - 1),
      indent: lines.columnOf(keyStart),
    };
  });
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
