import { isAlias, isMap, isNode, isPair, isScalar, isSeq, type Node, type Pair, Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { type FrontMatterValue, isList, isMapping } from './front-matter-value';
import type { RewriteContext } from './rewrite-context';
import { flowPaddingOf, rewriteBlockList, rewriteFlowList } from './rewrite-list';
import { flowText } from './serialize-value';
import type { Splice } from './source-text';
import { sameValue } from './value-equality';
import type { WriteStyle } from './write-style';
import { blockScalarText, doubleQuoted, type ScalarValue, scalarText } from './yaml-scalars';
import { colonOffset, contentEnd, hasProperties, isBlockScalar, isEmptyScalar, keyName, type SourceNode, stringStyleOf } from './yaml-nodes';


/**
 * Splices that turn a pair's value into `next` in place, keeping its style:
 * a scalar keeps its quoting, a flow list keeps its brackets, spacing and
 * untouched items, a block list keeps its untouched item lines and comments,
 * a mapping with the same keys is edited value by value. Null when that is
 * not possible (say a block list becomes a string); the caller then rewrites
 * the whole field.
 */
export function rewritePairValue(pair: Pair, next: FrontMatterValue, flow: boolean, context: RewriteContext): Splice[] | null {
  const value = pair.value as SourceNode;
  if (value && hasProperties(value)) {
    return null;
  }
  if (!value || isEmptyScalar(value)) {
    const colon = colonOffset(pair);
    const text = isScalarValue(next) ? scalarText(next, 'plain', flow ? 'flow' : 'block') : inlineCollectionText(next, flow, context.style);
    return colon === null || text === null ? null : [{ from: colon + 1, to: colon + 1, insert: ` ${text}` }];
  }
  return rewriteValue(value, next, flow, context);
}

/** Splices that turn one node's value into `next` in place (see {@link rewritePairValue}), or null. */
export function rewriteValue(node: Node, next: FrontMatterValue, flow: boolean, context: RewriteContext): Splice[] | null {
  if (hasProperties(node) || isEmptyScalar(node)) {
    return null;
  }
  if (isScalar(node) || isAlias(node)) {
    return rewriteScalar(node, next, flow, context);
  }
  if (isSeq(node)) {
    if (!isList(next)) {
      return node.flow ? replaceFlowCollection(node, next, flow, context) : null;
    }
    if (node.flow) {
      return rewriteFlowList(node, next, context, rewriteValue);
    }
    return next.length === 0 ? null : rewriteBlockList(node, next, context, rewriteValue);
  }
  if (isMap(node)) {
    return rewriteMapping(node, next, flow, context);
  }
  return null;
}

function rewriteScalar(node: Node, next: FrontMatterValue, flow: boolean, context: RewriteContext): Splice[] | null {
  const from = node.range?.[0] ?? 0;
  const to = contentEnd(node, context.source);
  let text: string | null;
  if (!isScalarValue(next)) {
    text = inlineCollectionText(next, flow, context.style);
  } else if (isBlockScalar(node) && typeof next === 'string') {
    const folded = isScalar(node) && node.type === Scalar.BLOCK_FOLDED;
    text = blockScalarText(next, folded, blockContentIndent(node, context)) ?? doubleQuoted(next);
  } else {
    text = scalarText(next, isAlias(node) ? 'plain' : stringStyleOf(node), flow ? 'flow' : 'block');
  }
  if (text === null) {
    return null;
  }
  // A block scalar's header line may end with a comment (`key: | # note`): it stays, after the new header or value.
  const comment = isBlockScalar(node) ? headerComment(context.source, from) : '';
  if (comment !== '') {
    const headerEnd = text.indexOf('\n');
    text = headerEnd === -1 ? text + comment : text.slice(0, headerEnd) + comment + text.slice(headerEnd);
  }
  return [{ from, to, insert: text }];
}

/** The comment (with the space before it) ending a block scalar's header line, or ''. */
function headerComment(source: string, headerStart: number): string {
  const lineEnd = source.indexOf('\n', headerStart);
  const header = source.slice(headerStart, lineEnd === -1 ? source.length : lineEnd);
  return /[ \t]+#.*$/.exec(header)?.[0] ?? '';
}

/** A flow list or mapping replaced, in place, by a scalar or by another list or mapping (in flow style: it was one). */
function replaceFlowCollection(node: YAMLSeq | YAMLMap, next: FrontMatterValue, flow: boolean, context: RewriteContext): Splice[] {
  const text = isScalarValue(next) ? scalarText(next, 'plain', flow ? 'flow' : 'block') : flowText(next, { ...context.style, flowPadding: flowPaddingOf(node, context) });
  return [{ from: node.range?.[0] ?? 0, to: node.range?.[1] ?? 0, insert: text }];
}

function rewriteMapping(node: YAMLMap, next: FrontMatterValue, flow: boolean, context: RewriteContext): Splice[] | null {
  if (!isMapping(next)) {
    return node.flow ? replaceFlowCollection(node, next, flow, context) : null;
  }
  const pairs = node.items as unknown[];
  const names = pairs.map((pair) => (isPair(pair) ? keyName(pair) : null));
  const nextKeys = Object.keys(next);
  const sameKeys = names.every((name) => name !== null && Object.hasOwn(next, name)) && new Set(names).size === names.length && nextKeys.length === names.length;
  if (!sameKeys) {
    return node.flow ? replaceFlowCollection(node, next, flow, context) : null;
  }
  const splices: Splice[] = [];
  for (const [index, pair] of (pairs as Pair[]).entries()) {
    const value = next[names[index] as string] as FrontMatterValue;
    const current: unknown = isNode(pair.value) ? pair.value.toJS(context.document) : null;
    if (sameValue(current, value)) {
      continue;
    }
    const edit = rewritePairValue(pair, value, flow || node.flow === true, context);
    if (edit === null) {
      return null;
    }
    splices.push(...edit);
  }
  return splices;
}

/** A list or mapping written inline where a scalar was: flow style when the context allows it, else null. */
function inlineCollectionText(next: FrontMatterValue, flow: boolean, style: WriteStyle): string | null {
  if (isList(next)) {
    return flow || style.listStyle === 'flow' || next.length === 0 ? flowText(next, style) : null;
  }
  if (isMapping(next)) {
    return flow || Object.keys(next).length === 0 ? flowText(next, style) : null;
  }
  return null;
}

/** The indentation of a block scalar's content lines (at least one more than its key's). */
function blockContentIndent(node: Node, context: RewriteContext): number {
  const [start, end] = node.range ?? [0, 0];
  const body = context.source.slice(start, end).split('\n').slice(1);
  const first = body.find((line) => /[^ ]/.test(line));
  return first === undefined ? 2 : (/^ */.exec(first)?.[0].length ?? 2);
}

/** True for a string, number, boolean or null. */
export function isScalarValue(value: FrontMatterValue): value is ScalarValue {
  return value === null || typeof value !== 'object';
}
