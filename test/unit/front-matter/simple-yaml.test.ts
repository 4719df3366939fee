// The fast path for flat YAML front matter (parseSimpleYaml) against the full parser
// (parseJekyllYaml): whenever the fast path reads a source, it must read exactly what the full
// parser reads (same keys, same values, same types: dates by value, -0 apart from 0); for
// anything else it must return null. Generated sources mix the front matter model of
// front-matter-property.test.ts with line-level junk and tricky plain scalars.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseJekyllYaml } from '../../../shared/front-matter/jekyll-yaml';
import { locateFrontMatter } from '../../../shared/front-matter/locate-front-matter';
import { parsePost } from '../../../shared/front-matter/parse-post';
import { parseSimpleYaml } from '../../../shared/front-matter/simple-yaml';
import { doubleQuoted, isSafePlain, singleQuoted } from '../../../shared/front-matter/yaml-scalars';
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
// Tricky plain scalars: what YAML 1.1 may read as something other than a string.

const typedWords = ['yes', 'no', 'on', 'off', 'true', 'false', 'y', 'n', 'null', '~', 'nan', 'inf', 'e'];

/** A word in any mix of upper and lower case: `YeS`, `NULL`, `oFF`. */
const mixedCaseWordArb: fc.Arbitrary<string> = fc
  .constantFrom(...typedWords)
  .chain((word) => fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((upper) => [...word].map((character, index) => (upper[index] ? character.toUpperCase() : character)).join('')));

const trickyTexts = [
  '', '~', 'null', 'Null', 'NULL', 'nULL', 'y', 'Y', 'n', 'N', 'yes', 'Yes', 'YES', 'No', 'on', 'ON', 'Off', 'True', 'FALSE',
  '0', '-0', '+0', '00', '007', '08', '09', '0_8', '010', '0o17', '0b101', '0x1F', '-0x1f', '0xG', '1_000', '1__0', '_1', '1_', '12345678901234567890',
  '+5', '-5', '+', '-', '.', '-.', '+.', '1.', '.5', '-.5', '1.0', '0.50', '1.5e-7', '1e3', '1E+3', 'e5', 'E-5', '1.e2', '.e1', '1_0.5', '1.2.3',
  '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', '.Nan', 'inf', '-inf', 'nan',
  '13:48', '1:2:3', '-1:30', '+1:30', '1:60', '1:5', '1:05:', '13:48.5', '190:20:30', '0:0', '1_3:48', '13:4_8', '24:00',
  '2009-01-07', '2009-1-7', '2009-01-7', '0000-01-01', '0099-12-31', '2009-13-45', '2009-01-07 10:00', '2009-01-07 10:00:00', '2009-01-07T10:00:00Z',
  '2009-01-07t10:00:00', '2009-01-07  10:00:00', '2009-01-07 10:00:00 -08:00', '2009-01-07 10:00:00 -0800', '2009-01-07 10:00:00 +5', '2009-01-07 10:00:00.123 +05:30',
  '2009-01-07 10:00:00.5Z', '2009-01-07 10:00:00 Z', '2009-01-07 1:2:3', '20090107', '2009-01-07x',
  'a: b', 'a:b', 'a :b', 'ends:', 'a #b', 'a#b', '#a', 'a # b # c', 'http://example.com/a#b', 'say "hi"', "it's", "'quoted'", '"quoted"', 'a, b', 'a]', 'a}', '{a}', '[a]',
  '- a', '-a', '--', '---', '...', '? a', ':a', '@a', '`a`', '%a', '&a', '*a', '!a', '|', '>', 'a&b', 'a*b', 'a!b', 'a|b', 'a>b',
  'naïve café', '日本語', '🎉 party', '\u00a0', 'a\u00a0', '\u00a0a', 'a\u3000', 'tab\there', 'a\\b', 'a\\', '<<', '=',
];

/** Plain scalar text, written as is (quoted or not: the full parser decides what it is). */
const trickyScalarArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...trickyTexts) },
  { weight: 2, arbitrary: mixedCaseWordArb },
  { weight: 2, arbitrary: fc.stringMatching(/^[-+]?[0-9_]{1,5}(?:[.:][0-9_]{0,3}){0,3}(?:[eE][-+]?[0-9]{1,2})?$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[-+]?(?:0[xob])?[0-9a-fA-F_]{1,4}$/) },
  { weight: 2, arbitrary: fc.stringMatching(/^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[ Tt]{1,2}[0-9]{1,2}:[0-9]{1,2}(?::[0-9]{1,2}(?:\.[0-9]{1,4})?)?(?: ?(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?$/) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('a', 'e', 'n', 'Y', '1', '0', ' ', ':', '#', '-', '+', '.', '_', '"', "'", '[', ']', '{', '}', ',', '~', '\\', 'é', '日', '😀', '\u00a0', '!', '&', '*', '|', '>', '%', '@', '`', '?'), maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
);

/** Double-quoted text with escapes, valid and not. */
const doubleQuotedArb: fc.Arbitrary<string> = fc
  .array(fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('a', ' ', 'Jabber: Happy', '#', ' # x', "'", '日本', '😀', ',', ']', ':', '\u00a0') },
    { weight: 2, arbitrary: fc.constantFrom('\\"', '\\\\', '\\/', '\\n', '\\t', '\\r', '\\0', '\\a', '\\b', '\\e', '\\f', '\\v', '\\N', '\\_', '\\L', '\\P', '\\ ', '\\x41', '\\xe9', '\\u00e9', '\\u2028', '\\ud83d\\ude00', '\\ud83d', '\\U0001F600') },
    { weight: 1, arbitrary: fc.constantFrom('\\q', '\\x4', '\\xZZ', '\\u12', '\\', '"', '\\\t', '\t') },
  ), { maxLength: 5 })
  .map((parts) => `"${parts.join('')}"`);

