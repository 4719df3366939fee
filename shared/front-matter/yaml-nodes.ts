import { isAlias, isMap, isPair, isScalar, isSeq, type CST, type Node, type Pair, Scalar } from 'yaml';
import type { StringStyle } from './yaml-scalars';
import { psychPlainScalar, psychRefusesSymbol } from './psych-scalar';

/** A parsed node (or nothing) as the Document API hands it out. */
export type SourceNode = Node | null | undefined;

/** The offset just past the last character of a node's value, its comments and trailing line breaks excluded. */
export function contentEnd(node: Node, source: string): number {
  if (isScalar(node) || isAlias(node)) {
    const [start, end] = node.range ?? [0, 0];
    return isBlockScalar(node) ? blockScalarEnd(source, start, end) : end;
  }
  if (isSeq(node) || isMap(node)) {
    if (node.flow) {
      return node.range?.[1] ?? 0;
    }
    const last: unknown = node.items[node.items.length - 1];
    if (isPair(last)) {
      return pairContentEnd(last, source);
    }
    return last !== undefined && last !== null ? contentEnd(last as Node, source) : (node.range?.[1] ?? 0);
  }
  return 0;
}

/** The offset just past the last character of a `key: value` pair (the `:` when the value is empty). */
export function pairContentEnd(pair: Pair, source: string): number {
  const value = pair.value as SourceNode;
  if (value && !isEmptyScalar(value)) {
    return contentEnd(value, source);
  }
  const colon = colonOffset(pair);
  if (colon !== null) {
    return colon + 1;
  }
  return pair.key ? contentEnd(pair.key as Node, source) : 0;
}

/** The offset of the `:` between a pair's key and value, from its source tokens; null when it has none. */
export function colonOffset(pair: Pair): number | null {
  const token = (pair as { srcToken?: CST.CollectionItem }).srcToken;
  const colon = token?.sep?.find((item) => item.type === 'map-value-ind');
  return colon ? colon.offset : null;
}

/** The offsets of each `-` of a block list, from its source tokens; null when they cannot be found. */
export function dashOffsets(node: Node): number[] | null {
  const token = node.srcToken;
  if (token?.type !== 'block-seq') {
    return null;
  }
  const offsets = token.items.map((item) => item.start.find((part) => part.type === 'seq-item-ind')?.offset);
  return offsets.every((offset): offset is number => offset !== undefined) ? offsets : null;
}

/** True for a scalar with no source at all (`key:` with nothing after it). */
export function isEmptyScalar(node: Node): boolean {
  return isScalar(node) && node.range !== undefined && node.range !== null && node.range[0] === node.range[1];
}

/** True for `|` and `>` scalars. */
export function isBlockScalar(node: Node): boolean {
  return isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED);
}

/** True when the source gives the node an explicit tag (`!!str`) or an anchor (`&name`). */
export function hasProperties(node: Node): boolean {
  return node.tag !== undefined || ((isScalar(node) || isSeq(node) || isMap(node)) && node.anchor !== undefined);
}

/** How a scalar node's string is quoted; plain for everything else. */
export function stringStyleOf(node: SourceNode): StringStyle {
  if (isScalar(node)) {
    if (node.type === Scalar.QUOTE_DOUBLE) {
      return 'double';
    }
    if (node.type === Scalar.QUOTE_SINGLE) {
      return 'single';
    }
  }
  return 'plain';
}

/** The quoting most of a list's scalar items use (plain on a tie or when there are none). */
export function dominantStringStyle(items: readonly unknown[]): StringStyle {
  const counts: Record<StringStyle, number> = { plain: 0, single: 0, double: 0 };
  for (const item of items) {
    if (isScalar(item) && typeof item.value === 'string') {
      counts[stringStyleOf(item)] += 1;
    }
  }
  if (counts.double > counts.plain && counts.double >= counts.single) {
    return 'double';
  }
  return counts.single > counts.plain ? 'single' : 'plain';
}

/** The key of a pair as the parsed data names it: a plain key typed as Psych types it (`e8` is text, `1` the number 1), as {@link psychData} does. */
export function keyName(pair: Pair): string | null {
  const key = pair.key as SourceNode;
  if (key === null || key === undefined) {
    return '';
  }
  if (!isScalar(key)) {
    return null;
  }
  const typed = key.type === Scalar.PLAIN && key.tag === undefined && typeof key.source === 'string' ? psychPlainScalar(key.source) : key.value;
  if (typed instanceof Date) {
    return typed.toISOString();
  }
  const value: unknown = typed === psychRefusesSymbol ? null : typed;
  if (value === null || value === undefined) {
    return '';
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : null;
}

/** Every comment token in a CST subtree, in source order. */
export function commentTokens(token: unknown): CST.SourceToken[] {
  const found: CST.SourceToken[] = [];
  const visit = (part: unknown): void => {
    if (Array.isArray(part)) {
      part.forEach(visit);
      return;
    }
    if (typeof part !== 'object' || part === null) {
      return;
    }
    const record = part as Record<string, unknown>;
    if (record['type'] === 'comment') {
      found.push(part as CST.SourceToken);
      return;
    }
    for (const field of ['start', 'key', 'sep', 'value', 'end', 'items', 'props']) {
      visit(record[field]);
    }
  };
  visit(token);
  return found.sort((left, right) => left.offset - right.offset);
}

/** The end of a block scalar's last content line: its trailing line breaks and blank lines are not its text's end. */
function blockScalarEnd(source: string, start: number, end: number): number {
  let result = end;
  for (;;) {
    while (result > start && source[result - 1] === '\n') {
      result -= 1;
    }
    const lineStart = source.lastIndexOf('\n', result - 1) + 1;
    if (lineStart <= start || !/^ *$/.test(source.slice(lineStart, result))) {
      return result;
    }
    result = lineStart;
  }
}
