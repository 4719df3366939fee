import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { hasDifferences, lineDiff, type DiffLine } from '../../../shared/posts/line-diff';

/** A diff written compactly: ' x' same, '-x' removed, '+x' added. */
function show(diff: readonly DiffLine[]): string[] {
  return diff.map((line) => `${line.kind === 'same' ? ' ' : line.kind === 'removed' ? '-' : '+'}${line.text}`);
}

const cases: readonly (readonly [string, string, readonly string[], string])[] = [
  ['', '', [], 'two empty texts'],
  ['a\nb\n', 'a\nb\n', [' a', ' b'], 'equal texts'],
  ['a\nb', 'a\nb\n', [' a', ' b'], 'a final newline adds no line'],
  ['', 'a\n', ['+a'], 'from nothing'],
  ['a\nb\n', '', ['-a', '-b'], 'to nothing'],
  ['a\nb\nc\n', 'a\nB\nc\n', [' a', '-b', '+B', ' c'], 'one line replaced'],
  ['a\nc\n', 'a\nb\nc\n', [' a', '+b', ' c'], 'one line inserted'],
  ['a\nb\nc\n', 'a\nc\n', [' a', '-b', ' c'], 'one line removed'],
  ['x\na\nb\n', 'a\nb\ny\n', ['-x', ' a', ' b', '+y'], 'removed at the start, added at the end'],
  ['a\nb\nc\nd\n', 'a\nX\nc\nY\n', [' a', '-b', '+X', ' c', '-d', '+Y'], 'two separate replacements'],
  ['\n\n', '\n', [' ', '-'], 'blank lines count'],
];

for (const [before, after, expected, why] of cases) {
  void test(`lineDiff: ${why}`, () => {
    assert.deepEqual(show(lineDiff(before, after)), expected);
    assert.equal(hasDifferences(lineDiff(before, after)), expected.some((line) => !line.startsWith(' ')));
  });
}

/** The length of a longest common subsequence, by the textbook table (small inputs only). */
function longestCommon(a: readonly string[], b: readonly string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = table[i]!;
      row[j] = a[i - 1] === b[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, row[j - 1]!);
    }
  }
  return table[a.length]![b.length]!;
}

const lines = fc.array(fc.constantFrom('a', 'b', 'c', '', 'd e'), { maxLength: 12 });

void test('lineDiff: each side is rebuilt exactly from the diff, and the shared lines are as many as possible', () => {
  fc.assert(
    fc.property(lines, lines, (left, right) => {
      const before = left.map((line) => `${line}\n`).join('');
      const after = right.map((line) => `${line}\n`).join('');
      const diff = lineDiff(before, after);
      assert.deepEqual(diff.filter((line) => line.kind !== 'added').map((line) => line.text), left);
      assert.deepEqual(diff.filter((line) => line.kind !== 'removed').map((line) => line.text), right);
      assert.equal(diff.filter((line) => line.kind === 'same').length, longestCommon(left, right));
    }),
    { numRuns: 500 },
  );
});

void test('lineDiff: a 5,000-line post with a few edits is diffed line by line', () => {
  const original = Array.from({ length: 5000 }, (_, index) => `Line ${index} of a long post.`);
  const edited = [...original];
  edited[10] = 'Changed near the top.';
  edited.splice(2500, 1);
  edited.splice(4000, 0, 'Inserted near the end.');
  const diff = lineDiff(`${original.join('\n')}\n`, `${edited.join('\n')}\n`);
  assert.deepEqual(show(diff.filter((line) => line.kind !== 'same')), ['-Line 10 of a long post.', '+Changed near the top.', '-Line 2500 of a long post.', '+Inserted near the end.']);
});

void test('lineDiff: past 2,000 differing lines the middle is all removed then all added, each side still whole', () => {
  const before = Array.from({ length: 3000 }, (_, index) => `old ${index}`);
  const after = Array.from({ length: 3000 }, (_, index) => `new ${index}`);
  const diff = lineDiff(['same', ...before, 'end'].join('\n'), ['same', ...after, 'end'].join('\n'));
  assert.deepEqual(diff.filter((line) => line.kind !== 'added').map((line) => line.text), ['same', ...before, 'end']);
  assert.deepEqual(diff.filter((line) => line.kind !== 'removed').map((line) => line.text), ['same', ...after, 'end']);
  assert.equal(diff.findIndex((line) => line.kind === 'added'), 3001);
});
