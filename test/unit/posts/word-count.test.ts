import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { splitFrontMatter } from '../../../shared/front-matter/front-matter-block';
import { countWords } from '../../../shared/posts/word-count';
import { testPostsDir } from '../../harness/paths';
import { testPosts } from '../../harness/temp-folders';

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

/** The body of a test blog post, counted by hand in the tests below. */
function testPostBody(name: string): string {
  return splitFrontMatter(readFileSync(join(testPostsDir, name), 'utf8')).body;
}

void describe('countWords on test blog posts counted by hand', () => {
  void test('the tabs post: 35 words, "tabs;" and "worth." among them', () => {
    assert.equal(countWords(testPostBody(testPosts.noExtended)), 35);
  });

  void test('the garden post: 39 words, the year 2014 one of them', () => {
    assert.equal(countWords(testPostBody(testPosts.markerUnused)), 39);
  });
});

// ---------------------------------------------------------------------------------------------
// Generated text, checked against an independent definition where one is simple to state, and
// against properties any word count must have elsewhere.

/** Characters that are part of words: letters, digits and marks of several scripts, astral ones too. */
const wordCharacter = fc.constantFrom('a', 'Z', 'q', '7', '0', 'é', 'ß', 'ÿ', 'µ', '²', '¼', 'ª', 'Ⅻ', 'ǅ', 'ﬁ', '日', 'ニ', '٤', 'e\u0301', '\u0903', '𝒜', '𝟘', '𐐀');
/** Characters that join word characters into one word when they stand between two. */
const joiner = fc.constantFrom("'", '\u2019', '-', '.');
/** Characters that separate words: white space of every kind and punctuation without a meaning here. */
const separatorCharacter = fc.constantFrom(' ', '\n', '\t', '\r\n', '\u00a0', '\u2003', '\u3000', '\u2028', '\ufeff', '\u000b', ',', '!', '?', '(', ')', '"', ';', '*', '_', '#', '/', '=', '😀', '×', '÷');

/** Plain text: no markup, no URLs, no brackets; only word characters, joiners and separators. */
const plainText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 5, arbitrary: wordCharacter }, { weight: 1, arbitrary: joiner }, { weight: 2, arbitrary: separatorCharacter }), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** The definition, for plain text: runs of word characters, joined by a joiner that stands between two of them. */
function plainWords(text: string): number {
  return text.match(/[\p{L}\p{N}\p{M}]+(?:['\u2019.-][\p{L}\p{N}\p{M}]+)*/gu)?.length ?? 0;
}

/** A piece of a post that reads the same wherever it stands between spaces: a word, a tag, a link, a URL… */
const closedPiece: fc.Arbitrary<string> = fc.oneof(
  plainText.filter((text) => !/^\s|\s$/.test(text)),
  fc.constantFrom(
    '<p>', '</p>', '<a href="http://example.com/a-b">', '</a>', '<br/>', '<!-- hidden words -->', '<!DOCTYPE html>', '5 < 6',
    '[link text](http://example.com/x)', '![alt words](/images/x.gif)', 'http://www.example.com/path?q=1', 'https://a.b', 'HTTP://X',
    "it's", 'peer-to-peer', 'U.S.', 'e.g.', 'don\u2019t', '...', '--', '## Heading', '* item', '> quote', '`code`',
  ),
);

/** A run of white space of any kind. */
const whiteSpace = fc.array(fc.constantFrom(' ', '\n', '\t', '\r\n', '\u00a0', '\u2003', '\u3000', '\u2028', '\ufeff', '\u000b'), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));

void describe('countWords on generated text', () => {
  void test('plain text: as many words as runs of letters and digits, joined by apostrophes, hyphens and dots', () => {
    fc.assert(
      fc.property(plainText, (text) => {
        assert.equal(countWords(text), plainWords(text));
      }),
      { numRuns: 3000 },
    );
  });

  void test('markup around plain text adds no words: tags, comments, a link around it, a URL after it', () => {
    fc.assert(
      fc.property(plainText, fc.stringMatching(/^[a-z0-9-]{0,10}$/), (text, slug) => {
        const words = plainWords(text);
        assert.equal(countWords(`<em class="x-${slug}">${text}</em>`), words, 'inside a tag');
        assert.equal(countWords(`<!-- ${slug} words -->${text}<!-- more ${slug} -->`), words, 'between comments');
        assert.equal(countWords(`[${text}](http://example.com/${slug})`), words, 'a link counts its text only');
        assert.equal(countWords(`${text} https://example.com/${slug}?q=${slug}`), words, 'a bare URL after it');
      }),
      { numRuns: 1000 },
    );
  });

  void test('pieces between white space: the count of the whole is the sum of the pieces\' counts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(closedPiece, whiteSpace), { maxLength: 20 }), (pairs) => {
        const text = pairs.map(([piece, space]) => `${piece}${space}`).join('');
        const sum = pairs.reduce((total, [piece]) => total + countWords(piece), 0);
        assert.equal(countWords(text), sum, JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });

  void test('any string: never more words than runs of word characters, and the same for any kind of white space', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 40 }),
      fc.array(closedPiece.chain((piece) => fc.constantFrom(piece, `${piece}<`, `](${piece}`, `${piece}:`)), { maxLength: 10 }).map((parts) => parts.join(' ')),
    );
    fc.assert(
      fc.property(anyText, whiteSpace, (text, space) => {
        const count = countWords(text);
        assert.ok(count >= 0 && count <= (text.match(/[\p{L}\p{N}\p{M}]+/gu)?.length ?? 0), JSON.stringify(text));
        assert.equal(countWords(text.replace(/ /g, space)), count, JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });
});
