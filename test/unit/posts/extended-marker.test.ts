import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { declaredMarker, hasMarkerLine, splitAtMarker } from '../../../shared/posts/extended-marker';

const marker = ':EXTENDED:';

void describe('declaredMarker', () => {
  const cases: readonly (readonly [Record<string, unknown>, string | null, string])[] = [
    [{ extended: ':EXTENDED:' }, ':EXTENDED:', 'the extended key'],
    [{ excerpt_separator: '<!--more-->' }, '<!--more-->', "Jekyll's excerpt_separator"],
    [{ extended: ':X:', excerpt_separator: '<!--more-->' }, ':X:', 'extended wins'],
    [{ extended: '' }, null, 'an empty marker is none'],
    [{ extended: 42 }, null, 'a non-string is none'],
    [{}, null, 'no key'],
  ];
  for (const [data, expected, why] of cases) {
    void test(why, () => assert.equal(declaredMarker(data), expected));
  }
});

void describe('splitAtMarker and hasMarkerLine agree', () => {
  const cases: readonly (readonly [string, string, string | null, readonly number[], string])[] = [
    ['Intro\n\n:EXTENDED:\n\nRest\n', 'Intro\n', '\nRest\n', [2], 'a marker line splits'],
    ['Intro\n:EXTENDED:', 'Intro', '', [1], 'a marker on the last line leaves an empty extended part'],
    ['No marker here\n', 'No marker here\n', null, [], 'no marker line: no extended part'],
    ['Text mentioning :EXTENDED: inline\n', 'Text mentioning :EXTENDED: inline\n', null, [], 'the marker inside prose does not count'],
    ['A\n  :EXTENDED:  \nB', 'A', 'B', [1], 'spaces around the marker are allowed'],
    ['A\r\n:EXTENDED:\r\nB', 'A\r', 'B', [1], 'a CR before the newline is allowed'],
    [':EXTENDED:\nA\n:EXTENDED:\nB', '', 'A\n:EXTENDED:\nB', [0, 2], 'two markers: the first splits, both are found'],
    ['x:EXTENDED:\n:EXTENDED:x\n', 'x:EXTENDED:\n:EXTENDED:x\n', null, [], 'touching text does not count'],
  ];
  for (const [body, excerpt, extended, markerLines, why] of cases) {
    void test(why, () => {
      assert.deepEqual(splitAtMarker(body, marker), { excerpt, extended, markerLines });
      assert.equal(hasMarkerLine(body, marker), markerLines.length > 0);
    });
  }
  void test('no declared marker means no split', () => {
    assert.deepEqual(splitAtMarker('A\n:EXTENDED:\nB', null), { excerpt: 'A\n:EXTENDED:\nB', extended: null, markerLines: [] });
    assert.equal(hasMarkerLine('A\n:EXTENDED:\nB', null), false);
  });
});
