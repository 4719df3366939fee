import { isNode, isPair, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { FrontMatterValue } from './front-matter-value';
import { alignLists, type ListSlot } from './list-alignment';
import type { RewriteContext } from './rewrite-context';
import { blockListLines, flowText } from './serialize-value';
import { applySplices, type Splice } from './source-text';
import { sameValue } from './value-equality';
import type { WriteStyle } from './write-style';
import { contentEnd, dashOffsets, dominantStringStyle, hasProperties, stringStyleOf } from './yaml-nodes';

/** Edits one item of a list in place (the list's caller passes its own value rewriter). */
export type RewriteItem = (node: Node, next: FrontMatterValue, flow: boolean, context: RewriteContext) => Splice[] | null;

/**
 * A flow list rebuilt from its own pieces: `[`, the padding, each untouched
 * item's text and the separators and comments between items are kept; changed
 * items keep their quoting; new items take the list's usual quoting and
 * separator. The whole `[…]` is one splice.
 */
export function rewriteFlowList(node: YAMLSeq, next: readonly FrontMatterValue[], context: RewriteContext, rewriteItem: RewriteItem): Splice[] | null {
  const { source } = context;
  const items = node.items;
  if (!items.every((item): item is Node => isNode(item) && !isPair(item) && !hasProperties(item))) {
    return null;
  }
  const [start, end] = node.range ?? [0, 0];
  if (source[start] !== '[' || source[end - 1] !== ']') {
    return null;
  }
  const spans = items.map((item) => [item.range?.[0] ?? 0, item.range?.[1] ?? 0] as const);
  const gaps = [start + 1, ...spans.flatMap(([from, to]) => [from, to]), end - 1];
  // gap(i): the text before item i (after `[` or item i-1); gap(count): the text before `]`.
  const gap = (index: number): string => source.slice(gaps[index * 2] ?? 0, gaps[index * 2 + 1] ?? 0);
  const count = items.length;
  const lead = count > 0 ? gap(0) : context.style.flowPadding;
  const trail = count > 0 ? gap(count) : context.style.flowPadding;
  const separator = count >= 2 && /^[ \t]*,[ \t]*$/.test(gap(1)) ? gap(1) : ', ';
  const itemStyle: WriteStyle = { ...context.style, flowPadding: flowPaddingOf(node, context), stringStyle: dominantStringStyle(items) };
  const { slots } = alignLists(items.map((item) => item.toJS(context.document) as unknown), next, sameValue);
  if (slots.length === 0) {
    return [{ from: start, to: end, insert: '[]' }];
  }
  let text = '[';
  for (const [index, slot] of slots.entries()) {
    text += index === 0 ? lead : slot.kind !== 'insert' && slot.old >= 1 ? gap(slot.old) : separator;
    text += flowSlotText(slot, items, spans, itemStyle, context, rewriteItem);
  }
  return [{ from: start, to: end, insert: `${text}${trail}]` }];
}

function flowSlotText(slot: ListSlot<FrontMatterValue>, items: readonly Node[], spans: readonly (readonly [number, number])[], style: WriteStyle, context: RewriteContext, rewriteItem: RewriteItem): string {
  if (slot.kind === 'insert') {
    return flowText(slot.value, style);
  }
  const [from, to] = spans[slot.old] ?? [0, 0];
  const original = context.source.slice(from, to);
  if (slot.kind === 'keep') {
    return original;
  }
  const item = items[slot.old] as Node;
  const splices = rewriteItem(item, slot.value, true, context);
  if (splices === null) {
    return flowText(slot.value, { ...style, stringStyle: stringStyleOf(item) });
  }
  return applySplices(original, splices.map((splice) => ({ ...splice, from: splice.from - from, to: splice.to - from })));
}

/**
 * A block list edited line by line: untouched items and the comment lines
 * between items stay; a changed item is edited in place (its dash, spacing
 * and comment stay); a deleted item loses exactly its lines; a new item is a
 * new line with the list's indentation, after the item before it.
 */
export function rewriteBlockList(node: YAMLSeq, next: readonly FrontMatterValue[], context: RewriteContext, rewriteItem: RewriteItem): Splice[] | null {
  const { source, lines } = context;
  const dashes = dashOffsets(node);
  const items = node.items;
  if (dashes === null || dashes.length !== items.length || !items.every((item) => isNode(item) && !isPair(item))) {
    return null;
  }
  if (dashes.some((dash) => !/^ *$/.test(source.slice(lines.lineStart(lines.lineOf(dash)), dash)))) {
    return null;
  }
  const nodes = items as Node[];
  const firstLines = dashes.map((dash) => lines.lineOf(dash));
  const lastLines = nodes.map((item, index) => Math.max(firstLines[index] ?? 0, lines.lineOf(Math.max(contentEnd(item, source), (dashes[index] ?? 0) + 1) - 1)));
  const lineSpan = (index: number): [number, number] => [lines.lineStart(firstLines[index] ?? 0), lines.lineStart((lastLines[index] ?? 0) + 1)];
  const dashColumn = lines.columnOf(dashes[0] ?? 0);
  const firstValue = nodes[0]?.range?.[0] ?? 0;
  const spacing = source.slice((dashes[0] ?? 0) + 1, firstValue);
  const itemStyle: WriteStyle = { ...context.style, dashSpacing: /^ +$/.test(spacing) ? spacing : ' ', stringStyle: dominantStringStyle(nodes) };
  const newItemText = (value: FrontMatterValue): string => `${blockListLines([value], dashColumn, itemStyle).join('\n')}\n`;

  const { slots, deleted } = alignLists(nodes.map((item) => item.toJS(context.document) as unknown), next, sameValue);
  const splices: Splice[] = deleted.map((index) => {
    const [from, to] = lineSpan(index);
    return { from, to, insert: '' };
  });
  let insertAt = lineSpan(0)[0];
  for (const slot of slots) {
    if (slot.kind === 'insert') {
      splices.push({ from: insertAt, to: insertAt, insert: newItemText(slot.value) });
      continue;
    }
    const [from, to] = lineSpan(slot.old);
    if (slot.kind === 'replace') {
      const inPlace = rewriteItem(nodes[slot.old] as Node, slot.value, false, context);
      splices.push(...(inPlace ?? [{ from, to, insert: newItemText(slot.value) }]));
    }
    insertAt = to;
  }
  return splices;
}

/** The space just inside a flow collection's opening bracket (`' '` for `[ a ]`), or the file's when it is empty. */
export function flowPaddingOf(node: YAMLSeq | YAMLMap, context: RewriteContext): string {
  const start = node.range?.[0] ?? 0;
  return node.items.length > 0 ? (context.source[start + 1] === ' ' ? ' ' : '') : context.style.flowPadding;
}
