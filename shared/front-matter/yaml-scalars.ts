import { parseJekyllYaml } from './jekyll-yaml';

/** How a string scalar is quoted. */
export type StringStyle = 'plain' | 'single' | 'double';

/** Where a scalar is written: a block value, an item of a flow collection, or a mapping key. */
export type ScalarContext = 'block' | 'flow' | 'key';

/** A scalar value as front matter holds it. */
export type ScalarValue = string | number | boolean | null;

/** Characters YAML 1.1 can print; everything else must be escaped in double quotes. */
const unprintable = /[^\t\n\r\u0020-\u007e\u0085\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
/** Line breaks in YAML 1.1 (Psych/libyaml): a quoted or plain scalar would fold them. */
const lineBreak = /[\n\r\u0085\u2028\u2029]/;
const indicatorFirst = /^[-?:,[\]{}#&*!|>'"%@`]/;
const flowIndicator = /[,[\]{}:#]/;
const reservedWord = /^(?:~|null|true|false|yes|no|on|off|y|n|<<|=)$/i;
const numberLike = /^[-+]?\.?\d[-+0-9_.,:a-fA-FxXoO]*$/;
const specialFloat = /^[-+]?\.(?:inf|nan)$/i;
const dateLike = /^\d{4}-\d\d?-\d\d?(?:$|[Tt\s])/;

/**
 * True when `text` can be written unquoted and Jekyll (Psych, YAML 1.1)
 * reads it back as that same string: no indicator
 * first, no `: ` or ` #`, nothing that reads as a number, boolean, null,
 * date or base-60 time (`18:30`). Flow items and keys also may not hold
 * `,[]{}:#`. Deliberately stricter than YAML: a quoted string is always safe.
 */
export function isSafePlain(text: string, context: ScalarContext): boolean {
  if (text === '' || text !== text.trim() || unprintable.test(text) || lineBreak.test(text) || text.includes('\t') || text.includes('\uFEFF')) {
    return false;
  }
  if (indicatorFirst.test(text) || text.includes(': ') || text.includes(' #') || text.endsWith(':')) {
    return false;
  }
  if (context !== 'block' && (flowIndicator.test(text) || text.length > 200)) {
    return false;
  }
  if (reservedWord.test(text) || numberLike.test(text) || specialFloat.test(text) || dateLike.test(text)) {
    return false;
  }
  return readsBackAsItself(text, context);
}

const checked = new Map<string, boolean>();

/** Asks the parser itself, in the context the text will be written in. */
function readsBackAsItself(text: string, context: ScalarContext): boolean {
  const cacheKey = `${context}\u0000${text}`;
  const cached = checked.get(cacheKey);
  if (cached !== undefined) {
    return cached;
  }
  const source = context === 'block' ? `k: ${text}\n` : context === 'key' ? `${text}: v\n` : `k: [${text}]\n`;
  let value: unknown;
  try {
    value = parseJekyllYaml(source, 1).data;
  } catch {
    value = undefined;
  }
  const expected = context === 'block' ? { k: text } : context === 'key' ? { [text]: 'v' } : { k: [text] };
  const safe = JSON.stringify(value) === JSON.stringify(expected);
  if (checked.size > 10_000) {
    checked.clear();
  }
  checked.set(cacheKey, safe);
  return safe;
}

/** `text` in double quotes: JSON's escapes, plus the characters YAML 1.1 reads as line breaks or cannot print. */
export function doubleQuoted(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `text` in single quotes, or null when single quotes cannot hold it (line breaks, unprintable characters). */
export function singleQuoted(text: string): string | null {
  if (lineBreak.test(text) || unprintable.test(text) || text.includes('\uFEFF')) {
    return null;
  }
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * A number as YAML 1.1 reads it back: `.nan`, `.inf`, and an exponent always
 * after a decimal point (YAML 1.1 reads `1e+21` as text, `1.0e+21` as a float).
 */
export function numberText(value: number): string {
  if (Number.isNaN(value)) {
    return '.nan';
  }
  if (!Number.isFinite(value)) {
    return value > 0 ? '.inf' : '-.inf';
  }
  const text = String(value);
  return text.includes('e') && !text.includes('.') ? text.replace('e', '.0e') : text;
}

/** A scalar written in `style` when it can be, else double-quoted; numbers, booleans and null are plain. */
export function scalarText(value: ScalarValue, style: StringStyle, context: ScalarContext): string {
  if (value === null) {
    return 'null';
  }
  if (typeof value === 'boolean') {
    return value ? 'true' : 'false';
  }
  if (typeof value === 'number') {
    return numberText(value);
  }
  if (style === 'plain' && isSafePlain(value, context)) {
    return value;
  }
  if (style === 'single') {
    return singleQuoted(value) ?? doubleQuoted(value);
  }
  return doubleQuoted(value);
}

/**
 * A string as a block scalar whose content lines are indented by `indent`
 * spaces: `|` (or `|-` without a final newline), or `>` when `folded` and
 * the text is one line. Null when a block scalar cannot hold it exactly
 * (several final newlines, a first line starting with a space, blank lines
 * made of spaces, characters YAML cannot print).
 */
export function blockScalarText(value: string, folded: boolean, indent: number): string | null {
  const clip = value.endsWith('\n');
  const content = clip ? value.slice(0, -1) : value;
  if (content === '' || content.endsWith('\n') || /[\r\u0085\u2028\u2029\ufeff]/.test(content) || unprintable.test(content)) {
    return null;
  }
  const lines = content.split('\n');
  if (lines.some((line) => line !== '' && line.trim() === '') || /^[ \t]/.test(lines.find((line) => line !== '') ?? '')) {
    return null;
  }
  const header = (folded && lines.length === 1 ? '>' : '|') + (clip ? '' : '-');
  const margin = ' '.repeat(Math.max(1, indent));
  return [header, ...lines.map((line) => (line === '' ? '' : margin + line))].join('\n');
}
