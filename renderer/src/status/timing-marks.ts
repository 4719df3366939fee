/**
 * Leaves the performance mark `inkpost:<name>` (replacing the last one of
 * that name, so marks never pile up while the user types), for `npm run
 * bench` to split the time it measures: opening a post sets
 * `open:read`, `open:editor-state` and `open:shown`; each preview render
 * `preview:parsed` and `preview:rendered`.
 */
export function markTiming(name: string): void {
  const mark = `inkpost:${name}`;
  performance.clearMarks(mark);
  performance.mark(mark);
}
