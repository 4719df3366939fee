import { declaredMarker, splitAtMarker } from '../../../shared/posts/extended-marker';
import type { Problem } from '../../../shared/problem';
import { problemOnLine, type CheckedPost } from './checked-post';

/**
 * The excerpt marker rules: at most one marker line; a marker line needs an
 * `extended` or `excerpt_separator` key to mean anything (an error), and a
 * declared marker with no marker line is worth a warning. `knownMarkers` are
 * the markers the blog's other posts declare, used to spot marker lines in a
 * post that declares none.
 */
export function checkMarker(post: CheckedPost, knownMarkers: ReadonlySet<string>): Problem[] {
  const declared = declaredMarker(post.data);
  const fileLine = (bodyLine: number): number => post.bodyStartLine + bodyLine + 1;
  if (declared === null) {
    for (const marker of knownMarkers) {
      const { markerLines } = splitAtMarker(post.body, marker);
      const first = markerLines[0];
      if (first !== undefined) {
        return [problemOnLine(post.path, fileLine(first), 'error', `the line ${marker} splits nothing: the post has no extended or excerpt_separator key`)];
      }
    }
    return [];
  }
  const { markerLines } = splitAtMarker(post.body, declared);
  if (markerLines.length === 0) {
    return [problemOnLine(post.path, 1, 'warning', `the post declares the marker ${declared} but has no line ${declared}: it has no extended part`)];
  }
  return markerLines.slice(1).map((line) =>
    problemOnLine(post.path, fileLine(line), 'error', `a second marker line ${declared} (the first is on line ${fileLine(markerLines[0] ?? 0)}); only the first splits the post`),
  );
}
