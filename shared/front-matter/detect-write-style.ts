import { isMap, isPair, isSeq, type Node, type YAMLMap } from 'yaml';
import type { LineTable } from './source-text';
import { defaultWriteStyle, type WriteStyle } from './write-style';
import { dashOffsets } from './yaml-nodes';

/**
 * Learns how a front matter writes lists and nested maps from its top-level
 * fields: block lists win only when more fields use them than flow lists;
 * padding inside brackets, list and map indentation come from the first
 * field that shows them. Defaults otherwise.
 */
export function detectWriteStyle(map: YAMLMap | null, source: string, lines: LineTable): WriteStyle {
  let flowLists = 0;
  let blockLists = 0;
  let flowPadding: string | undefined;
  let seqIndent: number | undefined;
  let mapIndent: number | undefined;
  let dashSpacing: string | undefined;
  for (const pair of map?.items ?? []) {
    const key = isPair(pair) ? (pair.key as Node | null) : null;
    const value = isPair(pair) ? (pair.value as Node | null) : null;
    if (!key?.range || !value) {
      continue;
    }
    const keyColumn = lines.columnOf(key.range[0]);
    if ((isSeq(value) || isMap(value)) && value.flow && value.items.length > 0 && flowPadding === undefined) {
      flowPadding = source[(value.range?.[0] ?? 0) + 1] === ' ' ? ' ' : '';
    }
    if (isSeq(value)) {
      if (value.flow) {
        flowLists += 1;
        continue;
      }
      blockLists += 1;
      const dashes = dashOffsets(value);
      const first = dashes?.[0];
      if (first !== undefined && seqIndent === undefined) {
        seqIndent = Math.max(0, lines.columnOf(first) - keyColumn);
        const spacing = source.slice(first + 1, (value.items[0] as Node | undefined)?.range?.[0] ?? first + 2);
        dashSpacing = /^ +$/.test(spacing) ? spacing : ' ';
      }
    } else if (isMap(value) && !value.flow && mapIndent === undefined) {
      const firstKey = (value.items[0]?.key as Node | undefined)?.range?.[0];
      if (firstKey !== undefined && lines.columnOf(firstKey) > keyColumn) {
        mapIndent = lines.columnOf(firstKey) - keyColumn;
      }
    }
  }
  return {
    ...defaultWriteStyle,
    listStyle: blockLists > flowLists ? 'block' : 'flow',
    flowPadding: flowPadding ?? defaultWriteStyle.flowPadding,
    seqIndent: seqIndent ?? defaultWriteStyle.seqIndent,
    mapIndent: mapIndent ?? defaultWriteStyle.mapIndent,
    dashSpacing: dashSpacing ?? defaultWriteStyle.dashSpacing,
  };
}
