/**
 * Generated YAML front matter sources for the fast-path tests
 * (test/unit/front-matter/simple-yaml.test.ts): tricky plain scalars that YAML
 * 1.1 may read as something other than a string, quoted scalars, flow lists,
 * lines of keys and junk, and the front matter model in many styles.
 */
import fc from 'fast-check';
import { doubleQuoted, isSafePlain, singleQuoted } from '../../shared/front-matter/yaml-scalars';
// ---------------------------------------------------------------------------------------------
// Tricky plain scalars: what YAML 1.1 may read as something other than a string.

export const typedWords = ['yes', 'no', 'on', 'off', 'true', 'false', 'y', 'n', 'null', '~', 'nan', 'inf', 'e'];

/** A word in any mix of upper and lower case: `YeS`, `NULL`, `oFF`. */
export const mixedCaseWordArb: fc.Arbitrary<string> = fc
  .constantFrom(...typedWords)
  .chain((word) => fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((upper) => [...word].map((character, index) => (upper[index] ? character.toUpperCase() : character)).join('')));

export const trickyTexts = [
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
export const trickyScalarArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...trickyTexts) },
  { weight: 2, arbitrary: mixedCaseWordArb },
  { weight: 2, arbitrary: fc.stringMatching(/^[-+]?[0-9_]{1,5}(?:[.:][0-9_]{0,3}){0,3}(?:[eE][-+]?[0-9]{1,2})?$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[-+]?(?:0[xob])?[0-9a-fA-F_]{1,4}$/) },
  { weight: 2, arbitrary: fc.stringMatching(/^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[ Tt]{1,2}[0-9]{1,2}:[0-9]{1,2}(?::[0-9]{1,2}(?:\.[0-9]{1,4})?)?(?: ?(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?$/) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('a', 'e', 'n', 'Y', '1', '0', ' ', ':', '#', '-', '+', '.', '_', '"', "'", '[', ']', '{', '}', ',', '~', '\\', 'é', '日', '😀', '\u00a0', '!', '&', '*', '|', '>', '%', '@', '`', '?'), maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
);

/** Double-quoted text with escapes, valid and not. */
export const doubleQuotedArb: fc.Arbitrary<string> = fc
  .array(fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('a', ' ', 'Jabber: Happy', '#', ' # x', "'", '日本', '😀', ',', ']', ':', '\u00a0') },
    { weight: 2, arbitrary: fc.constantFrom('\\"', '\\\\', '\\/', '\\n', '\\t', '\\r', '\\0', '\\a', '\\b', '\\e', '\\f', '\\v', '\\N', '\\_', '\\L', '\\P', '\\ ', '\\x41', '\\xe9', '\\u00e9', '\\u2028', '\\ud83d\\ude00', '\\ud83d', '\\U0001F600') },
    { weight: 1, arbitrary: fc.constantFrom('\\q', '\\x4', '\\xZZ', '\\u12', '\\', '"', '\\\t', '\t') },
  ), { maxLength: 5 })
  .map((parts) => `"${parts.join('')}"`);

/** Single-quoted text: `''` is a quote, a lone `'` ends it. */
export const singleQuotedArb: fc.Arbitrary<string> = fc
  .array(fc.constantFrom('a', ' ', "''", "'", '#', ' # x', '"', '\\', ': ', '日', ',', ']'), { maxLength: 5 })
  .map((parts) => `'${parts.join('')}'`);

export const itemArb: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: trickyScalarArb }, { weight: 1, arbitrary: doubleQuotedArb }, { weight: 1, arbitrary: singleQuotedArb });

/** A flow list, usually well formed, sometimes not (nesting, trailing or double commas, no closing bracket). */
export const flowListArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(itemArb, { maxLength: 4 }),
    fc.constantFrom(', ', ',', ' , ', ',  '),
    fc.constantFrom('', ' '),
    fc.constantFrom('', '', '', ',', ', ', '[x]', '{a: b}', ',,'),
    fc.constantFrom(']', ']', ']', '', '] x', ']]'),
  )
  .map(([items, separator, padding, extra, closing]) => `[${padding}${items.join(separator)}${extra}${padding}${closing}`);

export const valueArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: trickyScalarArb },
  { weight: 2, arbitrary: doubleQuotedArb },
  { weight: 2, arbitrary: singleQuotedArb },
  { weight: 2, arbitrary: flowListArb },
  { weight: 1, arbitrary: fc.constantFrom('&anchor value', '*anchor', '!!str 5', '!custom x', '|', '>-', '{a: 1}', '"unclosed', "'unclosed", '"a" "b"', '"a"b', "'a'b") },
);

