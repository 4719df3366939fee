import { locateFrontMatter } from '../../../shared/front-matter/locate-front-matter';

/**
 * Where the cursor goes in a post just opened: the start of its first body
 * line, below the front matter, so typing at once writes the post and never
 * into the front matter (a new draft's title and layout stay whole). The
 * start of the text when the post has no front matter or a broken one.
 */
export function bodyStartOffset(text: string): number {
  try {
    return locateFrontMatter(text).bodyStart;
  } catch {
    return 0;
  }
}
