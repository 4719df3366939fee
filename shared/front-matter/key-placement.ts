/** New keys inserted together, between two existing keys (or at an end of the block). */
export interface NewKeyRun {
  /** The new keys, in the order they are written. */
  readonly keys: readonly string[];
  /** The existing key just before the run, or null at the top. */
  readonly after: string | null;
  /** The existing key just after the run, or null at the end. */
  readonly before: string | null;
  /** Why the run is here: after a key that precedes it in the key order, before one that follows it, or at the end. */
  readonly placement: 'after' | 'before' | 'end';
}

/**
 * Decides where new keys go. A key listed in `keyOrder` goes right after the
 * nearest key before it in `keyOrder` that the front matter has (new keys
 * placed earlier count); failing that, right before the nearest one after it;
 * failing that, at the end. Keys not in `keyOrder` go at the end, in the
 * order given.
 */
export function placeNewKeys(existing: readonly string[], added: readonly string[], keyOrder: readonly string[] = []): NewKeyRun[] {
  const rank = new Map(keyOrder.map((key, index) => [key, index] as const));
  const ordered = [...added.filter((key) => rank.has(key)).sort((left, right) => (rank.get(left) ?? 0) - (rank.get(right) ?? 0)), ...added.filter((key) => !rank.has(key))];
  const entries: { key: string; isNew: boolean; placement: NewKeyRun['placement'] }[] = existing.map((key) => ({ key, isNew: false, placement: 'end' }));
  for (const key of ordered) {
    const index = rank.get(key);
    const position = (name: string | undefined): number => (name === undefined ? -1 : entries.findIndex((entry) => entry.key === name));
    let placed = false;
    if (index !== undefined) {
      for (let earlier = index - 1; earlier >= 0 && !placed; earlier -= 1) {
        const at = position(keyOrder[earlier]);
        if (at !== -1) {
          entries.splice(at + 1, 0, { key, isNew: true, placement: 'after' });
          placed = true;
        }
      }
      for (let later = index + 1; later < keyOrder.length && !placed; later += 1) {
        const at = position(keyOrder[later]);
        if (at !== -1) {
          entries.splice(at, 0, { key, isNew: true, placement: 'before' });
          placed = true;
        }
      }
    }
    if (!placed) {
      entries.push({ key, isNew: true, placement: 'end' });
    }
  }
  const runs: NewKeyRun[] = [];
  let current: { keys: string[]; after: string | null; placement: NewKeyRun['placement'] } | null = null;
  let previous: string | null = null;
  for (const entry of entries) {
    if (entry.isNew) {
      current ??= { keys: [], after: previous, placement: entry.placement };
      current.keys.push(entry.key);
    } else {
      if (current) {
        runs.push({ ...current, before: entry.key });
        current = null;
      }
      previous = entry.key;
    }
  }
  if (current) {
    runs.push({ ...current, before: null });
  }
  return runs;
}
