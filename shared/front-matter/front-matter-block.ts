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
  const lines = text.slice(opening[0].length).split('\n');
  let offset = opening[0].length;
  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] ?? '').replace(/\r$/, '');
    if (closingFence.test(line)) {
      const frontMatter = text.slice(opening[0].length, offset);
      const bodyStart = Math.min(text.length, offset + (lines[index] ?? '').length + 1);
      return { frontMatter, body: text.slice(bodyStart), bodyStartLine: index + 2 };
    }
    offset += (lines[index] ?? '').length + 1;
  }
  return { frontMatter: null, body: text, bodyStartLine: 0 };
}
