import { isMarkerLine } from './extended-marker';
import { countWords } from './word-count';

/** How many lines of `body` are the marker (on a line of their own); 0 without a marker. */
export function markerLineCount(body: string, marker: string | null): number {
  const needle = marker?.trim() ?? '';
  if (needle === '') {
    return 0;
  }
  let lines = 0;
  for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, at + needle.length)) {
    const lineStart = at === 0 ? 0 : body.lastIndexOf('\n', at - 1) + 1;
    const newline = body.indexOf('\n', at);
    if (isMarkerLine(body.slice(lineStart, newline === -1 ? body.length : newline), needle)) {
      lines += 1;
    }
  }
  return lines;
}

/**
 * The words of a post's body as a reader sees them: `countWords`, without
 * the excerpt marker's lines (`:EXTENDED:` splits the post; it is not a
 * word). The post index and the status bar both count this way.
 */
export function countBodyWords(body: string, marker: string | null): number {
  const words = countWords(body);
  const markers = markerLineCount(body, marker);
  return markers === 0 ? words : Math.max(0, words - markers * countWords(marker ?? ''));
}
