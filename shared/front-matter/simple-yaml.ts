/**
 * A fast path for the common, flat shape of Jekyll front matter:
 *
 *     layout: post
 *     title: "Migrating To Ejabberd: The Gory Details"
 *     tags: [chesspark, code, ejabberd]
 *     time: "10:51"
 *
 * It reads only top-level `key: value` lines (plain keys), whose values are
 * double-quoted strings on one line, single-quoted strings, plain scalars,
 * one-line flow lists of those, or nothing; blank lines and `#` comments. For
 * anything else (indentation, block lists, nested maps, anchors, aliases,
 * tags, block scalars, multi-line scalars, tabs, duplicate keys, invalid
 * YAML, a plain scalar it does not type, ...) it returns null, and the caller
 * uses the full parser ({@link parseJekyllYaml}), which also reports every
 * error with its position. It never reports errors itself.
 *
 * When it returns data, that data is what `parseJekyllYaml(source).data`
 * gives for the same source (test/unit/front-matter/simple-yaml.test.ts checks it against
 * the full parser): plain scalars are typed by the same Psych rules
 * ({@link psychPlainScalar}); a Ruby symbol sends the whole front matter to
 * the full parser, which reports it.
 *
 * It exists for speed: on the reference blogs' real posts, 110 of 111 front
 * matters take it and reading them is about 15 times faster than with the
 * full parser alone (the "YAML fast path on/off" rows of `npm run bench`).
 */

import { psychPlainScalar, psychRefusesSymbol } from './psych-scalar';

/** A plain scalar whose type the fast path leaves to the full parser. */
const unsupported = Symbol('unsupported');
type PlainValue = string | number | boolean | Date | null | typeof unsupported;

/**
 * Any character the fast path does not read: tabs, carriage returns and other
 * control characters, C1 controls (NEL is a YAML 1.1 line break), the Unicode
 * line and paragraph separators, BOMs, U+FFFE, U+FFFF and lone surrogates.
 */
const unsafeCharacter = /[^\n\u0020-\u007e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]/u;

/** `key:` at the start of a line followed by a space or the end of the line. Keys starting with a digit or `-` may be numbers: not here. */
const keyLine = /^([A-Za-z_][A-Za-z0-9_-]{0,99}):(?: |$)/;

/** A comment or nothing after a value: `#` must follow white space. */
const valueTail = /^(?: *| +#.*)$/;

/**
 * Reads a YAML front matter `source` (`\n` line endings) of the common flat
 * shape, or returns null so the caller falls back to the full parser.
 */
export function parseSimpleYaml(source: string): Record<string, unknown> | null {
  if (unsafeCharacter.test(source)) {
    return null;
  }
  const data: Record<string, unknown> = {};
  let lineStart = 0;
  while (lineStart < source.length) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    const line = source.slice(lineStart, lineEnd);
    lineStart = lineEnd + 1;
    if (line === '' || line.startsWith('#') || isAllSpaces(line)) {
      continue;
    }
    const match = keyLine.exec(line);
    if (match === null) {
      return null;
    }
    const key = match[1] as string;
    // A key that reads as anything but itself (`yes`, `null`, `e5`), a repeated key and `__proto__` are the full parser's.
    if (plainValue(key) !== key || key === '__proto__' || Object.hasOwn(data, key)) {
      return null;
    }
    const value = blockValue(line, skipSpaces(line, match[0].length));
    if (value === unsupported) {
      return null;
    }
    data[key] = value;
  }
  return data;
}

function isAllSpaces(line: string): boolean {
  return skipSpaces(line, 0) === line.length;
}

function skipSpaces(line: string, index: number): number {
  let at = index;
  while (line.charCodeAt(at) === 32) {
    at += 1;
  }
  return at;
}

/** The value of a `key:` line starting at `start` (after the spaces), or `unsupported`. */
function blockValue(line: string, start: number): unknown {
  if (start === line.length || line.charCodeAt(start) === 35 /* # */) {
    return null;
  }
  const first = line[start];
  if (first === '"' || first === "'" || first === '[') {
    const parsed = first === '[' ? flowList(line, start) : quoted(line, start);
    return parsed === null || !valueTail.test(line.slice(parsed.end)) ? unsupported : parsed.value;
  }
  if (!canStartPlain(line, start)) {
    return unsupported;
  }
  // A plain scalar runs to a comment (` #`) or the end of the line, trailing spaces dropped.
  const comment = line.indexOf(' #', start);
  let end = comment === -1 ? line.length : comment;
  while (line.charCodeAt(end - 1) === 32) {
    end -= 1;
  }
  const text = line.slice(start, end);
  // `a: b` inside a value is a nested mapping (an error), and so is a value ending in `:`.
  if (text.includes(': ') || text.endsWith(':')) {
    return unsupported;
  }
  return plainValue(text);
}

