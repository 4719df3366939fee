import { isMarkerLine } from '../../../shared/posts/extended-marker';

/** The first line of a body that is the excerpt marker. */
export interface MarkerLine {
  /** Zero-based line number in the body. */
  readonly line: number;
  /** Offset of the line's first character. */
  readonly start: number;
  /** Offset just after the line's line break (the body's length when it is the last line). */
  readonly end: number;
}

/**
 * Finds the first line of `body` that is `marker` standing on a line of its
 * own (shared/posts/extended-marker.ts `isMarkerLine`, the same line
 * `splitAtMarker` splits at), without splitting the body into lines: it runs
 * on every keystroke. Null when there is no marker or no such line.
 */
export function findMarkerLine(body: string, marker: string | null): MarkerLine | null {
  const needle = marker?.trim() ?? '';
  if (needle === '') {
    return null;
  }
  for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, at + 1)) {
    const start = at === 0 ? 0 : body.lastIndexOf('\n', at - 1) + 1;
    const newline = body.indexOf('\n', at);
    const lineEnd = newline === -1 ? body.length : newline;
    if (isMarkerLine(body.slice(start, lineEnd), needle)) {
      let line = 0;
      for (let index = body.indexOf('\n'); index !== -1 && index < start; index = body.indexOf('\n', index + 1)) {
        line += 1;
      }
      return { line, start, end: newline === -1 ? body.length : newline + 1 };
    }
    at = lineEnd; // the rest of this line cannot hold a marker line
  }
  return null;
}
