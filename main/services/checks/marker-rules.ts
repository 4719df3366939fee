import { isMap, isPair, isScalar } from 'yaml';
import { declaredMarker, markerKeys, splitAtMarker } from '../../../shared/posts/extended-marker';
import type { Problem } from '../../../shared/problem';
import { problemAt, problemOnLine, type CheckedPost } from './checked-post';

/** The warning for a declared marker no body line carries, on the line of the key that declares it. */
function missingMarkerLine(post: CheckedPost, declared: string): Problem {
  const key = markerKeys.find((name) => post.data[name] === declared) ?? 'extended';
  const quoted = JSON.stringify(declared);
  const message = `${key}: ${quoted} declares a marker, but no line of the body is ${quoted}, so the post has no extended part`;
  const contents = post.yaml?.contents;
  const pair = isMap(contents) ? contents.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key) : undefined;
  const start = isPair(pair) && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  return start === undefined ? problemOnLine(post.path, 1, 'warning', message) : problemAt(post, post.yamlStart + start, 'warning', message);
}

/**
 * The excerpt marker rules, all warnings (Jekyll builds such posts; the
 * excerpt is just not what the author meant): at most one marker line; a
 * marker line needs an `extended` or `excerpt_separator` key to mean
 * anything; a declared marker with no marker line. `knownMarkers` are
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
        return [problemOnLine(post.path, fileLine(first), 'warning', `the line ${marker} splits nothing: the post has no extended or excerpt_separator key`)];
      }
    }
    return [];
  }
  const { markerLines } = splitAtMarker(post.body, declared);
  if (markerLines.length === 0) {
    return [missingMarkerLine(post, declared)];
  }
  return markerLines.slice(1).map((line) =>
    problemOnLine(post.path, fileLine(line), 'warning', `a second marker line ${declared} (the first is on line ${fileLine(markerLines[0] ?? 0)}); only the first splits the post`),
  );
}
