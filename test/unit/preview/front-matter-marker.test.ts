import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markerFromFrontMatter } from '../../../renderer/src/preview/front-matter-marker';
import { parsePost } from '../../../shared/front-matter';
import { declaredMarker } from '../../../shared/posts/extended-marker';

/** The marker the shared engine finds in a post with this front matter: what the form, the index and the export use. */
function sharedMarker(frontMatter: string): string | null {
  try {
    return declaredMarker(parsePost(`---\n${frontMatter}---\nBody.\n`).data);
  } catch {
    return null;
  }
}

test('a repeated marker key: the preview agrees with the shared front matter engine (the last one wins, as in Jekyll)', () => {
  const repeated = 'extended: ":A:"\nextended: ":B:"\n';
  assert.deepEqual(parsePost(`---\n${repeated}---\n`).duplicateKeys?.map((duplicate) => duplicate.key), ['extended']);
  assert.equal(markerFromFrontMatter(repeated), ':B:');
  assert.equal(markerFromFrontMatter(repeated), sharedMarker(repeated));
  const repeatedOther = 'excerpt_separator: ":A:"\ntitle: x\nexcerpt_separator: ":B:"\n';
  assert.equal(markerFromFrontMatter(repeatedOther), sharedMarker(repeatedOther));
});

test('the preview reads the marker exactly as the shared engine does', () => {
  const cases: Array<[string, string | null]> = [
    ['layout: post\nextended: ":EXTENDED:"\n', ':EXTENDED:'],
    ["extended: ':EX''T:'\n", ":EX'T:"],
    ['extended: plain-marker # a comment\n', 'plain-marker'],
    ['extended: ""\nexcerpt_separator: "<!--more-->"\n', '<!--more-->'],
    ['excerpt_separator: "\\u2042 more \\"quoted\\""\n', '⁂ more "quoted"'],
    ['extended: ":A:"\nexcerpt_separator: ":B:"\n', ':A:'],
    ['extended: 42\n', null],
    ['extended: yes\n', null],
    ['extended: y\n', 'y'],
    ['extended: 2024-01-02\n', null],
    ['extended: [a, b]\n', null],
    ['extended:\n', null],
    ['extended: |\n  :BLOCK:\n', ':BLOCK:\n'],
    ['meta:\n  extended: ":NESTED:"\n', null],
    ['extended: ":CRLF:"\r\ntitle: x\r\n', ':CRLF:'],
    ['extended: "unclosed\n', null],
  ];
  for (const [frontMatter, expected] of cases) {
    assert.equal(markerFromFrontMatter(frontMatter), expected, frontMatter);
    assert.equal(markerFromFrontMatter(frontMatter), sharedMarker(frontMatter.replace(/\r/g, '')), `agrees with the engine: ${frontMatter}`);
  }
  assert.equal(markerFromFrontMatter(null), null);
});
