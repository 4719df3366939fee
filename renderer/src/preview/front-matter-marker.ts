import { readYamlFrontMatter } from '../../../shared/front-matter/parse-post';
import { declaredMarker } from '../../../shared/posts/extended-marker';

/** The last question and its answer: typing in the body asks again with the same front matter. */
let last: { readonly frontMatter: string; readonly marker: string | null } | null = null;

/**
 * The excerpt marker a post's YAML front matter declares (the source between
 * the fences, as `splitFrontMatter` gives it): the value of the top-level
 * `extended` key, else of `excerpt_separator`, when it is a non-blank string,
 * as `declaredMarker` decides. The front matter is read as everywhere else in
 * Inkpost (`readYamlFrontMatter`: the flat fast path, else the full YAML 1.1
 * parser), so the preview, the editor and the status bar agree with the form,
 * the index and the export. Null when the front matter cannot be read
 * (invalid YAML, or a repeated key, which the form and the checks report).
 */
export function markerFromFrontMatter(frontMatter: string | null): string | null {
  if (frontMatter === null) {
    return null;
  }
  if (last?.frontMatter !== frontMatter) {
    last = { frontMatter, marker: readMarker(frontMatter) };
  }
  return last.marker;
}

function readMarker(frontMatter: string): string | null {
  try {
    return declaredMarker(readYamlFrontMatter(frontMatter, 1));
  } catch {
    return null;
  }
}
