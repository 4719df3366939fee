/**
 * A line diff for showing two versions of a post side by side: which lines
 * only the first has, which only the second has, and which both share. Pure,
 * so the renderer's compare views and the tests use the same code.
 */

/** One line of a diff: shared by both texts, only in the first (`removed`), or only in the second (`added`). */
export interface DiffLine {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/**
 * Past this many differing lines the middle is shown as all removed then all
 * added: Myers' algorithm needs memory growing with the square of the edits,
 * and such a diff is unreadable anyway.
 */
const maximumEdits = 2000;

/**
 * The lines of `before` and `after` as a shortest edit script (Myers' diff):
 * every line of `before` appears in order as `same` or `removed`, every line of
 * `after` in order as `same` or `added`; removals come before additions where
 * lines were replaced. Texts are split at `\n`; a final newline does not make
 * an extra empty line, so `"a\n"` and `"a"` differ only in that the former
 * ends with a newline, which the diff does not show.
 */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    start += 1;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const same = (lines: readonly string[]): DiffLine[] => lines.map((text) => ({ kind: 'same', text }));
  return [
    ...same(a.slice(0, start)),
    ...middleDiff(a.slice(start, endA), b.slice(start, endB)),
    ...same(a.slice(endA)),
  ];
}

/** True when the diff has at least one added or removed line. */
export function hasDifferences(diff: readonly DiffLine[]): boolean {
  return diff.some((line) => line.kind !== 'same');
}

function splitLines(text: string): string[] {
  if (text === '') {
    return [];
  }
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') {
    lines.pop();
  }
  return lines;
}

/** Myers' O(ND) diff of two line lists that share no first or last line. */
function middleDiff(a: readonly string[], b: readonly string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  const wholesale = (): DiffLine[] => [
    ...a.map((text): DiffLine => ({ kind: 'removed', text })),
    ...b.map((text): DiffLine => ({ kind: 'added', text })),
  ];
  if (n === 0 || m === 0) {
    return wholesale();
  }
  const limit = Math.min(n + m, maximumEdits);
  const offset = limit + 1;
  // furthest[offset + k]: the furthest x reached on diagonal k (y = x - k).
  const furthest = new Int32Array(2 * limit + 3);
  // trace[d] holds diagonals -d..d as they were before round d, for the walk back.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d += 1) {
    trace.push(furthest.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && at(furthest, offset, k - 1) < at(furthest, offset, k + 1));
      let x = down ? at(furthest, offset, k + 1) : at(furthest, offset, k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      furthest[offset + k] = x;
      if (x >= n && y >= m) {
        return walkBack(a, b, trace);
      }
    }
  }
  return wholesale();
}

function at(values: Int32Array, offset: number, k: number): number {
  return values[offset + k] ?? 0;
}

function walkBack(a: readonly string[], b: readonly string[], trace: readonly Int32Array[]): DiffLine[] {
  const reversed: DiffLine[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const before = trace[d] ?? new Int32Array(0);
    // before[d + k] is diagonal k before round d.
    const value = (k: number): number => before[d + k] ?? 0;
    const k = x - y;
    const previousK = k === -d || (k !== d && value(k - 1) < value(k + 1)) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : value(previousK);
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      x -= 1;
      y -= 1;
      reversed.push({ kind: 'same', text: a[x] ?? '' });
    }
    if (d > 0) {
      if (x === previousX) {
        reversed.push({ kind: 'added', text: b[previousY] ?? '' });
      } else {
        reversed.push({ kind: 'removed', text: a[previousX] ?? '' });
      }
    }
    x = previousX;
    y = previousY;
  }
  return orderRemovalsFirst(reversed.reverse());
}

/** Within each run of changed lines, removals first: "this replaced that" reads naturally. */
function orderRemovalsFirst(diff: readonly DiffLine[]): DiffLine[] {
  const ordered: DiffLine[] = [];
  let removed: DiffLine[] = [];
  let added: DiffLine[] = [];
  const flush = (): void => {
    ordered.push(...removed, ...added);
    removed = [];
    added = [];
  };
  for (const line of diff) {
    if (line.kind === 'removed') {
      removed.push(line);
    } else if (line.kind === 'added') {
      added.push(line);
    } else {
      flush();
      ordered.push(line);
    }
  }
  flush();
  return ordered;
}
