import { isScalar, isSeq, type Node } from 'yaml';
import type { FieldSpan } from './field-spans';
import type { FrontMatterValue } from './front-matter-value';
import { blockValueText } from './serialize-value';
import type { Splice } from './source-text';
import type { RewriteContext } from './rewrite-context';
import type { WriteStyle } from './write-style';
import { doubleQuoted, scalarText } from './yaml-scalars';
import { colonOffset, commentTokens, contentEnd, dashOffsets, dominantStringStyle, hasProperties, isEmptyScalar, type SourceNode, stringStyleOf } from './yaml-nodes';

/**
 * Rewrites a whole top-level field's lines as `key: value` in the style the
 * field had (quoting, flow or block list, list indentation). Nothing is
 * dropped: the key keeps its source text, a comment at the end of the key's
 * line stays there, and other comments inside the field (own-line ones, and
 * those after items on later lines) move, as they were, above it.
 */
export function rewriteWholeField(field: FieldSpan, next: FrontMatterValue, style: WriteStyle, context: RewriteContext): Splice {
  const { source, lines } = context;
  const from = lines.lineStart(field.firstLine);
  const to = lines.lineStart(field.lastLine + 1);
  const comments = commentTokens((field.pair as { srcToken?: unknown }).srcToken)
    .filter((token) => token.offset >= from && token.offset < to)
    .map((token) => {
      const lineStart = lines.lineStart(lines.lineOf(token.offset));
      const before = source.slice(lineStart, token.offset);
      return { text: token.source, onKeyLine: lineStart === from && !/^[ \t]*$/.test(before), spacing: /\s*$/.exec(before)?.[0] ?? ' ' };
    });
  const trailing = comments.find((comment) => comment.onKeyLine);
  const moved = comments.filter((comment) => comment !== trailing).map((comment) => `${' '.repeat(field.indent)}${comment.text}`);
  const fieldLines = `${' '.repeat(field.indent)}${keyText(field, context)}:${blockValueText(next, field.indent, style)}`.split('\n');
  if (trailing) {
    fieldLines[0] += `${trailing.spacing || ' '}${trailing.text}`;
  }
  return { from, to, insert: `${[...moved, ...fieldLines].join('\n')}\n` };
}

/** The field's own style for a rewrite: its quoting, its list style and indentation; the file's otherwise. */
export function fieldWriteStyle(field: FieldSpan, fileStyle: WriteStyle, context: RewriteContext): WriteStyle {
  const value = field.pair.value as SourceNode;
  if (isScalar(value)) {
    return { ...fileStyle, stringStyle: stringStyleOf(value) };
  }
  if (isSeq(value)) {
    const items = value.items;
    const dash = dashOffsets(value)?.[0];
    return {
      ...fileStyle,
      listStyle: value.flow ? 'flow' : 'block',
      flowPadding: value.flow && items.length > 0 ? (context.source[(value.range?.[0] ?? 0) + 1] === ' ' ? ' ' : '') : fileStyle.flowPadding,
      seqIndent: dash === undefined ? fileStyle.seqIndent : Math.max(0, context.lines.columnOf(dash) - field.indent),
      stringStyle: dominantStringStyle(items),
    };
  }
  return fileStyle;
}

/**
 * Splices that set `time` in place, always as a double-quoted "HH:MM" (YAML
 * 1.1 reads an unquoted 18:30 as a number); null when the old value is not a
 * plain scalar to replace.
 */
export function rewriteTimeInPlace(field: FieldSpan, time: string, context: RewriteContext): Splice[] | null {
  const value = field.pair.value as SourceNode;
  if (value && hasProperties(value)) {
    return null;
  }
  if (!value || isEmptyScalar(value)) {
    const colon = colonOffset(field.pair);
    return colon === null ? null : [{ from: colon + 1, to: colon + 1, insert: ` ${doubleQuoted(time)}` }];
  }
  if (!isScalar(value)) {
    return null;
  }
  return [{ from: value.range?.[0] ?? 0, to: contentEnd(value, context.source), insert: doubleQuoted(time) }];
}

function keyText(field: FieldSpan, context: RewriteContext): string {
  const key = field.pair.key as Node | null;
  const range = key?.range;
  if (key && range && isScalar(key) && !hasProperties(key)) {
    const text = context.source.slice(range[0], range[1]);
    if (!text.includes('\n') && text !== '') {
      return text;
    }
  }
  return scalarText(field.name ?? '', 'plain', 'key');
}
