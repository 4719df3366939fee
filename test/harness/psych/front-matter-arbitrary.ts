import fc from 'fast-check';

/**
 * Front matter as bloggers and tools write it, and the odd forms Psych and
 * the `yaml` package read differently: every scalar shape Psych types
 * (base 60, commas in numbers, octal, dates and times, booleans, nulls,
 * symbols), quoted text with escapes and line continuations (down to column
 * 0), flow and block lists, nested mappings, block scalars, anchors, aliases
 * and merge keys, repeated keys, comments and blank lines.
 */

/** Plain scalars whose type Psych decides: numbers, dates, times, booleans, nulls, symbols and near misses. */
const typedPlain = [
  '13:48', '10:51', '1:02:03', '190:20:30', '12:60', '1:2:3:4', '-1:30', '1:30.5', '+1:30',
  '1,000', '1_000', '1__2', '1,2', '-1_0', '0x1F', '0x_1', '-0x1f', '017', '08', '0o17', '0b101', '0b',
  '1e3', '1.0e+3', '1.0e3', '1.e-2', '1.5', '.5', '+.5', '-.5', '1.', '.', '-.', '1_0.5', '1,5.0',
  '.inf', '-.Inf', '+.INF', '.NaN', '.nan', 'inf', 'nan',
  '2011-01-01', '2011-1-1', '2011-02-30', '2011-13-01', '2011-01-01 10:00:00', '2011-01-01T10:00:00Z',
  '2011-01-01 10:00:00 +01:00', '2011-01-01 10:00:00.123 -05', '2011-01-01t10:00:00.5Z', '2011-01-01 25:00:00',
  '2011-01-01 10:00:00 +0130', '2011-01-01  10:00:00', '20110101', '2011-01',
  'yes', 'Yes', 'YES', 'no', 'No', 'on', 'On', 'off', 'OFF', 'true', 'True', 'TRUE', 'false', 'False',
  'y', 'Y', 'n', 'N', 'yEs', '~', 'null', 'Null', 'NULL', 'nULL', 'none',
  ':sym', ':EXTENDED:', 'EXTENDED:', 'a:b', 'http://example.com/a?b=c', 'C++', 'C#', 'x#y', 'foo bar',
  '0', '-0', '+1', '-1', '007', '123456789', '1.2.3', 'v1.0', '1st', '3 apples', '$5', '50%', 'e5', 'E',
  'Über', 'café', 'naïve', '日本語', 'Ελληνικά', 'ok!', 'a/b', 'a\\b', '@', '!', '&', '*',
];

const words = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9 _.,'/-]{0,14}[a-zA-Z0-9]$/);
const unicodeText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });

/** A plain scalar usable as a block value (some are not valid YAML: both readers must then refuse). */
const plainScalar = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...typedPlain) }, { weight: 2, arbitrary: words });

