import { type FrontMatterValue, isList, isMapping } from './front-matter-value';
import type { WriteStyle } from './write-style';
import { blockScalarText, scalarText } from './yaml-scalars';

/** A value in flow style, as written inside `[…]` or after a key: `[a, b]`, `{k: v}`, scalars. */
export function flowText(value: FrontMatterValue, style: WriteStyle): string {
  if (isList(value)) {
    const items = value.map((item) => flowText(item, style));
    return items.length === 0 ? '[]' : `[${style.flowPadding}${items.join(', ')}${style.flowPadding}]`;
  }
  if (isMapping(value)) {
    const entries = Object.entries(value).map(([key, item]) => `${scalarText(key, 'plain', 'flow')}: ${flowText(item, style)}`);
    return entries.length === 0 ? '{}' : `{${style.flowPadding}${entries.join(', ')}${style.flowPadding}}`;
  }
  return scalarText(value, style.stringStyle, 'flow');
}

/**
 * What follows `key:` for a value in block context, the key at column
 * `indent`: ` value` for scalars and flow lists, or a line break and indented
 * lines for block lists and mappings. Multi-line strings become `|` blocks
 * when strings are written plain.
 */
export function blockValueText(value: FrontMatterValue, indent: number, style: WriteStyle): string {
  if (isList(value)) {
    if (value.length === 0 || style.listStyle === 'flow') {
      return ` ${flowText(value, style)}`;
    }
    return `\n${blockListLines(value, indent + style.seqIndent, style).join('\n')}`;
  }
  if (isMapping(value)) {
    if (Object.keys(value).length === 0) {
      return ' {}';
    }
    return `\n${blockMappingLines(value, indent + style.mapIndent, style).join('\n')}`;
  }
  if (typeof value === 'string' && value.includes('\n') && style.stringStyle === 'plain') {
    const block = blockScalarText(value, false, indent + style.mapIndent);
    if (block !== null) {
      return ` ${block}`;
    }
  }
  return ` ${scalarText(value, style.stringStyle, 'block')}`;
}

/** The lines of a block mapping whose keys sit at column `indent`. */
export function blockMappingLines(value: { readonly [key: string]: FrontMatterValue }, indent: number, style: WriteStyle): string[] {
  return Object.entries(value).flatMap(([key, item]) => fieldText(key, item, indent, style).split('\n'));
}

/** One `key: value` entry (possibly several lines) with its key at column `indent`. */
export function fieldText(key: string, value: FrontMatterValue, indent: number, style: WriteStyle): string {
  return `${' '.repeat(indent)}${scalarText(key, 'plain', 'key')}:${blockValueText(value, indent, style)}`;
}

/** The lines of a block list whose `-` sits at column `indent`. */
export function blockListLines(value: readonly FrontMatterValue[], indent: number, style: WriteStyle): string[] {
  const dash = `${' '.repeat(indent)}-${style.dashSpacing}`;
  const itemIndent = indent + 1 + style.dashSpacing.length;
  return value.flatMap((item) => {
    let lines: string[];
    if (isList(item) && item.length > 0 && style.listStyle === 'block') {
      lines = blockListLines(item, itemIndent, style);
    } else if (isMapping(item) && Object.keys(item).length > 0) {
      lines = blockMappingLines(item, itemIndent, style);
    } else {
      return [`${dash}${flowOrScalar(item, style)}`];
    }
    return [`${dash}${(lines[0] ?? '').replace(/^ +/, '')}`, ...lines.slice(1)];
  });
}

function flowOrScalar(value: FrontMatterValue, style: WriteStyle): string {
  return isList(value) || isMapping(value) ? flowText(value, style) : scalarText(value, style.stringStyle, 'block');
}
