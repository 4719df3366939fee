// The preview's pure parts, checked without a browser: the block splitter against the
// kramdown-like markdown-it rendering the whole body, the incremental block parser against a
// full parse after random edits, and the front matter marker reader against the YAML parser.
// (They ran inside the end-to-end preview spec before; nothing of them needs a page.)
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { declaredMarker } from '../../../shared/posts/extended-marker';
import { createBlockParser } from '../../../renderer/src/preview/block-parser';
import { createBlockSplitter } from '../../../renderer/src/preview/block-splitter';
import { markerFromFrontMatter } from '../../../renderer/src/preview/front-matter-marker';
import { createKramdownMarkdownIt } from '../../../renderer/src/preview/kramdown/kramdown-markdown';
import { createMarkdownRenderer, type MarkdownEnv } from '../../../renderer/src/preview/markdown-renderer';
import { fixtureBodies } from '../../harness/generated-posts';

/** Block by block, with the definitions the splitter found, as the preview renders. */
function renderByBlocks(body: string): string {
  const render = createMarkdownRenderer();
  const split = createBlockSplitter()(body, 1);
  const references: NonNullable<MarkdownEnv['references']> = {};
  for (const definition of split.definitions) {
    if (!Object.hasOwn(references, definition.label) && definition.reference !== null) {
      references[definition.label] = definition.reference;
    }
  }
  const env: MarkdownEnv = { references };
  return split.blocks.map((block) => render(block.source, env)).join('');
}

/** Markdown that is hard to split: lists with lazy and indented continuations, fences, HTML blocks, references defined late and twice. */
const tricky = [
  'Intro with [a ref][later] and [another].', '', '* item one', '* item two', '', '  continued', '', '* item three', '',
  '1. one', '2. two', '', '> quote', 'lazy line', '', '```js', 'code', '', 'more', '```', '', '    indented', '', '    code', '',
  'Setext', '===', '', '| a | b |', '|---|---|', '| 1 | 2 |', '', '<div class="note">', '', '*Inside* the div', '', '</div>', '',
  '[later]: http://example.com/later "Title"', '[another]: <http://example.com/a>', '[later]: http://example.com/ignored', '',
  'Para', '***', 'after hr', '<!-- comment -->', '', 'Trailing  ', 'hard break', '', '```', 'unclosed fence',
].join('\n');

/** Lines Markdown gives meaning to, for generated bodies. */
const markdownLines = fc.constantFrom(
  '', '', '', 'A plain paragraph line.', 'another line with *emphasis* and `code`', '# Heading', 'Setext', '===', '---', '***',
  '* item', '- item', '1. item', '   continued', '    indented code', '> quote', '```', '```ruby', '~~~', '<div>', '</div>',
  '<!-- note -->', '| a | b |', '|---|---|', '[ref]: http://example.com/r', 'see [ref] and [other][ref]', '\tTabbed', 'Trailing  ',
);

void describe('the block splitter', () => {
  void test('renders each test blog body and a tricky one as the kramdown-like markdown-it renders the whole body', () => {
    const whole = createKramdownMarkdownIt();
    for (const body of [...fixtureBodies, tricky]) {
      assert.equal(renderByBlocks(body), whole.render(body));
    }
  });

  void test('renders any body made of Markdown\'s meaningful lines as the kramdown-like markdown-it renders it whole', () => {
    const whole = createKramdownMarkdownIt();
    fc.assert(
      fc.property(fc.array(markdownLines, { maxLength: 40 }), (lines) => {
        const body = lines.join('\n');
        assert.equal(renderByBlocks(body), whole.render(body));
      }),
      { numRuns: 300 },
    );
  });

  void test('cuts raw HTML where the renderer ends it: an unclosed fence right after </div> keeps its blank lines', () => {
    // Found by the property above: the splitter's parser ran markdown-it's own HTML block rule (to the next blank
    // line) while the renderer ends kramdown's block HTML at the end tag, so the fence lost its last blank line.
    const whole = createKramdownMarkdownIt();
    for (const body of ['<div>\n</div>\n~~~\n\n', '<div>\n</div>\n```\ncode\n\n\n', '<p>x</p>\n* item\n\n']) {
      assert.equal(renderByBlocks(body), whole.render(body), JSON.stringify(body));
    }
  });
});

