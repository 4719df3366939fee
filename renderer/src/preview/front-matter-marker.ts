import { declaredMarker, markerKeys } from '../../../shared/posts/extended-marker';

/** YAML 1.1 (Psych) plain scalars that are not strings: null, booleans (`y`/`n` stay text), numbers, dates. */
const nonStringPlainScalar = new RegExp(
  [
    /^(?:~|null|Null|NULL)$/,
    /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
    /^[-+]?(?:0|[1-9][0-9_]*|0[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+)$/,
    /^[-+]?(?=\.?[0-9])(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?$/,
    /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/,
    /^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/,
    /^\d{4}-\d\d?-\d\d?/,
  ]
    .map((pattern) => `(?:${pattern.source})`)
    .join('|'),
);

const doubleQuotedEscapes: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const hexEscapeLengths: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** True when what follows a closing quote is only spaces and perhaps a comment. */
function onlyCommentAfter(rest: string): boolean {
  return /^(?:[ \t]+#.*)?[ \t]*$/.test(rest);
}

function readDoubleQuoted(raw: string): string | null {
  let value = '';
  for (let index = 1; index < raw.length; index += 1) {
    const char = raw[index] ?? '';
    if (char === '"') {
      return onlyCommentAfter(raw.slice(index + 1)) ? value : null;
    }
    if (char !== '\\') {
      value += char;
      continue;
    }
    index += 1;
    const escape = raw[index] ?? '';
    const hexLength = hexEscapeLengths[escape];
    if (hexLength !== undefined) {
      const hex = raw.slice(index + 1, index + 1 + hexLength);
      const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === hexLength ? Number.parseInt(hex, 16) : Number.NaN;
      if (!(code <= 0x10ffff)) {
        return null;
      }
      value += String.fromCodePoint(code);
      index += hexLength;
      continue;
    }
    const replacement = doubleQuotedEscapes[escape];
    if (replacement === undefined) {
      return null;
    }
    value += replacement;
  }
  return null; // unterminated on this line: a multi-line scalar, which this reader does not follow
}

function readSingleQuoted(raw: string): string | null {
  let value = '';
  for (let index = 1; index < raw.length; index += 1) {
    const char = raw[index] ?? '';
    if (char !== "'") {
      value += char;
    } else if (raw[index + 1] === "'") {
      value += "'";
      index += 1;
    } else {
      return onlyCommentAfter(raw.slice(index + 1)) ? value : null;
    }
  }
  return null;
}

function readPlain(raw: string): string | null {
  const value = raw.replace(/[ \t]+#.*$/, '').trim();
  if (value === '' || /^[[\]{}|>&*!%@`#,]/.test(value) || /^[-?:](?:[ \t]|$)/.test(value) || /:(?:[ \t]|$)/.test(value)) {
    return null;
  }
  return nonStringPlainScalar.test(value) ? null : value;
}

/**
 * The string a one-line YAML scalar stands for: double-quoted (with escapes),
 * single-quoted (`''` for a quote) or plain (a trailing ` # comment` removed).
 * Null when the value is not a string on this line: a number, boolean, null,
 * date, collection, alias, tag, block scalar or a quote that continues on the
 * next line.
 */
export function readScalarString(raw: string): string | null {
  const value = raw.replace(/^[ \t]+/, '').replace(/\r$/, '');
  if (value.startsWith('"')) {
    return readDoubleQuoted(value);
  }
  if (value.startsWith("'")) {
    return readSingleQuoted(value);
  }
  return readPlain(value);
}

const markerKeyLine = new RegExp(`^(${markerKeys.join('|')})[ \\t]*:(?:[ \\t]+(.*))?\\r?$`);

/**
 * The excerpt marker a post's YAML front matter declares (the source between
 * the fences, as `splitFrontMatter` gives it), read without a YAML parser so it
 * can run on every keystroke: the value of the top-level `extended` key, else
 * of `excerpt_separator`, when it is a non-blank string scalar written on the
 * key's own line. The first of repeated keys counts. Null when neither key
 * holds one, as `declaredMarker` decides for parsed data.
 */
export function markerFromFrontMatter(frontMatter: string | null): string | null {
  if (frontMatter === null) {
    return null;
  }
  const data: Record<string, unknown> = {};
  for (const line of frontMatter.split('\n')) {
    const match = markerKeyLine.exec(line);
    const key = match?.[1];
    if (key !== undefined && !(key in data)) {
      data[key] = readScalarString(match?.[2] ?? '');
    }
  }
  return declaredMarker(data);
}