/** Single-quoted text: `''` is a quote, a lone `'` ends it. */
const singleQuotedArb: fc.Arbitrary<string> = fc
  .array(fc.constantFrom('a', ' ', "''", "'", '#', ' # x', '"', '\\', ': ', '日', ',', ']'), { maxLength: 5 })
  .map((parts) => `'${parts.join('')}'`);

const itemArb: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: trickyScalarArb }, { weight: 1, arbitrary: doubleQuotedArb }, { weight: 1, arbitrary: singleQuotedArb });

/** A flow list, usually well formed, sometimes not (nesting, trailing or double commas, no closing bracket). */
const flowListArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(itemArb, { maxLength: 4 }),
    fc.constantFrom(', ', ',', ' , ', ',  '),
    fc.constantFrom('', ' '),
    fc.constantFrom('', '', '', ',', ', ', '[x]', '{a: b}', ',,'),
    fc.constantFrom(']', ']', ']', '', '] x', ']]'),
  )
  .map(([items, separator, padding, extra, closing]) => `[${padding}${items.join(separator)}${extra}${padding}${closing}`);

const valueArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: trickyScalarArb },
  { weight: 2, arbitrary: doubleQuotedArb },
  { weight: 2, arbitrary: singleQuotedArb },
  { weight: 2, arbitrary: flowListArb },
  { weight: 1, arbitrary: fc.constantFrom('&anchor value', '*anchor', '!!str 5', '!custom x', '|', '>-', '{a: 1}', '"unclosed', "'unclosed", '"a" "b"', '"a"b', "'a'b") },
);

const keyArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('layout', 'title', 'tags', 'time', 'date', 'extended', 'categories', 'permalink', 'published') },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,8}$/) },
  { weight: 1, arbitrary: fc.constantFrom('yes', 'No', 'ON', 'null', 'Null', 'y', 'n', 'e5', 'E1', '1', '1a', '-a', '_', '__proto__', 'constructor', 'toString', 'a b', 'a-b', 'a.b', 'k#', '"k"', "'k'", '<<', '? k', '日本', '2009-01-07') },
  { weight: 1, arbitrary: mixedCaseWordArb },
);

