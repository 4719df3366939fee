import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { splitFrontMatter } from '../../../shared/front-matter/front-matter-block';
import { countWords } from '../../../shared/posts/word-count';
import { postSets } from '../../harness/temp-folders';

const cases: readonly (readonly [string, number, string])[] = [
  ['', 0, 'empty'],
  ['one', 1, 'one word'],
  ['Two words.', 2, 'punctuation ends a word'],
  ["It's a peer-to-peer game, e.g. U.S. made.", 7, 'apostrophes, hyphens and dots inside words'],
  ['<p>Some <a href="http://example.com/a-b">linked text</a></p>', 3, 'tags and their attributes do not count'],
  ['<!-- a hidden comment -->Shown', 1, 'comments do not count'],
  ['[Dustin](http://bleu.west.spy.net/~dustin/) said', 2, 'a link counts its text, not its URL'],
  ['![alt words](/images/x.gif) after', 3, 'an image counts its alt text'],
  ['see http://www.example.com/path?q=1 now', 2, 'a bare URL is not words'],
  ['## Heading\n\n* item one\n* item two\n> quoted', 6, 'Markdown punctuation does not count'],
  ['`code` and ``` fences ```', 3, 'backticks do not count'],
  ['Ünïcödé 日本語 ニュース 42', 4, 'letters and digits of any script'],
  ['a\tb\nc\r\nd', 4, 'any white space separates'],
  ['5 < 6 and x > y', 5, 'a lone < that opens no tag is not a tag'],
];

for (const [text, words, why] of cases) {
  void test(`countWords: ${why}`, () => {
    assert.equal(countWords(text), words, JSON.stringify(text));
  });
}

// ---------------------------------------------------------------------------------------------
// The one-pass scanner as it was before it was made faster, kept as the reference the current
// countWords must agree with on any text.

const referenceLetterOrDigit = /[\p{L}\p{N}\p{M}]/u;
const referenceAsciiWordCharacter = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) {
  const isDigit = code >= 48 && code <= 57;
  const isLetter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  referenceAsciiWordCharacter[code] = isDigit || isLetter ? 1 : 0;
}

function referenceWordCharacterWidth(text: string, index: number): number {
  if (index >= text.length) {
    return 0;
  }
  const code = text.charCodeAt(index);
  if (code < 128) {
    return referenceAsciiWordCharacter[code] ?? 0;
  }
  const codePoint = text.codePointAt(index) ?? code;
  if (!referenceLetterOrDigit.test(String.fromCodePoint(codePoint))) {
    return 0;
  }
  return codePoint > 0xffff ? 2 : 1;
}

function referenceIsJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 46;
}

function referenceMarkupEnd(text: string, index: number): number {
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

function referenceIsUrlScheme(text: string, start: number, end: number): boolean {
  const length = end - start;
  return (length === 4 || length === 5) && text.charCodeAt(end) === 58 && text.startsWith('//', end + 1) && /^https?$/i.test(text.slice(start, end));
}

function referenceCountWords(body: string): number {
  let count = 0;
  let index = 0;
  const length = body.length;
  while (index < length) {
    const code = body.charCodeAt(index);
    if (code === 60) {
      const end = referenceMarkupEnd(body, index);
      index = end === -1 ? index + 1 : end;
      continue;
    }
    if (code === 93 && body.charCodeAt(index + 1) === 40) {
      const end = body.indexOf(')', index + 2);
      index = end === -1 ? length : end + 1;
      continue;
    }
    const width = referenceWordCharacterWidth(body, index);
    if (width === 0) {
      index += 1;
      continue;
    }
    const start = index;
    index += width;
    for (;;) {
      const next = referenceWordCharacterWidth(body, index);
      if (next > 0) {
        index += next;
      } else if (referenceIsJoiner(body.charCodeAt(index)) && referenceWordCharacterWidth(body, index + 1) > 0) {
        index += 1;
      } else {
        break;
      }
    }
    if (referenceIsUrlScheme(body, start, index)) {
      while (index < length && !/\s/.test(body.charAt(index))) {
        index += 1;
      }
      continue;
    }
    count += 1;
  }
  return count;
}

/** Pieces of Markdown bodies: words, joiners, markup, links, URLs and characters of many scripts. */
const pieceArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z0-9]{1,8}$/) },
  { weight: 4, arbitrary: fc.constantFrom(' ', ' ', '\n', '\n\n', '\t', '\r\n', '\u00a0', '\u2003', '\u3000', '\u2028', '\ufeff', '\u000b') },
  { weight: 3, arbitrary: fc.constantFrom("'", '\u2019', '-', '.', ',', ':', ';', '!', '?', '"', '(', ')', '[', ']', '](', '*', '_', '`', '#', '>', '/', '\\') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '<p>', '</p>', '<a href="http://example.com/a-b">', '</a>', '<br/>', '<!-- hidden words -->', '<!--', '-->', '<', '< ', '<3', '<a', '<!x>', '<!DOCTYPE html>',
      '[link text](http://example.com/x)', '![alt words](/images/x.gif)', '](', '](no close', '[x]', ')',
      'http://www.example.com/path?q=1', 'https://a.b', 'HTTP://X', 'Https://y', 'http:', 'http:/', 'http://', 'https:/x', 'xhttp://a', 'http-x://a', 'htt://a', 'ftp://a', 'http.://a', 'a.http://b', 'e.g.', "it's", 'peer-to-peer', 'U.S.', 'don\u2019t', '...', '--', "''",
    ),
  },
  { weight: 3, arbitrary: fc.constantFrom('é', 'Ünïcödé', '日本語', 'ニュース', '٤٢', 'ß', 'ÿ', '×', '÷', 'ª', 'µ', '¼', '²', 'e\u0301', '\u0301', '\u0903', 'Ⅻ', 'ǅ', 'ﬁ', '𝒜', '𝟘', '😀', '🎉', '𐐀', '\ud83d', '\ude00', '\udc00a', 'a\ud800', '\u2019s') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 6 }) },
);

const bodyArb: fc.Arbitrary<string> = fc.array(pieceArb, { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('countWords agrees with the reference scanner', () => {
  test('on generated Markdown bodies mixing ASCII, markup, links, URLs and Unicode', () => {
    fc.assert(
      fc.property(bodyArb, (body) => {
        assert.equal(countWords(body), referenceCountWords(body), JSON.stringify(body));
      }),
      { numRuns: 3000 },
    );
  });

  test('on arbitrary strings of any UTF-16 units and of full Unicode', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })), (body) => {
        assert.equal(countWords(body), referenceCountWords(body), JSON.stringify(body));
      }),
      { numRuns: 2000 },
    );
  });

  for (const set of postSets) {
    test(`on the ${set.label} posts' bodies`, { skip: set.skip }, () => {
      for (const name of set.names) {
        const body = splitFrontMatter(readFileSync(join(set.dir, name), 'utf8')).body;
        assert.equal(countWords(body), referenceCountWords(body), name);
      }
    });
  }
});
