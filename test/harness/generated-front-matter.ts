/**
 * Generated front matter for the engine's property tests: a model of each
 * field's value together with how it is written (quotes, flow or block lists,
 * maps, literal blocks, comments, blank lines, CRLF), fast-check arbitraries
 * over it, the text and data each post renders to, and the assertions the
 * edit properties share.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePost } from '../../shared/front-matter/parse-post';
import type { FrontMatterValue } from '../../shared/front-matter/front-matter-value';
import { doubleQuoted, isSafePlain, singleQuoted } from '../../shared/front-matter/yaml-scalars';

// ---------------------------------------------------------------------------------------------
// The model: each field's value together with how it is written.

export type StringStyle = 'plain' | 'single' | 'double';
export type Scalar =
  | { readonly kind: 'string'; readonly value: string; readonly style: StringStyle }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null'; readonly text: 'null' | '~' | '' };
export interface BlockItem {
  readonly item: Scalar;
  readonly comment: string | null;
  readonly commentBefore: string | null;
}
export type Value =
  | Scalar
  | { readonly kind: 'flow'; readonly items: readonly Scalar[]; readonly padding: '' | ' '; readonly separator: ', ' | ',' }
  | { readonly kind: 'block'; readonly items: readonly BlockItem[]; readonly indent: 0 | 2 }
  | { readonly kind: 'map'; readonly entries: readonly (readonly [string, Scalar])[]; readonly indent: 2 | 4 }
  | { readonly kind: 'literal'; readonly lines: readonly string[]; readonly strip: boolean; readonly indent: 2 | 4 };
export interface Field {
  readonly key: string;
  /** The key written plain or in double quotes. */
  readonly quotedKey: boolean;
  readonly value: Value;
  readonly blankBefore: number;
  readonly commentsBefore: readonly string[];
  readonly trailingComment: string | null;
}
export interface Post {
  readonly fields: readonly Field[];
  readonly tail: readonly string[];
  readonly eol: '\n' | '\r\n';
  readonly closer: '---' | '...';
  readonly body: string;
}
export interface Rendered {
  readonly text: string;
  readonly data: Record<string, unknown>;
  /** The zero-based lines each field occupies in the text: [first, last]. */
  readonly spans: ReadonlyMap<string, readonly [number, number]>;
  readonly body: string;
  readonly bodyStartLine: number;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries.

export const sampleTexts = [
  'Hello',
  'Emacs and Jabber: Happy Together',
  '13:48',
  '18:30',
  'yes',
  'No',
  'on',
  'y',
  '~',
  'null',
  '2011-01-01',
  '1,000',
  '1e3',
  '.inf',
  '0x1F',
  '日本語のタイトル',
  '标签',
  '🎉 party time',
  'naïve café',
  "it's",
  'say "hi"',
  '# not a comment',
  'a #b',
  '- dash',
  '[x]',
  'a, b',
  '{braces}',
  'trailing space ',
  ' leading space',
  'tab\there',
  'two\nlines',
  'back\\slash',
  '',
  '@handle',
  '`code`',
  '%percent',
  '!bang',
  '&amp',
  '*star',
  '|pipe',
  '>gt',
  'key: value',
  'ends with colon:',
  '?question',
];

export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...sampleTexts) },
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 _.-]{0,14}$/) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', ' ', '\n', ':', '#', '"', "'", '\\', ',', '-', '日', '😀', '\u2028', '\u0085', '\t'), maxLength: 8 }) },
);