/**
 * False for a plain scalar's first characters that are YAML indicators
 * (`[`, `{`, quotes, `&`, `*`, `!`, `|`, `>`, `%`, `@`, backquote, `#`, `,`, `?`, `:`),
 * and for `-` unless a digit or `.` follows (a number).
 */
function canStartPlain(line: string, index: number): boolean {
  const first = line[index] ?? '';
  if (first === '-') {
    const next = line.charCodeAt(index + 1);
    return (next >= 48 && next <= 57) || next === 46;
  }
  return first !== '' && !'?:,[]{}#&*!|>\'"%@`'.includes(first);
}

interface Parsed {
  readonly value: unknown;
  /** The index just after the value. */
  readonly end: number;
}

/** A quoted scalar starting at `start` and closed on the same line, or null. */
function quoted(line: string, start: number): Parsed | null {
  return line[start] === '"' ? doubleQuoted(line, start) : singleQuoted(line, start);
}

/** The one-character escapes of double-quoted scalars, as the `yaml` package reads them (an escaped tab is left out: tabs are). `\x` and `\u` are read below; `\U` is the full parser's. */
const escapes: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

function doubleQuoted(line: string, start: number): Parsed | null {
  let value = '';
  let chunkStart = start + 1;
  let index = chunkStart;
  while (index < line.length) {
    const code = line.charCodeAt(index);
    if (code === 34 /* " */) {
      return { value: value + line.slice(chunkStart, index), end: index + 1 };
    }
    if (code !== 92 /* \ */) {
      index += 1;
      continue;
    }
    value += line.slice(chunkStart, index);
    const escape = line[index + 1] ?? '';
    const single = Object.hasOwn(escapes, escape) ? escapes[escape] : undefined;
    if (single !== undefined) {
      value += single;
      index += 2;
    } else if (escape === 'x' || escape === 'u') {
      const length = escape === 'x' ? 2 : 4;
      const digits = line.slice(index + 2, index + 2 + length);
      if (digits.length !== length || !/^[0-9a-fA-F]+$/.test(digits)) {
        return null;
      }
      value += String.fromCodePoint(parseInt(digits, 16));
      index += 2 + length;
    } else {
      // `\U`, an escaped line break and invalid escapes: the full parser's.
      return null;
    }
    chunkStart = index;
  }
  return null;
}

function singleQuoted(line: string, start: number): Parsed | null {
  let value = '';
  let chunkStart = start + 1;
  for (;;) {
    const quote = line.indexOf("'", chunkStart);
    if (quote === -1) {
      return null;
    }
    if (line.charCodeAt(quote + 1) === 39 /* ' */) {
      value += line.slice(chunkStart, quote + 1);
      chunkStart = quote + 2;
      continue;
    }
    return { value: value + line.slice(chunkStart, quote), end: quote + 1 };
  }
}

/** A flow list `[a, "b", 'c']` closed on the same line, without nesting or a trailing comma; or null. */
function flowList(line: string, start: number): Parsed | null {
  const items: unknown[] = [];
  let index = skipSpaces(line, start + 1);
  if (line[index] === ']') {
    return { value: items, end: index + 1 };
  }
  for (;;) {
    const item = flowItem(line, index);
    if (item === null) {
      return null;
    }
    items.push(item.value);
    index = skipSpaces(line, item.end);
    const next = line[index];
    if (next === ']') {
      return { value: items, end: index + 1 };
    }
    if (next !== ',') {
      return null;
    }
    index = skipSpaces(line, index + 1);
  }
}

/** Characters a plain flow item may not hold here: flow indicators, comments, `:` (implicit keys) and quotes. */
const flowPlainStop = /[[\]{},#:"']/;

function flowItem(line: string, start: number): Parsed | null {
  const first = line[start];
  if (first === '"' || first === "'") {
    return quoted(line, start);
  }
  if (!canStartPlain(line, start)) {
    return null;
  }
  let end = start;
  while (end < line.length && line[end] !== ',' && line[end] !== ']') {
    end += 1;
  }
  const raw = line.slice(start, end);
  let trimmed = raw.length;
  while (raw.charCodeAt(trimmed - 1) === 32) {
    trimmed -= 1;
  }
  const text = raw.slice(0, trimmed);
  if (flowPlainStop.test(text)) {
    return null;
  }
  const value = plainValue(text);
  return value === unsupported ? null : { value, end };
}

/** A plain scalar typed as Jekyll's Psych types it; `unsupported` for a Ruby symbol, which the full parser reports. */
function plainValue(text: string): PlainValue {
  const value = psychPlainScalar(text);
  return value === psychRefusesSymbol ? unsupported : value;
}
