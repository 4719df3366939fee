/**
 * The order a blog writes its front matter keys in, learned from its posts'
 * key lists: keys sorted by their average relative position (0 first, 1
 * last), ties by name. Our reference blog gives layout, title, tags, time,
 * extended.
 */
export function inferKeyOrder(keyLists: readonly (readonly string[])[]): string[] {
  const positions = new Map<string, number[]>();
  for (const keys of keyLists) {
    keys.forEach((key, index) => {
      const relative = keys.length === 1 ? 0 : index / (keys.length - 1);
      positions.set(key, [...(positions.get(key) ?? []), relative]);
    });
  }
  const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
  return [...positions]
    .map(([key, values]) => ({ key, position: mean(values) }))
    .sort((left, right) => left.position - right.position || left.key.localeCompare(right.key))
    .map((entry) => entry.key);
}
