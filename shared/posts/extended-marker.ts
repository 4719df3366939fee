/**
 * The excerpt marker: the line that splits a post's excerpt (front page) from
 * its extended part (the post's own page). Its text is the value of the post's
 * `extended` key (":EXTENDED:" in our reference blog) or of Jekyll's
 * `excerpt_separator` key.
 */

/** The keys whose value names the marker, in the order they are consulted. */
export const markerKeys: readonly string[] = ['extended', 'excerpt_separator'];

/** The marker text a post declares, or null when it declares none (or an empty one). */
export function declaredMarker(data: Readonly<Record<string, unknown>>): string | null {
  for (const key of markerKeys) {
    const value = data[key];
    if (typeof value === 'string' && value.trim() !== '') {
      return value;
    }
  }
  return null;
}

/** A post body split at its marker. */
export interface ExcerptSplit {
  /** The text before the first marker line (the whole body when there is none). */
  readonly excerpt: string;
  /** The text after the first marker line, or null when the post has no marker line. */
  readonly extended: string | null;
  /** Zero-based line numbers, in the body, of every line that is the marker. */
  readonly markerLines: readonly number[];
}

/**
 * True when `line` is the marker standing on a line of its own. Surrounding
 * spaces, tabs and a trailing `\r` are allowed; any other text on the line
 * means it is prose that mentions the marker, not the marker.
 */
export function isMarkerLine(line: string, marker: string): boolean {
  return line.trim() === marker.trim();
}

/**
 * Splits a body at the first line that is the marker. A post without a
 * marker line has no extended part; a marker on the last line gives an empty
 * extended part.
 */
export function splitAtMarker(body: string, marker: string | null): ExcerptSplit {
  if (marker === null) {
    return { excerpt: body, extended: null, markerLines: [] };
  }
  const lines = body.split('\n');
  const markerLines = lines.flatMap((line, index) => (isMarkerLine(line, marker) ? [index] : []));
  const first = markerLines[0];
  if (first === undefined) {
    return { excerpt: body, extended: null, markerLines };
  }
  return {
    excerpt: lines.slice(0, first).join('\n'),
    extended: lines.slice(first + 1).join('\n'),
    markerLines,
  };
}

/**
 * True when some line of `body` is the marker. Same answer as
 * `splitAtMarker(body, marker).markerLines.length > 0`, without splitting the
 * body into lines: it runs for every post when a blog is indexed.
 */
export function hasMarkerLine(body: string, marker: string | null): boolean {
  const needle = marker?.trim() ?? '';
  if (needle === '') {
    return false;
  }
  for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, at + needle.length)) {
    const lineStart = at === 0 ? 0 : body.lastIndexOf('\n', at - 1) + 1;
    const newline = body.indexOf('\n', at);
    if (isMarkerLine(body.slice(lineStart, newline === -1 ? body.length : newline), needle)) {
      return true;
    }
  }
  return false;
}
