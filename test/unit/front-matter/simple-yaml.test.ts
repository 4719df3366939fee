// The fast path for flat YAML front matter (parseSimpleYaml) against the full parser
// (parseJekyllYaml): whenever the fast path reads a source, it must read exactly what the full
// parser reads (same keys, same values, same types: dates by value, -0 apart from 0); for
// anything else it must return null. Generated sources mix the front matter model of
// front-matter-property.test.ts with line-level junk and tricky plain scalars
// (test/harness/generated-yaml-sources.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseJekyllYaml } from '../../../shared/front-matter/jekyll-yaml';
import { locateFrontMatter } from '../../../shared/front-matter/locate-front-matter';
import { parsePost } from '../../../shared/front-matter/parse-post';
import { parseSimpleYaml } from '../../../shared/front-matter/simple-yaml';
import { trickyScalarArb, doubleQuotedArb, singleQuotedArb, linesSourceArb, modelSourceArb, fixtureShapedArb } from '../../harness/generated-yaml-sources';
import { postSets } from '../../harness/temp-folders';

/** Checks the fast path against the full parser on `source`; says which one read it. */
function compareWithFullParser(source: string): 'fast' | 'fallback' {
  const fast = parseSimpleYaml(source);
  if (fast === null) {
    return 'fallback';
  }
  let full: Record<string, unknown>;
  try {
    full = parseJekyllYaml(source, 2).data;
  } catch (error) {
    assert.fail(`the fast path read ${JSON.stringify(source)} as ${String(JSON.stringify(fast))}, but the full parser rejects it: ${String(error)}`);
  }
  assert.deepStrictEqual(fast, full, JSON.stringify(source));
  return 'fast';
}

// SIMPLE_YAML_RUNS=100000 explores further; the defaults keep the file within a couple of seconds.
const runScale = Number(process.env['SIMPLE_YAML_RUNS'] ?? 1000) / 1000;

/** Runs a property and fails when the fast path read too few of the generated sources to prove anything. */
function assertProperty(arbitrary: fc.Arbitrary<string>, minimumFastShare: number, runs = 1000): void {
  const numRuns = Math.max(1, Math.round(runs * runScale));
  let fast = 0;
  let total = 0;
  fc.assert(
    fc.property(arbitrary, (source) => {
      total += 1;
      if (compareWithFullParser(source) === 'fast') {
        fast += 1;
      }
    }),
    { numRuns },
  );
  assert.ok(fast >= total * minimumFastShare, `the fast path read only ${fast} of ${total} sources`);
}

// ---------------------------------------------------------------------------------------------

function fixtureSource(dir: string, name: string): string {
  const text = readFileSync(join(dir, name), 'utf8');
  const location = locateFrontMatter(text);
  assert.equal(location.format, 'yaml', name);
  return text.slice(location.sourceStart, location.sourceEnd).replace(/\r\n?/g, '\n');
}

for (const set of postSets) {
  describe(`parseSimpleYaml: the ${set.label} posts`, { skip: set.skip }, () => {
    for (const name of set.names) {
      test(`reads ${name} as the full parser does`, () => {
        const source = fixtureSource(set.dir, name);
        const fast = parseSimpleYaml(source);
        assert.notEqual(fast, null, 'the fast path must read the common shape');
        assert.deepStrictEqual(fast, parseJekyllYaml(source, 2).data);
      });
    }
  });
}