/** Characters a comment may hold: printable, no line breaks of any YAML flavour. */
export const commentArb: fc.Arbitrary<string> = fc
  .oneof(fc.constantFrom('note', 'TODO: check this', 'ünïcödé 😀', '注释', '# double', 'key: value'), fc.string({ unit: 'grapheme', maxLength: 12 }))
  .map((text) => text.replace(/[^\u0020-\u007e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '').replace(/\ufeff/g, '').trim());

export function styleFor(value: string, wanted: StringStyle, context: 'block' | 'flow'): StringStyle {
  if (wanted === 'plain' && isSafePlain(value, context)) {
    return 'plain';
  }
  if (wanted === 'single' && singleQuoted(value) !== null) {
    return 'single';
  }
  return 'double';
}

export function stringArb(context: 'block' | 'flow'): fc.Arbitrary<Scalar> {
  return fc
    .tuple(textArb, fc.constantFrom<StringStyle>('plain', 'plain', 'single', 'double', 'double'))
    .map(([value, style]) => ({ kind: 'string', value, style: styleFor(value, style, context) }));
}

export function scalarArb(context: 'block' | 'flow'): fc.Arbitrary<Scalar> {
  return fc.oneof(
    { weight: 6, arbitrary: stringArb(context) },
    { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -100000, max: 100000 }), fc.constantFrom(0.5, -2.25, 1.5e-7, 3.125)).map((value): Scalar => ({ kind: 'number', value })) },
    { weight: 1, arbitrary: fc.boolean().map((value): Scalar => ({ kind: 'boolean', value })) },
    { weight: 1, arbitrary: fc.constantFrom<'null' | '~' | ''>('null', '~', ...(context === 'block' ? (['' as const]) : [])).map((text): Scalar => ({ kind: 'null', text })) },
  );
}

export const keyArb: fc.Arbitrary<string> = fc
  .oneof(fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/), fc.constantFrom('título', '标签', 'clé', 'emoji_🎉', 'title', 'tags', 'layout', 'extended'))
  .filter((key) => key !== 'time' && isSafePlain(key, 'key'));

/** A line of a `|` block: printable, no line break, not starting with a space (the indentation is detected from it). */
export const literalLineArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', 'plain text', '# not a comment', 'key: value', '  - indented more', '日本語 😀', "it's \"quoted\""),
  fc.string({ unit: 'grapheme', maxLength: 12 }).map((text) => text.replace(/[^\u0020-\u007e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '').replace(/\ufeff/g, '')),
);

export const valueArb: fc.Arbitrary<Value> = fc.oneof(
  { weight: 5, arbitrary: scalarArb('block') },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('flow' as const),
      items: fc.array(scalarArb('flow'), { maxLength: 5 }),
      padding: fc.constantFrom<'' | ' '>('', '', ' '),
      separator: fc.constantFrom<', ' | ','>(', ', ', ', ','),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('block' as const),
      items: fc.array(
        fc.record({ item: scalarArb('block').filter((item) => item.kind !== 'null' || item.text !== ''), comment: fc.option(commentArb, { nil: null }), commentBefore: fc.option(commentArb, { nil: null, freq: 4 }) }),
        { minLength: 1, maxLength: 4 },
      ),
      indent: fc.constantFrom<0 | 2>(0, 2),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('map' as const),
      entries: fc.uniqueArray(fc.tuple(keyArb, scalarArb('block')), { minLength: 1, maxLength: 3, selector: ([key]) => key }),
      indent: fc.constantFrom<2 | 4>(2, 4),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('literal' as const),
      lines: fc.array(literalLineArb, { minLength: 1, maxLength: 4 }).filter((lines) => /^[^ \t]/.test(lines[0] ?? '') && (lines[lines.length - 1] ?? '').trim() !== '' && lines.every((line) => line === '' || line.trim() !== '')),
      strip: fc.boolean(),
      indent: fc.constantFrom<2 | 4>(2, 4),
    }),
  },
);

export const timeArb: fc.Arbitrary<string> = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([hours, minutes]) => `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`);

export const fieldArb = (key: string): fc.Arbitrary<Field> =>
  fc.record({
    key: fc.constant(key),
    quotedKey: fc.constantFrom(false, false, false, true),
    value: key === 'time' ? timeArb.map((value): Value => ({ kind: 'string', value, style: 'double' })) : valueArb,
    blankBefore: fc.constantFrom(0, 0, 0, 1, 2),
    commentsBefore: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(commentArb, { minLength: 1, maxLength: 2 }) }),
    trailingComment: fc.option(commentArb, { nil: null, freq: 3 }),
  });

