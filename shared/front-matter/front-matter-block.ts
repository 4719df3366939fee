/** A post's text split at its front matter fence, without parsing the YAML. */
export interface FrontMatterBlock {
  /** The front matter source between the fences, or null when the post has none. */
  readonly frontMatter: string | null;
  /** Everything after the closing fence line (or the whole text when there is no front matter). */
  readonly body: string;
  /** Zero-based line number where the body starts in the full text. */
  readonly bodyStartLine: number;
}

const openingFence = /^---[ \t]*\r?\n/;
const closingFence = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Splits `---` fenced YAML front matter from the body, as Jekyll does: the file
 * must start with a `---` line and the block ends at the next `---` (or `...`)
 * line. An unclosed block means the whole text is body, as Jekyll renders it.
 */
export function splitFrontMatter(text: string): FrontMatterBlock {
  const opening = openingFence.exec(text);
  if (!opening) {
    return { frontMatter: null, body: text, bodyStartLine: 0 };
  }
  // Line by line from the opening fence, never splitting the rest: a keystroke in a 200 KB post reads only the front matter.
  let offset = opening[0].length;
  for (let index = 0; offset <= text.length; index += 1) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline;
    if (closingFence.test(text.slice(offset, end).replace(/\r$/, ''))) {
      const frontMatter = text.slice(opening[0].length, offset);
      return { frontMatter, body: text.slice(Math.min(text.length, end + 1)), bodyStartLine: index + 2 };
    }
    offset = end + 1;
  }
  return { frontMatter: null, body: text, bodyStartLine: 0 };
}
