const letterOrDigit = /[\p{L}\p{N}\p{M}]/u;

/** ASCII characters that are part of words: digits and letters. */
const asciiWordCharacter = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) {
  const isDigit = code >= 48 && code <= 57;
  const isLetter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  asciiWordCharacter[code] = isDigit || isLetter ? 1 : 0;
}

const lessThan = 60;
const closingBracket = 93;
const openingParenthesis = 40;
const colon = 58;

/** How many UTF-16 units the word character at `index` takes: 0 when it is not one. */
function wordCharacterWidth(text: string, index: number): number {
  if (index >= text.length) {
    return 0;
  }
  const code = text.charCodeAt(index);
  if (code < 128) {
    return asciiWordCharacter[code] ?? 0;
  }
  const codePoint = text.codePointAt(index) ?? code;
  if (!letterOrDigit.test(String.fromCodePoint(codePoint))) {
    return 0;
  }
  return codePoint > 0xffff ? 2 : 1;
}

/** Apostrophes, hyphens and dots join letters into one word: it's, peer-to-peer, e.g. */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 46;
}

/** Where the HTML tag or comment starting at `index` ends, or -1 when a `<` there opens none. */
function markupEnd(text: string, index: number): number {
  if (text.startsWith('<!--', index)) {
    const end = text.indexOf('-->', index + 4);
    return end === -1 ? text.length : end + 3;
  }
  const next = text.charCodeAt(index + 1);
  const opensTag = (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 47 || next === 33;
  if (!opensTag) {
    return -1;
  }
  const end = text.indexOf('>', index + 1);
  return end === -1 ? -1 : end + 1;
}

/** True when the word that ended at `end` (starting at `start`) is `http` or `https` followed by `://`. */
function isUrlScheme(text: string, start: number, end: number): boolean {
  const length = end - start;
  return (length === 4 || length === 5) && text.charCodeAt(end) === colon && text.startsWith('//', end + 1) && /^https?$/i.test(text.slice(start, end));
}

/**
 * Counts the words a reader sees in a Markdown body, in one pass (it runs
 * for every post of a blog when it is indexed). HTML tags and comments, the
 * URL part of links and images, bare URLs and Markdown punctuation do not
 * count; letters and digits of any script do, with apostrophes, hyphens and
 * dots inside a word keeping it whole.
 */
export function countWords(body: string): number {
  let count = 0;
  let index = 0;
  const length = body.length;
  while (index < length) {
    const code = body.charCodeAt(index);
    if (code === lessThan) {
      const end = markupEnd(body, index);
      index = end === -1 ? index + 1 : end;
      continue;
    }
    if (code === closingBracket && body.charCodeAt(index + 1) === openingParenthesis) {
      const end = body.indexOf(')', index + 2);
      index = end === -1 ? length : end + 1;
      continue;
    }
    const width = wordCharacterWidth(body, index);
    if (width === 0) {
      index += 1;
      continue;
    }
    const start = index;
    index += width;
    for (;;) {
      const next = wordCharacterWidth(body, index);
      if (next > 0) {
        index += next;
      } else if (isJoiner(body.charCodeAt(index)) && wordCharacterWidth(body, index + 1) > 0) {
        index += 1;
      } else {
        break;
      }
    }
    if (isUrlScheme(body, start, index)) {
      while (index < length && !/\s/.test(body.charAt(index))) {
        index += 1;
      }
      continue;
    }
    count += 1;
  }
  return count;
}