/** Text safe inside double quotes, with YAML's escapes. */
const doubleQuoted = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: unicodeText.map((text) => text.replace(/["\\]/g, '').replace(/\p{Cc}|[\u2028\u2029\ufeff]/gu, '')) },
      { weight: 1, arbitrary: fc.constantFrom('\\n', '\\t', '\\"', '\\\\', '\\u00e9', '\\x41', '\\/', '\\ ', '\\0', '\\U0001F600', '\\_') },
      { weight: 1, arbitrary: fc.constantFrom(...typedPlain) },
    ),
    { maxLength: 4 },
  )
  .map((parts) => `"${parts.join('')}"`);

const singleQuoted = fc
  .array(fc.oneof(words, fc.constant("''"), fc.constantFrom(...typedPlain)), { maxLength: 3 })
  .map((parts) => `'${parts.join(' ').replace(/'(?!')/g, "''")}'`);

/** A quoted scalar spread over lines, continuation lines indented by 0 to 2 spaces (Psych reads column 0; `yaml` does not). */
const multiLineQuoted = fc
  .tuple(fc.constantFrom('"', "'"), fc.array(words, { minLength: 2, maxLength: 3 }), fc.constantFrom('', ' ', '  '), fc.boolean())
  .map(([quote, lines, indent, blankLine]) => {
    const safe = lines.map((line) => line.replace(/'/g, ''));
    return `${quote}${safe.join(`\n${blankLine ? '\n' : ''}${indent}`)}${quote}`;
  });

const flowItem = fc.oneof(plainScalar.filter((text) => !/[,[\]{}#:]|^[-!&*@`|>%?'"]/.test(text)), doubleQuoted, singleQuoted);
const flowList = fc.array(flowItem, { maxLength: 4 }).map((items) => `[${items.join(', ')}]`);
const flowMap = fc
  .array(fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), flowItem), { maxLength: 3 })
  .map((pairs) => `{${pairs.map(([key, value]) => `${key}: ${value}`).join(', ')}}`);

const inlineValue = fc.oneof(
  { weight: 5, arbitrary: plainScalar },
  { weight: 3, arbitrary: doubleQuoted },
  { weight: 2, arbitrary: singleQuoted },
  { weight: 2, arbitrary: flowList },
  { weight: 1, arbitrary: flowMap },
  { weight: 1, arbitrary: fc.constant('') },
);

/** A value that takes the following lines, indented by `indent`. */
function blockValue(indent: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.array(fc.oneof(plainScalar, doubleQuoted, singleQuoted), { minLength: 1, maxLength: 3 })
      .chain((items) => fc.constantFrom('', '  ').map((sequenceIndent) => items.map((item) => `\n${indent}${sequenceIndent}- ${item}`).join(''))),
    fc.tuple(fc.constantFrom('|', '>', '|-', '>+', '|2'), fc.array(words, { minLength: 1, maxLength: 3 }))
      .map(([header, lines]) => ` ${header}${lines.map((line) => `\n${indent}  ${line}`).join('')}`),
    fc.array(fc.tuple(fc.stringMatching(/^[a-z][a-z_]{0,6}$/), inlineValue), { minLength: 1, maxLength: 3 })
      .map((pairs) => pairs.map(([key, value]) => `\n${indent}  ${key}:${value === '' ? '' : ` ${value}`}`).join('')),
    fc.array(words, { minLength: 2, maxLength: 3 }).map((lines) => ` ${lines.join(`\n${indent}  `)}`),
  );
}

const keyName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('layout', 'title', 'tags', 'categories', 'time', 'extended', 'date', 'author', 'published', 'permalink', 'excerpt') },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/) },
  { weight: 1, arbitrary: fc.constantFrom('"quoted key"', "'single'", 'with space', '1', '2011', 'yes', 'null', '~', '<<', 'Über', '__proto__', 'constructor') },
);

interface Entry {
  readonly key: string;
  readonly value: string;
}

const entry: fc.Arbitrary<Entry> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(keyName, inlineValue).map(([key, value]) => ({ key, value: value === '' ? '' : ` ${value}` })) },
  { weight: 2, arbitrary: fc.tuple(keyName, multiLineQuoted).map(([key, value]) => ({ key, value: ` ${value}` })) },
  { weight: 3, arbitrary: fc.tuple(keyName, blockValue('')).map(([key, value]) => ({ key, value })) },
);

/** Anchors on some values and aliases or merges of them later. */
function withAnchors(entries: readonly Entry[], anchorAt: number, aliasAt: number, merge: boolean): Entry[] {
  const result = [...entries];
  const anchored = result[anchorAt];
  if (anchored === undefined || anchored.value === '' || aliasAt <= anchorAt || aliasAt >= result.length) {
    return result;
  }
  result[anchorAt] = { key: anchored.key, value: ` &a${anchored.value}` };
  result[aliasAt] = merge ? { key: '<<', value: ' *a' } : { key: result[aliasAt]?.key ?? 'x', value: ' *a' };
  return result;
}

const decoration = fc.constantFrom('', '', '', '# a comment', '', '   ', '  # indented comment');

/** A whole post: front matter between `---` fences (sometimes closed by `...`), then a short body. */
export const frontMatterPost: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(entry, { minLength: 1, maxLength: 7 }),
    fc.nat(6),
    fc.nat(6),
    fc.boolean(),
    fc.array(decoration, { minLength: 7, maxLength: 7 }),
    fc.constantFrom('---', '---', '---', '...'),
    fc.constantFrom('', ' ', '  # trailing'),
  )
  .map(([entries, anchorAt, aliasAt, merge, decorations, closer, trailing]) => {
    const lines = withAnchors(entries, anchorAt, aliasAt, merge).map(
      (item, index) => `${decorations[index] ? `${decorations[index]}\n` : ''}${item.key}:${item.value}${item.value.includes('\n') ? '' : trailing}`,
    );
    return `---\n${lines.join('\n')}\n${closer}\nBody text.\n`;
  });