export const bodyArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', 'Body text.\n', '\nMore\n\n---\nnot front matter\n', 'no final newline', ':EXTENDED:\n'),
  fc.string({ unit: 'grapheme', maxLength: 30 }).map((text) => text.replace(/\r/g, '')),
);

export const postArb: fc.Arbitrary<Post> = fc
  .tuple(fc.uniqueArray(keyArb, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.nat())
  .chain(([keys, withTime, at]) => {
    const allKeys = withTime ? [...keys.slice(0, at % (keys.length + 1)), 'time', ...keys.slice(at % (keys.length + 1))] : keys;
    return fc.record({
      fields: fc.tuple(...allKeys.map(fieldArb)),
      tail: fc.array(fc.oneof(commentArb.map((comment) => `# ${comment}`), fc.constant('')), { maxLength: 2 }),
      eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\n', '\r\n'),
      closer: fc.constantFrom<'---' | '...'>('---', '---', '...'),
      body: bodyArb,
    });
  });

// ---------------------------------------------------------------------------------------------
// Rendering the model as text, and as the data it must read as.

export function scalarText(scalar: Scalar): string {
  switch (scalar.kind) {
    case 'string':
      return scalar.style === 'plain' ? scalar.value : scalar.style === 'single' ? (singleQuoted(scalar.value) as string) : doubleQuoted(scalar.value);
    case 'number':
      return String(scalar.value);
    case 'boolean':
      return String(scalar.value);
    case 'null':
      return scalar.text;
  }
}

export function scalarData(scalar: Scalar): unknown {
  return scalar.kind === 'null' ? null : scalar.value;
}

export function valueData(value: Value): unknown {
  switch (value.kind) {
    case 'flow':
      return value.items.map(scalarData);
    case 'block':
      return value.items.map((entry) => scalarData(entry.item));
    case 'map':
      return Object.fromEntries(value.entries.map(([key, item]) => [key, scalarData(item)]));
    case 'literal':
      return value.lines.join('\n') + (value.strip ? '' : '\n');
    default:
      return scalarData(value);
  }
}

export function fieldLines(field: Field): string[] {
  const { value } = field;
  const key = field.quotedKey ? JSON.stringify(field.key) : field.key;
  const trailing = field.trailingComment === null ? '' : ` # ${field.trailingComment}`;
  switch (value.kind) {
    case 'flow': {
      const items = value.items.map(scalarText).join(value.separator);
      return [`${key}: [${value.items.length > 0 ? `${value.padding}${items}${value.padding}` : ''}]${trailing}`];
    }
    case 'block': {
      const indent = ' '.repeat(value.indent);
      return [
        `${key}:${trailing}`,
        ...value.items.flatMap((entry) => [
          ...(entry.commentBefore === null ? [] : [`${indent}# ${entry.commentBefore}`]),
          `${indent}- ${scalarText(entry.item)}${entry.comment === null ? '' : ` # ${entry.comment}`}`,
        ]),
      ];
    }
    case 'map':
      return [`${key}:${trailing}`, ...value.entries.map(([entryKey, item]) => `${' '.repeat(value.indent)}${entryKey}: ${scalarText(item)}`)];
    case 'literal':
      return [`${key}: |${value.strip ? '-' : ''}${trailing}`, ...value.lines.map((line) => (line === '' ? '' : `${' '.repeat(value.indent)}${line}`))];
    default: {
      const text = scalarText(value);
      return [`${key}:${text === '' ? '' : ` ${text}`}${trailing}`];
    }
  }
}

export function render(post: Post): Rendered {
  const lines = ['---'];
  const spans = new Map<string, readonly [number, number]>();
  for (const field of post.fields) {
    for (let blank = 0; blank < field.blankBefore; blank += 1) {
      lines.push('');
    }
    lines.push(...field.commentsBefore.map((comment) => `# ${comment}`));
    const first = lines.length;
    lines.push(...fieldLines(field));
    spans.set(field.key, [first, lines.length - 1]);
  }
  lines.push(...post.tail, post.closer);
  const bodyStartLine = lines.length;
  const body = post.body.replace(/\n/g, post.eol);
  return {
    text: lines.join(post.eol) + post.eol + body,
    data: Object.fromEntries(post.fields.map((field) => [field.key, valueData(field.value)])),
    spans,
    body,
    bodyStartLine,
  };
}

// ---------------------------------------------------------------------------------------------
// New values for edits, and values in a field's own style for round trips.

export const newValueArb: fc.Arbitrary<FrontMatterValue> = fc.oneof(
  { weight: 4, arbitrary: textArb },
  { weight: 1, arbitrary: fc.integer() },
  // -0 is written as 0 (YAML cannot tell them apart, Psych reads 0): the data is compared with 0.
  { weight: 1, arbitrary: fc.double().map((number) => (Object.is(number, -0) ? 0 : number)) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.array(textArb, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.integer(), textArb, fc.constant(null)), { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.record({ a: textArb, b: fc.array(textArb, { maxLength: 3 }) }, { noNullPrototype: true }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(keyArb, fc.oneof(textArb, fc.integer(), fc.array(textArb, { maxLength: 2 }), fc.dictionary(keyArb, textArb, { maxKeys: 2, noNullPrototype: true })), {
      maxKeys: 3,
      noNullPrototype: true,
    }),
  },
);

/** A different value that the scalar's own style can write back exactly, or null when there is none to try. */
export function sameStyleArb(scalar: Scalar, context: 'block' | 'flow'): fc.Arbitrary<FrontMatterValue> | null {
  switch (scalar.kind) {
    case 'string':
      return textArb.filter((text) => text !== scalar.value && styleFor(text, scalar.style, context) === scalar.style);
    case 'number':
      return fc.integer().filter((number) => number !== scalar.value);
    case 'boolean':
      return fc.constant(!scalar.value);
    case 'null':
      return null;
  }
}

export function lines(text: string): string[] {
  return text.split('\n');
}

/** Asserts that `edited` keeps every line of `original` before line `first` and after line `last`, unchanged and in order. */
export function assertOnlyLinesChanged(original: string, edited: string, first: number, last: number): void {
  const before = lines(original);
  const after = lines(edited);
  assert.deepEqual(after.slice(0, first), before.slice(0, first), 'the lines above the field changed');
  const tail = before.slice(last + 1);
  assert.deepEqual(after.slice(after.length - tail.length), tail, 'the lines below the field changed');
  assert.ok(after.length - tail.length >= first);
}

/** Asserts that `edited` is `original` with lines inserted in one place and nothing else changed. */
export function assertPureInsertion(original: string, edited: string): void {
  const before = lines(original);
  const after = lines(edited);
  let prefix = 0;
  while (prefix < before.length && before[prefix] === after[prefix]) {
    prefix += 1;
  }
  let suffix = 0;
  while (suffix < before.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) {
    suffix += 1;
  }
  assert.equal(prefix + suffix, before.length, 'an existing line changed');
}

/** Asserts that every front matter line of `edited` ends as the file's lines do. */
export function assertLineEndings(edited: string, eol: '\n' | '\r\n'): void {
  if (eol === '\n') {
    assert.ok(!edited.includes('\r'), 'a \\r appeared in a \\n file');
    return;
  }
  for (const [index, line] of lines(edited).slice(0, parsePost(edited).bodyStartLine).entries()) {
    assert.ok(line.endsWith('\r'), `line ${index + 1} lost its \\r\\n ending`);
  }
}

/** A different value for a list item that its own style writes back exactly, or null. */
export function renamedItem(scalar: Scalar, candidate: string, context: 'block' | 'flow'): FrontMatterValue | null {
  switch (scalar.kind) {
    case 'string':
      return candidate !== scalar.value && styleFor(candidate, scalar.style, context) === scalar.style ? candidate : null;
    case 'number':
      return scalar.value + 1;
    case 'boolean':
      return !scalar.value;
    case 'null':
      return null;
  }
}

// FRONT_MATTER_RUNS=5000 explores further; 300 keeps the file within a few seconds.
export const runs = { numRuns: Number(process.env['FRONT_MATTER_RUNS'] ?? 300) };
