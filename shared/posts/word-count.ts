const letterOrDigit = /[\p{L}\p{N}\p{M}]/u;

/**
 * Whether each character of the Basic Multilingual Plane is part of words
 * (a letter, digit or mark of any script): 1 yes, 2 no, 0 not looked up yet.
 * ASCII (digits and letters) and Latin-1 are filled in here; any other
 * character is looked up with `letterOrDigit` the first time it is met, so
 * the regex runs once per character, not once per occurrence. Surrogates are
 * never looked up here.
 */
const bmpWordClass = new Uint8Array(0x10000);
for (let code = 0; code < 0x100; code += 1) {
  const isDigit = code >= 48 && code <= 57;
  const isLetter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  const isWordCharacter = code < 128 ? isDigit || isLetter : letterOrDigit.test(String.fromCharCode(code));
  bmpWordClass[code] = isWordCharacter ? 1 : 2;
}

/** Characters beyond the BMP met so far, and whether they are part of words. */
const astralWordCharacters = new Map<number, boolean>();

const apostrophe = 39;
const hyphen = 45;
const dot = 46;
const rightSingleQuote = 0x2019;
const lessThan = 60;
const closingBracket = 93;
const openingParenthesis = 40;
const colon = 58;

/** How {@link countWords} handles each UTF-16 unit: these two without a branch, the rest one by one. */
const separator = 0;
const wordUnit = 1;
const special = 2;

/**
 * The class of every UTF-16 unit: Latin-1 letters and digits are word units,
 * its other characters separators, except the ones that need a look around
 * (joiners, `<`, `]`, `:`); everything above Latin-1 is looked at one by one.
 */
const unitClass = new Uint8Array(0x10000).fill(special);
for (let code = 0; code < 0x100; code += 1) {
  unitClass[code] = bmpWordClass[code] === 1 ? wordUnit : separator;
}
for (const code of [apostrophe, hyphen, dot, lessThan, closingBracket, colon]) {
  unitClass[code] = special;
}

function isBmpWordCharacter(code: number): boolean {
  let kind = bmpWordClass[code];
  if (kind === 0) {
    kind = letterOrDigit.test(String.fromCharCode(code)) ? 1 : 2;
    bmpWordClass[code] = kind;
  }
  return kind === 1;
}

function isAstralWordCharacter(codePoint: number): boolean {
  let known = astralWordCharacters.get(codePoint);
  if (known === undefined) {
    known = letterOrDigit.test(String.fromCodePoint(codePoint));
    astralWordCharacters.set(codePoint, known);
  }
  return known;
}

/** How many UTF-16 units the word character at `index` takes: 0 when it is not one (a lone surrogate never is). */
function wordCharacterWidth(text: string, index: number): number {
  if (index >= text.length) {
    return 0;
  }
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdfff) {
    return isBmpWordCharacter(code) ? 1 : 0;
  }
  if (code <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      return isAstralWordCharacter((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) ? 2 : 0;
    }
  }
  return 0;
}

/** Apostrophes, hyphens and dots join letters into one word: it's, peer-to-peer, e.g. */
function isJoiner(code: number): boolean {
  return code === apostrophe || code === rightSingleQuote || code === hyphen || code === dot;
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

/** The characters of the regex class `\s`: JavaScript's white space and line terminators. */
function isWhiteSpace(code: number): boolean {
  if (code < 0x80) {
    return code === 32 || (code >= 9 && code <= 13);
  }
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Counts the words a reader sees in a Markdown body, in one pass (it runs
 * for every post of a blog when it is indexed). HTML tags and comments, the
 * URL part of links and images, bare URLs and Markdown punctuation do not
 * count; letters and digits of any script do, with apostrophes, hyphens and
 * dots inside a word keeping it whole.
 *
 * A word is a run of letters and digits (and joiners between two of them);
 * it counts where it starts. Latin-1 letters, digits and separators, nearly
 * all of a Western post, go through the first branch of the loop without
 * another branch (a word start is counted by arithmetic, so the alternation
 * of letters and spaces costs no mispredicted jump); joiners, `<`, `]`, `:`
 * and everything beyond Latin-1 are looked at one by one.
 */
export function countWords(body: string): number {
  const classes = unitClass;
  const length = body.length;
  let count = 0;
  let index = 0;
  /** 1 while inside a word, else 0. */
  let inWord = 0;
  /** Where the current (or last) word started. */
  let wordStart = 0;
  while (index < length) {
    const code = body.charCodeAt(index);
    const unit = classes[code] as number;
    if (unit !== special) {
      const starts = unit & (inWord ^ 1);
      count += starts;
      wordStart += (index - wordStart) * starts;
      inWord = unit;
      index += 1;
      continue;
    }
    if (isJoiner(code)) {
      // Inside a word a joiner followed by a word character keeps the word whole; anywhere else it separates.
      inWord = inWord === 1 && wordCharacterWidth(body, index + 1) > 0 ? 1 : 0;
      index += 1;
      continue;
    }
    if (code === colon) {
      if (inWord === 1 && isUrlScheme(body, wordStart, index)) {
        // The word was `http` or `https` of a bare URL: it is not a word, and neither is the rest of the URL.
        count -= 1;
        while (index < length && !isWhiteSpace(body.charCodeAt(index))) {
          index += 1;
        }
      } else {
        index += 1;
      }
      inWord = 0;
      continue;
    }
    if (code === lessThan) {
      const end = markupEnd(body, index);
      index = end === -1 ? index + 1 : end;
      inWord = 0;
      continue;
    }
    if (code === closingBracket) {
      if (body.charCodeAt(index + 1) === openingParenthesis) {
        const end = body.indexOf(')', index + 2);
        index = end === -1 ? length : end + 1;
      } else {
        index += 1;
      }
      inWord = 0;
      continue;
    }
    // Beyond Latin-1: a letter, digit or mark of any script (two units beyond the BMP) is a word character.
    const width = wordCharacterWidth(body, index);
    if (width > 0) {
      count += inWord ^ 1;
      if (inWord === 0) {
        wordStart = index;
      }
      inWord = 1;
      index += width;
    } else {
      inWord = 0;
      index += 1;
    }
  }
  return count;
}