describe('parseSimpleYaml: values', () => {
  const read: readonly (readonly [string, unknown])[] = [
    ['k: 13:48', 49680], // Psych's base 60 (checked against Psych in psych-oracle.test.ts)
    ['k: "13:48"', '13:48'],
    ['k: 08:20', 30000],
    ['k: 1_000', 1000],
    ['k: -0', -0],
    ['k: 0.50', 0.5],
    ['k: e5', 'e5'],
    ['k: .', '.'],
    ['k: YeS', true],
    ['k: oFf', false],
    ['k: y', 'y'],
    ['k: N', 'N'],
    ['k: ~', null],
    ['k: NULL', null],
    ['k:', null],
    ['k: # comment', null],
    ['k: 2009-01-07', new Date(Date.UTC(2009, 0, 7))],
    ['k: 2009-01-07 10:00:00 +01:00', new Date(Date.UTC(2009, 0, 7, 9))],
    ['k: 2009-01-07 10:00:00 -0800', new Date(Date.UTC(2009, 0, 7, 18))],
    ['k: 0x1F', 31],
    ['k: 017', 15],
    ['k: 0b1', 1],
    ['k: .inf', Infinity],
    ['k: .nan', Number.NaN],
    ['k: 1:30.5', 5430],
    ['k: 1,000', 1000],
    ['k: 2009-01-07 10:00', '2009-01-07 10:00'],
    ['k: http://example.com/a#b', 'http://example.com/a#b'],
    ['k: a #b', 'a'],
    ['k: say "hi"', 'say "hi"'],
    ["k: 'it''s'", "it's"],
    ['k: "a\\"b\\\\c\\u00e9\\x41"', 'a"b\\céA'],
    ['k: [a, "b: c", \'d\', 5, yes, ~]  # tags', ['a', 'b: c', 'd', 5, true, null]],
    ['k: [ ]', []],
  ];
  for (const [source, expected] of read) {
    test(`${JSON.stringify(source)} reads as ${String(expected)}, as the full parser reads it`, () => {
      assert.deepStrictEqual(parseSimpleYaml(`${source}\n`), { k: expected });
      assert.equal(compareWithFullParser(`${source}\n`), 'fast');
    });
  }

  const leftToTheFullParser = [
    'k: &a x\nj: *a',
    'k: !!str 5',
    'k:\n- a\n- b',
    'k:\n  - a',
    'k:\n  j: x',
    'k: |\n  text',
    'k: >\n  text',
    'k: {a: 1}',
    'k: [a, [b]]',
    'k: [a, b,]',
    'k: [a,\n  b]',
    'k: "two\n  lines"',
    'k: plain\n  continued',
    'k: "\\U0001F600"',
    'k:\tv',
    '\tk: v',
    'k: v\r',
    'k: a\u0085b',
    'k: a\u2028b',
    'k: \ufeffa',
    'k: a\u007f',
    'k: a\ud800',
    'k: \udc00a',
    'k: 1\nk: 2',
    'yes: 1',
    '"k": v',
    '1: v',
    '__proto__: v',
    'k: a: b',
    'k: a:',
    'k: "a"b',
    'k: "\\q"',
    'k: @a',
    '? k\n: v',
    '%YAML 1.1\n---\nk: v',
    'k: v\n---\nj: w',
    'k: v\n...',
  ];
  for (const source of leftToTheFullParser) {
    test(`${JSON.stringify(source)} is left to the full parser`, () => {
      assert.equal(parseSimpleYaml(`${source}\n`), null);
    });
  }

  test('no keys at all (blank lines and comments) read as an empty object', () => {
    assert.deepStrictEqual(parseSimpleYaml('\n# only a comment\n\n'), {});
    assert.deepStrictEqual(parseSimpleYaml(''), {});
  });
});

describe('parseSimpleYaml: the full parser reads the same (generated sources)', () => {
  test('tricky plain scalars as a value and as a flow item', () => {
    assertProperty(
      fc.tuple(trickyScalarArb, fc.constantFrom('k: ', 'k:  ', 'k: [', 'k: [ ', 'k: [x, ')).map(([text, head]) => (head.includes('[') ? `${head}${text}${head.endsWith(' ') ? ' ' : ''}]\n` : `${head}${text}\n`)),
      0.3,
      2000,
    );
  });

  test('quoted scalars and their escapes, as a value and as flow items', () => {
    const quotedArb = fc.oneof(doubleQuotedArb, singleQuotedArb);
    assertProperty(
      fc.oneof(
        fc.tuple(quotedArb, fc.constantFrom('', ' ', '  # c', '#c', ' x')).map(([text, tail]) => `k: ${text}${tail}\n`),
        fc.array(quotedArb, { minLength: 1, maxLength: 3 }).map((items) => `k: [${items.join(', ')}]\n`),
      ),
      0.3,
      2000,
    );
  });

  test('lines of keys, values, comments and junk', () => {
    assertProperty(linesSourceArb, 0.1, 3000);
  });

  test('front matter in many styles (the front matter property model)', () => {
    assertProperty(modelSourceArb, 0.2, 2000);
  });

  test('the fixture posts\' shape is always read by the fast path', () => {
    fc.assert(
      fc.property(fixtureShapedArb, (source) => {
        assert.equal(compareWithFullParser(source), 'fast');
      }),
      { numRuns: Math.max(1, Math.round(1000 * runScale)) },
    );
  });
});

describe('parsePost uses the fast path only where it reads the same', () => {
  test('errors and repeated keys still come from the full parser, at their positions', () => {
    assert.deepEqual(parsePost('---\ntitle: ok\ntitle: twice\n---\nBody\n').duplicateKeys, [{ key: 'title', line: 3, column: 1 }]);
    assert.throws(() => parsePost('---\ntitle: a: b\n---\nBody\n'), { name: 'FrontMatterError', line: 2 });
  });

  test('CRLF front matter reads as with LF', () => {
    const text = '---\r\nlayout: post\r\ntitle: "A: B"\r\ntags: [a, b]\r\ntime: 13:48\r\n---\r\nBody\r\n';
    assert.deepStrictEqual(parsePost(text).data, { layout: 'post', title: 'A: B', tags: ['a', 'b'], time: 49680 });
  });
});
