import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter, type FrontMatterBlock } from '../../../shared/front-matter/front-matter-block';
import { postSets } from '../../harness/temp-folders';

describe('splitFrontMatter', () => {
  const cases: readonly (readonly [string, string, FrontMatterBlock])[] = [
    ['no front matter', '# Just Markdown\n\nText.\n', { frontMatter: null, body: '# Just Markdown\n\nText.\n', bodyStartLine: 0 }],
    ['empty text', '', { frontMatter: null, body: '', bodyStartLine: 0 }],
    ['fence not on the first line', 'Intro\n---\ntitle: x\n---\n', { frontMatter: null, body: 'Intro\n---\ntitle: x\n---\n', bodyStartLine: 0 }],
    ['indented opening fence', ' ---\ntitle: x\n---\n', { frontMatter: null, body: ' ---\ntitle: x\n---\n', bodyStartLine: 0 }],
    ['opening fence with text after it', '---x\ntitle: x\n---\n', { frontMatter: null, body: '---x\ntitle: x\n---\n', bodyStartLine: 0 }],
    ['opening fence alone without newline', '---', { frontMatter: null, body: '---', bodyStartLine: 0 }],
    ['unclosed', '---\ntitle: x\nbody\n', { frontMatter: null, body: '---\ntitle: x\nbody\n', bodyStartLine: 0 }],
    ['four dashes do not close', '---\ntitle: x\n----\nbody\n', { frontMatter: null, body: '---\ntitle: x\n----\nbody\n', bodyStartLine: 0 }],
    ['simple', '---\ntitle: x\n---\nbody\n', { frontMatter: 'title: x\n', body: 'body\n', bodyStartLine: 3 }],
    ['`...` closes', '---\ntitle: x\n...\nbody\n', { frontMatter: 'title: x\n', body: 'body\n', bodyStartLine: 3 }],
    ['CRLF fences', '---\r\ntitle: x\r\n---\r\nbody\r\n', { frontMatter: 'title: x\r\n', body: 'body\r\n', bodyStartLine: 3 }],
    ['CRLF `...` closer', '---\r\ntitle: x\r\n...\r\nbody\r\n', { frontMatter: 'title: x\r\n', body: 'body\r\n', bodyStartLine: 3 }],
    ['closing fence is the last line, no newline', '---\ntitle: x\n---', { frontMatter: 'title: x\n', body: '', bodyStartLine: 3 }],
    ['CRLF closing fence is the last line, no newline', '---\r\ntitle: x\r\n---', { frontMatter: 'title: x\r\n', body: '', bodyStartLine: 3 }],
    ['empty front matter', '---\n---\nbody', { frontMatter: '', body: 'body', bodyStartLine: 2 }],
    ['trailing blanks on the fences', '---  \ntitle: x\n--- \t\nbody', { frontMatter: 'title: x\n', body: 'body', bodyStartLine: 3 }],
    ['only the first closing fence ends the block', '---\na: 1\n---\nbody\n---\nmore\n', { frontMatter: 'a: 1\n', body: 'body\n---\nmore\n', bodyStartLine: 3 }],
    [
      'body starting with a blank line, as in the fixtures',
      '---\nlayout: post\ntitle: T\n---\n\nText\n',
      { frontMatter: 'layout: post\ntitle: T\n', body: '\nText\n', bodyStartLine: 4 },
    ],
  ];
  for (const [name, text, expected] of cases) {
    test(name, () => {
      const block = splitFrontMatter(text);
      assert.deepEqual(block, expected);
      // bodyStartLine is the zero-based line of the full text where `body` begins.
      assert.equal(text.split('\n').slice(block.bodyStartLine).join('\n'), block.body);
    });
  }

  for (const set of postSets) {
    test(`${set.label} posts: front matter found and the body starts after the closing fence`, { skip: set.skip }, () => {
      const starts = set.names.map((name) => {
        const text = readFileSync(join(set.dir, name), 'utf8');
        const block = splitFrontMatter(text);
        assert.equal(`---\n${String(block.frontMatter)}---\n${block.body}`, text, name);
        return [name, block.bodyStartLine] as const;
      });
      // Posts without an `extended` key have four keys, the others five.
      const fourKeys = ['2013-01-20-tabs-a-short-note.markdown', '2009-01-07-emacs-and-jabber-happy-together.markdown'];
      assert.deepEqual(
        starts,
        set.names.map((name) => [name, fourKeys.includes(name) ? 6 : 7]),
      );
    });
  }

  test('agrees on generated texts with the definition: a `---` first line, up to the next `---` or `...` line', () => {
    const line = fc.constantFrom('---', '--- ', '...', '----', ' ---', 'a: 1', '', 'text', '---\r', '...\r', 'b: "x"\r');
    fc.assert(fc.property(fc.array(line, { maxLength: 8 }), fc.boolean(), (lines, newlineAtEnd) => {
      const text = lines.join('\n') + (newlineAtEnd && lines.length > 0 ? '\n' : '');
      const all = text.split('\n');
      const fence = (index: number, closing: boolean): boolean => (closing ? /^(?:---|\.\.\.)[ \t]*\r?$/ : /^---[ \t]*\r?$/).test(all[index] ?? 'x');
      const close = all.findIndex((_line, index) => index > 0 && fence(index, true));
      const expected = fence(0, false) && all.length > 1 && close > 0
        ? { frontMatter: all.slice(1, close).map((one) => `${one}\n`).join(''), body: all.slice(close + 1).join('\n'), bodyStartLine: close + 1 }
        : { frontMatter: null, body: text, bodyStartLine: 0 };
      assert.deepEqual(splitFrontMatter(text), expected);
    }), { numRuns: 3000 });
  });
});
