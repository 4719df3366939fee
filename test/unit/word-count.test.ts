import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWords } from '../../shared/word-count';

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
