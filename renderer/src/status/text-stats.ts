import { splitAtMarker } from '../../../shared/posts/extended-marker';
import { locateFrontMatter, type FrontMatterLocation } from '../../../shared/front-matter/locate-front-matter';
import { countBodyWords } from '../../../shared/posts/body-words';
import { countWords } from '../../../shared/posts/word-count';
import { markerFromFrontMatter } from '../preview/front-matter-marker';

/** Reading speed assumed for the reading time: an adult's silent reading of prose. */
export const wordsPerMinute = 230;

/** What the status bar counts in a post. */
export interface TextStats {
  /** Words of the body without the marker line, counted as the post index counts them (`countBodyWords`). */
  readonly words: number;
  /** Words before the excerpt marker line, or null when the post has no marker line. */
  readonly excerptWords: number | null;
  /** Minutes to read the body at {@link wordsPerMinute}, rounded up; 0 for an empty body. */
  readonly readingMinutes: number;
}

/** Minutes to read `words` words at {@link wordsPerMinute}, rounded up to whole minutes. */
export function readingMinutes(words: number): number {
  return Math.ceil(words / wordsPerMinute);
}

function frontMatterOf(text: string): FrontMatterLocation | null {
  try {
    return locateFrontMatter(text);
  } catch {
    // A front matter block never closed: Jekyll renders the whole text as body, and so it is counted.
    return null;
  }
}

/**
 * Counts a post's words from its whole text (front matter included, as the
 * editor holds it): the body's words, the words before the excerpt marker
 * (the post's `extended` or `excerpt_separator` value, on a line of its own)
 * and the reading time. Pure, so it runs in tests without a page.
 */
export function textStats(text: string): TextStats {
  const location = frontMatterOf(text);
  const body = location === null ? text : text.slice(location.bodyStart);
  const marker = location?.format === 'yaml' ? markerFromFrontMatter(text.slice(location.sourceStart, location.sourceEnd)) : null;
  const words = countBodyWords(body, marker);
  const split = splitAtMarker(body, marker);
  return {
    words,
    excerptWords: split.extended === null ? null : countWords(split.excerpt),
    readingMinutes: readingMinutes(words),
  };
}
