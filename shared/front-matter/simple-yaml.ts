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
 * the full parser): plain scalars are typed by the same tests, in the same
 * order, as the `yaml` package's YAML 1.1 schema with Psych's booleans, and
 * the types it does not handle itself (binary, octal and hexadecimal
 * integers, `.inf`/`.nan`, base-60 floats) send the whole front matter to the
 * full parser.
 */

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

// The `yaml` package's YAML 1.1 tag tests (node_modules/yaml/dist/schema/yaml-1.1), in its
// schema's order; the booleans are Psych's (see jekyllYamlOptions in jekyll-yaml.ts).
const nullTest = /^(?:~|[Nn]ull|NULL)?$/;
const trueTest = /^(?:yes|true|on)$/i;
const falseTest = /^(?:no|false|off)$/i;
const binaryIntTest = /^[-+]?0b[0-1_]+$/;
const octalIntTest = /^[-+]?0[0-7_]+$/;
const intTest = /^[-+]?[0-9][0-9_]*$/;
const hexIntTest = /^[-+]?0x[0-9a-fA-F_]+$/;
const specialFloatTest = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const exponentFloatTest = /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/;
const floatTest = /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/;
const sexagesimalIntTest = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/;
const sexagesimalFloatTest = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/;
const timestampTest = RegExp(
  '^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
    '(?:' + // time is optional
    '(?:t|T|[ \\t]+)' + // t | T | whitespace
    '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
    '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
    ')?$',
);

/**
 * The first characters of every plain scalar that any test above can match
 * (`''` aside): `~`, signs, `.`, digits, and the first letters of null,
 * the booleans and an exponent (`e5` is a float). Any other plain scalar is
 * a string without running the tests.
 */
const mayBeTyped = /^[-+.~0-9nNyYtToOfFeE]/;

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

/**
 * A plain scalar typed as the `yaml` package's YAML 1.1 schema types it
 * (the first tag whose test matches, in the schema's order), with the same
 * resolution code; `unsupported` for the types the fast path leaves out.
 */
function plainValue(text: string): PlainValue {
  if (text !== '' && !mayBeTyped.test(text)) {
    return text;
  }
  if (nullTest.test(text)) {
    return null;
  }
  if (trueTest.test(text)) {
    return true;
  }
  if (falseTest.test(text)) {
    return false;
  }
  if (binaryIntTest.test(text) || octalIntTest.test(text)) {
    return unsupported;
  }
  if (intTest.test(text)) {
    return decimalInt(text);
  }
  if (hexIntTest.test(text) || specialFloatTest.test(text)) {
    return unsupported;
  }
  if (exponentFloatTest.test(text) || floatTest.test(text)) {
    return parseFloat(text.replace(/_/g, ''));
  }
  if (sexagesimalIntTest.test(text)) {
    return sexagesimal(text);
  }
  if (sexagesimalFloatTest.test(text)) {
    return unsupported;
  }
  if (timestampTest.test(text)) {
    return timestamp(text);
  }
  return text;
}

/** As the `yaml` package's `intResolve` for radix 10. */
function decimalInt(text: string): number {
  const sign = text[0];
  const digits = text.substring(sign === '-' || sign === '+' ? 1 : 0).replace(/_/g, '');
  const value = parseInt(digits, 10);
  return sign === '-' ? -1 * value : value;
}

/** As the `yaml` package's `parseSexagesimal`: `13:48` is 13 × 60 + 48. */
function sexagesimal(text: string): number {
  const sign = text[0];
  const parts = sign === '-' || sign === '+' ? text.substring(1) : text;
  const value = parts
    .replace(/_/g, '')
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
  return sign === '-' ? -1 * value : value;
}

/** As the `yaml` package's YAML 1.1 timestamp: a date alone is midnight UTC; a zone offset under 30 counts hours. */
function timestamp(text: string): Date {
  const match = timestampTest.exec(text) as RegExpExecArray;
  const [, year, month, day, hour, minute, second] = match.map(Number) as [number, number, number, number, number, number, number];
  const millisecond = match[7] ? Number(`${match[7]}00`.substring(1, 4)) : 0;
  let time = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisecond);
  const zone = match[8];
  if (zone && zone !== 'Z') {
    let minutes = sexagesimal(zone);
    if (Math.abs(minutes) < 30) {
      minutes *= 60;
    }
    time -= 60000 * minutes;
  }
  return new Date(time);
}