/** A line of the source: mostly `key: value`, sometimes blank, a comment, indented or junk. */
const lineArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(keyArb, fc.constantFrom(': ', ': ', ': ', ':  ', ':', ' : '), valueArb, fc.constantFrom('', '', '', '', ' # comment', '  #', '#c', ' #: x', '  '))
      .map(([key, colon, value, tail]) => `${key}${colon}${value}${tail}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('', '', '  ', '# a comment', '#', '#: x', '  # indented comment', '---', '...', '- item', '  - item', '  nested: x', 'key', '%YAML 1.1', '\tk: v', 'k: v\r', 'k:\tv') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
);

const linesSourceArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(lineArb, { maxLength: 7 }), fc.constantFrom('\n', '\n', ''))
  .map(([lines, end]) => (lines.length === 0 ? '' : lines.join('\n') + end));

// ---------------------------------------------------------------------------------------------
// The front matter model of front-matter-property.test.ts, adapted: sources in many styles
// (block lists, nested maps, literal blocks and quoted keys the fast path must leave alone).

type StringStyle = 'plain' | 'single' | 'double';

const sampleTexts = [
  'Hello', 'Emacs and Jabber: Happy Together', '13:48', '18:30', 'yes', 'No', 'on', 'y', '~', 'null', '2011-01-01', '1,000', '1e3', '.inf', '0x1F',
  '日本語のタイトル', '标签', '🎉 party time', 'naïve café', "it's", 'say "hi"', '# not a comment', 'a #b', '- dash', '[x]', 'a, b', '{braces}',
  'trailing space ', ' leading space', 'tab\there', 'two\nlines', 'back\\slash', '', '@handle', '`code`', '%percent', '!bang', '&amp', '*star',
  '|pipe', '>gt', 'key: value', 'ends with colon:', '?question',
];

const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...sampleTexts) },
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 _.-]{0,14}$/) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', ' ', '\n', ':', '#', '"', "'", '\\', ',', '-', '日', '😀', '\u2028', '\u0085', '\t'), maxLength: 8 }) },
);

function scalarSourceArb(context: 'block' | 'flow'): fc.Arbitrary<string> {
  const stringArb = fc.tuple(textArb, fc.constantFrom<StringStyle>('plain', 'plain', 'single', 'double', 'double')).map(([value, style]) => {
    if (style === 'plain' && isSafePlain(value, context)) {
      return value;
    }
    return (style === 'single' ? singleQuoted(value) : null) ?? doubleQuoted(value);
  });
  return fc.oneof(
    { weight: 6, arbitrary: stringArb },
    { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -100000, max: 100000 }), fc.constantFrom(0.5, -2.25, 1.5e-7, 3.125)).map(String) },
    { weight: 1, arbitrary: fc.constantFrom('true', 'false') },
    { weight: 1, arbitrary: fc.constantFrom('null', '~', ...(context === 'block' ? [''] : [])) },
  );
}

const commentArb: fc.Arbitrary<string> = fc
  .oneof(fc.constantFrom('note', 'TODO: check this', 'ünïcödé 😀', '注释', '# double', 'key: value'), fc.string({ unit: 'grapheme', maxLength: 12 }))
  .map((text) => text.replace(/[^\u0020-\u007e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '').replace(/\ufeff/g, '').trim());

const modelKeyArb: fc.Arbitrary<string> = fc
  .oneof(fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/), fc.constantFrom('título', '标签', 'clé', 'emoji_🎉', 'title', 'tags', 'layout', 'extended', 'time', 'date'))
  .filter((key) => isSafePlain(key, 'key'));

/** A field's lines: `key: value`, a flow list, a block list, a nested map or a literal block, with comments. */
const modelFieldArb = (key: string): fc.Arbitrary<string[]> =>
  fc
    .tuple(
      fc.oneof(
        { weight: 6, arbitrary: scalarSourceArb('block').map((text) => ({ head: text, rest: [] as string[] })) },
        {
          weight: 3,
          arbitrary: fc
            .tuple(fc.array(scalarSourceArb('flow'), { maxLength: 5 }), fc.constantFrom('', '', ' '), fc.constantFrom(', ', ', ', ','))
            .map(([items, padding, separator]) => ({ head: `[${items.length > 0 ? `${padding}${items.join(separator)}${padding}` : ''}]`, rest: [] as string[] })),
        },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.array(scalarSourceArb('block').filter((item) => item !== ''), { minLength: 1, maxLength: 3 }), fc.constantFrom('', '  '))
            .map(([items, indent]) => ({ head: '', rest: items.map((item) => `${indent}- ${item}`) })),
        },
        {
          weight: 1,
          arbitrary: fc
            .uniqueArray(fc.tuple(modelKeyArb, scalarSourceArb('block')), { minLength: 1, maxLength: 2, selector: ([entryKey]) => entryKey })
            .map((entries) => ({ head: '', rest: entries.map(([entryKey, item]) => `  ${entryKey}: ${item}`) })),
        },
        { weight: 1, arbitrary: fc.constantFrom({ head: '|', rest: ['  line one', '  line two'] }, { head: '>-', rest: ['  folded'] }) },
      ),
      fc.constantFrom(false, false, false, true),
      fc.constantFrom(0, 0, 0, 1, 2),
      fc.oneof({ weight: 3, arbitrary: fc.constant([] as string[]) }, { weight: 1, arbitrary: fc.array(commentArb, { minLength: 1, maxLength: 2 }) }),
      fc.option(commentArb, { nil: null, freq: 3 }),
    )
    .map(([value, quotedKey, blankBefore, commentsBefore, trailingComment]) => {
      const writtenKey = quotedKey ? JSON.stringify(key) : key;
      const trailing = trailingComment === null ? '' : ` # ${trailingComment}`;
      return [
        ...Array.from({ length: blankBefore }, () => ''),
        ...commentsBefore.map((comment) => `# ${comment}`),
        `${writtenKey}:${value.head === '' ? '' : ` ${value.head}`}${trailing}`,
        ...value.rest,
      ];
    });

const modelSourceArb: fc.Arbitrary<string> = fc
  .uniqueArray(modelKeyArb, { minLength: 0, maxLength: 6 })
  .chain((keys) => fc.tuple(fc.tuple(...keys.map(modelFieldArb)), fc.array(fc.oneof(commentArb.map((comment) => `# ${comment}`), fc.constant('')), { maxLength: 2 })))
  .map(([fields, tail]) => [...fields.flat(), ...tail].map((line) => `${line}\n`).join(''));

/** The fixture posts' shape: plain or quoted scalars and flow lists of plain tags, one per key. */
const fixtureShapedArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,20}[A-Za-z0-9]$/).filter((title) => isSafePlain(title, 'block')),
    fc.boolean(),
    fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,9}$/).filter((tag) => isSafePlain(tag, 'flow')), { maxLength: 8 }),
    fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })),
  )
  .map(([title, quoteTitle, tags, [hours, minutes]]) => {
    const time = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
    return `layout: post\ntitle: ${quoteTitle ? doubleQuoted(`${title}: more`) : title}\ntags: [${tags.join(', ')}]\ntime: "${time}"\nextended: ":EXTENDED:"\n`;
  });

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