export const keyArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('layout', 'title', 'tags', 'time', 'date', 'extended', 'categories', 'permalink', 'published') },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,8}$/) },
  { weight: 1, arbitrary: fc.constantFrom('yes', 'No', 'ON', 'null', 'Null', 'y', 'n', 'e5', 'E1', '1', '1a', '-a', '_', '__proto__', 'constructor', 'toString', 'a b', 'a-b', 'a.b', 'k#', '"k"', "'k'", '<<', '? k', '日本', '2009-01-07') },
  { weight: 1, arbitrary: mixedCaseWordArb },
);

/** A line of the source: mostly `key: value`, sometimes blank, a comment, indented or junk. */
export const lineArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(keyArb, fc.constantFrom(': ', ': ', ': ', ':  ', ':', ' : '), valueArb, fc.constantFrom('', '', '', '', ' # comment', '  #', '#c', ' #: x', '  '))
      .map(([key, colon, value, tail]) => `${key}${colon}${value}${tail}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('', '', '  ', '# a comment', '#', '#: x', '  # indented comment', '---', '...', '- item', '  - item', '  nested: x', 'key', '%YAML 1.1', '\tk: v', 'k: v\r', 'k:\tv') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
);

export const linesSourceArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(lineArb, { maxLength: 7 }), fc.constantFrom('\n', '\n', ''))
  .map(([lines, end]) => (lines.length === 0 ? '' : lines.join('\n') + end));

// ---------------------------------------------------------------------------------------------
// The front matter model of front-matter-property.test.ts, adapted: sources in many styles
// (block lists, nested maps, literal blocks and quoted keys the fast path must leave alone).

export type StringStyle = 'plain' | 'single' | 'double';

export const sampleTexts = [
  'Hello', 'Emacs and Jabber: Happy Together', '13:48', '18:30', 'yes', 'No', 'on', 'y', '~', 'null', '2011-01-01', '1,000', '1e3', '.inf', '0x1F',
  '日本語のタイトル', '标签', '🎉 party time', 'naïve café', "it's", 'say "hi"', '# not a comment', 'a #b', '- dash', '[x]', 'a, b', '{braces}',
  'trailing space ', ' leading space', 'tab\there', 'two\nlines', 'back\\slash', '', '@handle', '`code`', '%percent', '!bang', '&amp', '*star',
  '|pipe', '>gt', 'key: value', 'ends with colon:', '?question',
];

export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...sampleTexts) },
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 _.-]{0,14}$/) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', ' ', '\n', ':', '#', '"', "'", '\\', ',', '-', '日', '😀', '\u2028', '\u0085', '\t'), maxLength: 8 }) },
);

export function scalarSourceArb(context: 'block' | 'flow'): fc.Arbitrary<string> {
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

export const commentArb: fc.Arbitrary<string> = fc
  .oneof(fc.constantFrom('note', 'TODO: check this', 'ünïcödé 😀', '注释', '# double', 'key: value'), fc.string({ unit: 'grapheme', maxLength: 12 }))
  .map((text) => text.replace(/[^\u0020-\u007e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '').replace(/\ufeff/g, '').trim());

export const modelKeyArb: fc.Arbitrary<string> = fc
  .oneof(fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/), fc.constantFrom('título', '标签', 'clé', 'emoji_🎉', 'title', 'tags', 'layout', 'extended', 'time', 'date'))
  .filter((key) => isSafePlain(key, 'key'));

/** A field's lines: `key: value`, a flow list, a block list, a nested map or a literal block, with comments. */
export const modelFieldArb = (key: string): fc.Arbitrary<string[]> =>
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

export const modelSourceArb: fc.Arbitrary<string> = fc
  .uniqueArray(modelKeyArb, { minLength: 0, maxLength: 6 })
  .chain((keys) => fc.tuple(fc.tuple(...keys.map(modelFieldArb)), fc.array(fc.oneof(commentArb.map((comment) => `# ${comment}`), fc.constant('')), { maxLength: 2 })))
  .map(([fields, tail]) => [...fields.flat(), ...tail].map((line) => `${line}\n`).join(''));

/** The fixture posts' shape: plain or quoted scalars and flow lists of plain tags, one per key. */
export const fixtureShapedArb: fc.Arbitrary<string> = fc
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
