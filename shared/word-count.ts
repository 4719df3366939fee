/**
 * Counts the words a reader sees in a Markdown body: HTML tags, comments,
 * URLs of links and images, and Markdown punctuation do not count.
 */
export function countWords(body: string): number {
  const prose = body
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#>*_`~|=[\]()-]+/g, ' ');
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return words === null ? 0 : words.length;
}
