/**
 * Plain (unquoted, untagged) YAML scalars typed as Jekyll's YAML reader,
 * Ruby's Psych 4, types them. Psych does not follow the YAML 1.1 type
 * definitions exactly, and a post shows what Psych makes of it, so these
 * rules are Psych's own, quirks included:
 * - `13:48` is the number 49680 (Psych weighs base-60 parts from the left as
 *   if there were three: 13×3600 + 48×60), `1:02:03` is 3723;
 * - `1,000` is 1000 (commas are digit separators), `017` is octal 15, `0o17`
 *   and `1e3` are text (an exponent needs a sign and a decimal point:
 *   `1.0e+3`);
 * - `yes`/`no`/`on`/`off`/`true`/`false` in any case are booleans, `y`/`n`
 *   are text; `~`, `null` in any case and the empty value are null;
 * - `2011-01-01` is a date, `2011-01-01 10:00:00` (optional fraction and
 *   zone) a time; an impossible date (`2011-02-30`) stays text;
 * - `:name` is a Ruby symbol, which Jekyll's safe loading refuses: the whole
 *   front matter is then unreadable ({@link psychRefusesSymbol}).
 * Verified against Psych itself by test/unit/front-matter/psych-oracle.test.ts.
 */

/** Returned for a plain scalar Psych reads as a Ruby symbol, which Jekyll's safe loading refuses. */
export const psychRefusesSymbol: unique symbol = Symbol('psych refuses a symbol');

/** What a plain scalar can be: the refusal aside, the values Jekyll's data can hold. */
export type PsychScalar = string | number | boolean | Date | null | typeof psychRefusesSymbol;

/** Text that starts like a word (after at most one leading character that is not a digit, `.`, `:` or `-`): never a number or a date. */
const wordLike = /^[^\d.:-]?[\p{Alphabetic}_ \t\r\n\f\v!@#$%^&*(){}<>|/\\~;=]+/mu;
const timestamp = /^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$/m;
const dateOnly = /^\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)$/m;
const sexagesimalInt = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}$/m;
const sexagesimalFloat = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}\.[0-9_]*$/m;
const decimalFloat = /^(?:[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?)$/m;
const integer = /^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+)$/m;

/**
 * Types the plain scalar `text` (as the YAML parser decoded it: folded,
 * without comments) as Psych does.
 */
export function psychPlainScalar(text: string): PsychScalar {
  if (text === '') {
    return null;
  }
  if (wordLike.test(text) || text.includes('\n')) {
    return wordValue(text);
  }
  if (timestamp.test(text)) {
    return psychTime(text) ?? text;
  }
  if (dateOnly.test(text)) {
    return psychDate(text) ?? text;
  }
  if (/^\+?\.inf$/i.test(text)) {
    return Infinity;
  }
  if (/^-\.inf$/i.test(text)) {
    return -Infinity;
  }
  if (/^\.nan$/i.test(text)) {
    return NaN;
  }
  if (/^:./.test(text)) {
    return psychRefusesSymbol;
  }
  if (sexagesimalInt.test(text) || sexagesimalFloat.test(text)) {
    return sexagesimal(text);
  }
  if (decimalFloat.test(text)) {
    return /^[-+]?\.$/.test(text) ? text : Number(text.replace(/[,_]/g, '').replace(/\.([Ee]|$)/, '$1'));
  }
  if (integer.test(text)) {
    return integerValue(text.replace(/[,_]/g, ''));
  }
  return text;
}

/** Short words may be null or booleans; anything longer than five characters that looks like a word is text. */
function wordValue(text: string): PsychScalar {
  if (text.length > 5 || /^[^ytonf~]/i.test(text)) {
    return text;
  }
  if (text === '~' || /^null$/i.test(text)) {
    return null;
  }
  if (/^(?:yes|true|on)$/i.test(text)) {
    return true;
  }
  if (/^(?:no|false|off)$/i.test(text)) {
    return false;
  }
  return text;
}

/** Psych's base 60: the parts weigh 60², 60¹, 60⁰ by their distance from the second part, as Psych computes it. */
function sexagesimal(text: string): number {
  const parts = text.split(':');
  let total = 0;
  parts.forEach((part, index) => {
    const digits = part.replace(/_/g, '');
    const value = index === parts.length - 1 && digits.includes('.') ? Number(digits) : rubyToInteger(digits);
    total += value * 60 ** Math.abs(index - 2);
  });
  return total;
}

/** Ruby's `String#to_i`: the leading sign and digits, 0 when there are none. */
function rubyToInteger(text: string): number {
  const match = /^[-+]?\d+/.exec(text);
  return match ? Number(match[0]) : 0;
}

/** Ruby's `Integer(text)` for what the integer pattern accepts: binary, octal (leading 0), decimal and hexadecimal. */
function integerValue(text: string): number | string {
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.replace(/^[-+]/, '');
  let value: number;
  if (/^0b/.test(digits)) {
    value = parseInt(digits.slice(2), 2);
  } else if (/^0x/.test(digits)) {
    value = parseInt(digits.slice(2), 16);
  } else if (/^0[0-7]/.test(digits)) {
    value = parseInt(digits.slice(1), 8);
  } else {
    value = Number(digits);
  }
  // `Integer("0b")`, `Integer("0x")` and friends raise in Ruby, and Psych then... never gets there: the pattern needs a digit.
  return Number.isNaN(value) ? text : sign * value;
}

/** A date-only scalar as Ruby's `Date.strptime(text, '%Y-%m-%d')`: null when there is no such day. */
function psychDate(text: string): Date | null {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return validDay(year, month, day) ? new Date(Date.UTC(year, month - 1, day)) : null;
}

/** A timestamp as Psych's `parse_time`: no zone means UTC; null when Ruby's `Time` would refuse it. */
function psychTime(text: string): Date | null {
  const [datePart = '', timePart = ''] = splitOnce(text, /[ tT]/);
  const dateMatch = /^(-?\d{4})-(\d{1,2})-(\d{1,2})/.exec(datePart);
  const timeMatch = /(\d+:\d+:\d+)(?:\.(\d*))?\s*(Z|[-+]\d+(:\d\d)?)?/.exec(timePart);
  if (!dateMatch || !timeMatch) {
    return null;
  }
  const [year, month, day] = [Number(dateMatch[1]), Number(dateMatch[2]), Number(dateMatch[3])];
  const [hour, minute, second] = (timeMatch[1] ?? '').split(':').map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) {
    return null;
  }
  const fraction = timeMatch[2] ? Number(`0.${timeMatch[2]}`) : 0;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) + Math.floor(fraction * 1000);
  const zone = timeMatch[3];
  if (zone === undefined || zone === 'Z') {
    return new Date(utc);
  }
  const zoneMatch = /^([+-]?\d{1,2}):?(\d{1,2})?$/.exec(zone);
  if (!zoneMatch) {
    return null;
  }
  const hours = Number(zoneMatch[1]);
  const minutes = Number(zoneMatch[2] ?? 0);
  const offsetMinutes = hours * 60 + (hours < 0 || zoneMatch[1]?.startsWith('-') ? -minutes : minutes);
  return new Date(utc - offsetMinutes * 60_000);
}

function splitOnce(text: string, separator: RegExp): [string, string] {
  const match = separator.exec(text);
  return match ? [text.slice(0, match.index), text.slice(match.index + 1)] : [text, ''];
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) {
    return false;
  }
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
