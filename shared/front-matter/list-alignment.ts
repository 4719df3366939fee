/** One item of an edited list: an old item kept as is, an old item given a new value, or a new item. */
export type ListSlot<Value> =
  | { readonly kind: 'keep'; readonly old: number }
  | { readonly kind: 'replace'; readonly old: number; readonly value: Value }
  | { readonly kind: 'insert'; readonly value: Value };

/**
 * Lines a new list up with an old one. A list of the same length is edited
 * item by item in place (a rename or a reorder keeps every line and comment
 * where it was). Otherwise as many old items as possible stay untouched: the
 * longest common subsequence is kept; between two kept items, old and new
 * items pair up in order as replacements, and what is left over is deleted or
 * inserted. Returns the new list's slots in order (their old indices
 * increase) and the old indices deleted.
 */
export function alignLists<Value>(
  oldItems: readonly unknown[],
  newItems: readonly Value[],
  same: (left: unknown, right: Value) => boolean,
): { slots: ListSlot<Value>[]; deleted: number[] } {
  if (oldItems.length === newItems.length) {
    const slots = newItems.map((value, index): ListSlot<Value> => (same(oldItems[index], value) ? { kind: 'keep', old: index } : { kind: 'replace', old: index, value }));
    return { slots, deleted: [] };
  }
  const matches = commonSubsequence(oldItems, newItems, same);
  const slots: ListSlot<Value>[] = [];
  const deleted: number[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  for (const [matchOld, matchNew] of [...matches, [oldItems.length, newItems.length] as const]) {
    while (oldIndex < matchOld && newIndex < matchNew) {
      slots.push({ kind: 'replace', old: oldIndex, value: newItems[newIndex] as Value });
      oldIndex += 1;
      newIndex += 1;
    }
    for (; oldIndex < matchOld; oldIndex += 1) {
      deleted.push(oldIndex);
    }
    for (; newIndex < matchNew; newIndex += 1) {
      slots.push({ kind: 'insert', value: newItems[newIndex] as Value });
    }
    if (matchOld < oldItems.length) {
      slots.push({ kind: 'keep', old: matchOld });
      oldIndex = matchOld + 1;
      newIndex = matchNew + 1;
    }
  }
  return { slots, deleted };
}

/** Index pairs of a longest common subsequence (positional when the lists are too long for the table). */
function commonSubsequence<Value>(oldItems: readonly unknown[], newItems: readonly Value[], same: (left: unknown, right: Value) => boolean): [number, number][] {
  const rows = oldItems.length;
  const columns = newItems.length;
  if (rows * columns > 250_000) {
    const pairs: [number, number][] = [];
    for (let index = 0; index < Math.min(rows, columns); index += 1) {
      if (same(oldItems[index], newItems[index] as Value)) {
        pairs.push([index, index]);
      }
    }
    return pairs;
  }
  // lengths[i][j]: the longest common subsequence of oldItems[i..] and newItems[j..].
  const lengths = Array.from({ length: rows + 1 }, () => new Array<number>(columns + 1).fill(0));
  for (let i = rows - 1; i >= 0; i -= 1) {
    for (let j = columns - 1; j >= 0; j -= 1) {
      const row = lengths[i] as number[];
      const below = lengths[i + 1] as number[];
      row[j] = same(oldItems[i], newItems[j] as Value) ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < columns) {
    if (same(oldItems[i], newItems[j] as Value)) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if ((lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0)) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return pairs;
}