/** Snippets whose insertion changes how the blocks around them parse. */
const pieces = ['\n', '\n\n', '```', '    ', '> ', '* ', '1. ', '<div>', '</div>', '[docs]: /x', '[x]: /y\n', '|---|', '| a |', 'word ', '#', '===', '---', '`', '<!--', '-->', '\t', ' '];

/** One edit, at a position given as a fraction of the text's length: insert a piece, delete up to 30 characters, or type one letter. */
const editArbitrary = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.oneof(
    fc.record({ insert: fc.constantFrom(...pieces) }),
    fc.record({ remove: fc.integer({ min: 1, max: 30 }) }),
    fc.record({ insert: fc.constant('x') }),
  ),
});

function applyEdit(text: string, edit: typeof editArbitrary extends fc.Arbitrary<infer Edit> ? Edit : never): string {
  const at = Math.floor(edit.at * (text.length + 1));
  return 'insert' in edit.kind ? text.slice(0, at) + edit.kind.insert + text.slice(at) : text.slice(0, at) + text.slice(at + edit.kind.remove);
}

void describe('the incremental block parser', () => {
  const text = fixtureBodies.join('\n');

  void test('re-parsing only around each edit gives what a full parse gives', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 200, max: 4_000 }),
        fc.array(editArbitrary, { minLength: 1, maxLength: 40 }),
        (where, length, edits) => {
          const start = Math.floor(where * Math.max(0, text.length - length));
          let current = text.slice(start, start + length);
          const incremental = createBlockParser();
          incremental(current);
          for (const [step, edit] of edits.entries()) {
            current = applyEdit(current, edit);
            const fast = incremental(current);
            const full = createBlockParser()(current);
            assert.deepEqual([fast.blocks, fast.definitions], [full.blocks, full.definitions], `edit ${step}`);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

void describe('the front matter marker reader', () => {
  void test('finds the marker the YAML says', () => {
    const cases: Array<[string, string | null]> = [
      ['layout: post\nextended: ":EXTENDED:"\n', ':EXTENDED:'],
      ["extended: ':EX''T:'\n", ":EX'T:"],
      ['extended: plain-marker # a comment\n', 'plain-marker'],
      ['extended: ""\nexcerpt_separator: "<!--more-->"\n', '<!--more-->'],
      ['excerpt_separator: "\\u2042 more \\"quoted\\""\n', '⁂ more "quoted"'],
      ['extended: ":A:"\nexcerpt_separator: ":B:"\n', ':A:'],
      ['excerpt_separator: ":B:"\nextended: ":A:"\n', ':A:'],
      ['extended: 42\n', null],
      ['extended: ~\n', null],
      ['extended: yes\n', null],
      ['extended: [a, b]\n', null],
      ['extended:\n', null],
      ['meta:\n  extended: ":NESTED:"\n', null],
      ['title: "No marker"\n', null],
    ];
    for (const [frontMatter, expected] of cases) {
      assert.equal(markerFromFrontMatter(frontMatter), expected, frontMatter);
      const data: unknown = parseYaml(frontMatter, { version: '1.1' });
      assert.equal(declaredMarker(typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}), expected, `YAML agrees: ${frontMatter}`);
    }
    assert.equal(markerFromFrontMatter(null), null);
  });

  void test('agrees with the YAML parser on generated marker values, quoted either way', () => {
    const value = fc.string({ unit: fc.constantFrom('a', 'Z', ':', '-', ' ', '#', "'", '"', '\\', '!', '<', '>', '⁂'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(value, fc.constantFrom('extended', 'excerpt_separator'), fc.boolean(), (marker, key, single) => {
        const quoted = single ? `'${marker.replace(/'/g, "''")}'` : JSON.stringify(marker);
        const frontMatter = `title: T\n${key}: ${quoted}\n`;
        const data = parseYaml(frontMatter, { version: '1.1' }) as Record<string, unknown>;
        assert.equal(markerFromFrontMatter(frontMatter), declaredMarker(data), frontMatter);
      }),
      { numRuns: 300 },
    );
  });
});
