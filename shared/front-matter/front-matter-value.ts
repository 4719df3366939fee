/** A value Inkpost can write into front matter: what YAML, TOML and JSON all share. */
export type FrontMatterValue =
  | string
  | number
  | boolean
  | null
  | readonly FrontMatterValue[]
  | { readonly [key: string]: FrontMatterValue };

/** Edits to a post's front matter: a new value per key, or `undefined` to delete the key. */
export type FrontMatterChanges = Readonly<Record<string, FrontMatterValue | undefined>>;

/** A front matter mapping as plain data. */
export type FrontMatterObject = { readonly [key: string]: FrontMatterValue };

/** True for a list value (`Array.isArray` does not narrow readonly arrays). */
export function isList(value: FrontMatterValue | undefined): value is readonly FrontMatterValue[] {
  return Array.isArray(value);
}

/** True for a mapping value (a plain object, not a list or null). */
export function isMapping(value: FrontMatterValue | undefined): value is { readonly [key: string]: FrontMatterValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a plain object (`{}` or a null-prototype object), the only objects that are mappings. */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Checks at run time that `value` is a {@link FrontMatterValue} (changes may
 * come over IPC): throws a `TypeError` naming the path of anything else
 * (undefined inside a list, functions, dates, strings that are not valid
 * Unicode, which a UTF-8 file cannot hold).
 */
export function assertFrontMatterValue(value: unknown, path: string): asserts value is FrontMatterValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') {
    return;
  }
  if (typeof value === 'string') {
    if (loneSurrogate.test(value)) {
      throw new TypeError(`${path}: the text is not valid Unicode (a lone surrogate)`);
    }
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => assertFrontMatterValue(item, `${path}[${index}]`));
    return;
  }
  if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      assertFrontMatterValue(item, `${path}.${key}`);
    }
    return;
  }
  throw new TypeError(`${path}: ${describe(value)} cannot be written to front matter`);
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const timePattern = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * Checks a new `time` value: Inkpost writes `time` only as "HH:MM" (HH 00-23,
 * MM 00-59), always double-quoted, because YAML 1.1 reads an unquoted 18:30
 * as the number 1110.
 */
export function assertTimeValue(value: FrontMatterValue): asserts value is string {
  if (typeof value !== 'string' || !timePattern.test(value)) {
    throw new Error(`time must be "HH:MM" with HH 00-23 and MM 00-59, not ${JSON.stringify(value)}`);
  }
}

function describe(value: unknown): string {
  if (value === undefined) {
    return 'undefined';
  }
  if (value instanceof Date) {
    return 'a Date';
  }
  return typeof value === 'object' ? 'an object that is not plain data' : `a ${typeof value}`;
}
