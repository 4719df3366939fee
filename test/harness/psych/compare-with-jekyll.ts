import { FrontMatterError } from '../../../shared/front-matter/front-matter-error';
import { parsePost } from '../../../shared/front-matter/parse-post';
import type { OracleAnswer, OracleValue } from './psych-oracle';

/**
 * How Inkpost's reading of `text` differs from Jekyll's answer, or null when
 * they agree: both refuse, both find no front matter, or both read the same
 * data. Numbers compare by value (JavaScript has one number type), dates and
 * times by their instant to the millisecond (Inkpost holds both as `Date`s),
 * mapping keys by their text (JavaScript object keys are text).
 */
export function differenceFromJekyll(text: string, jekyll: OracleAnswer): string | null {
  let inkpost: { format: string; data: unknown } | FrontMatterError;
  try {
    inkpost = parsePost(text);
  } catch (error) {
    if (!(error instanceof FrontMatterError)) {
      return `Inkpost threw ${String(error)}`;
    }
    inkpost = error;
  }
  if (!jekyll.frontMatter) {
    return inkpost instanceof FrontMatterError || inkpost.format === 'yaml' ? 'Jekyll finds no front matter, Inkpost does' : null;
  }
  if (!jekyll.ok) {
    return inkpost instanceof FrontMatterError ? null : `Jekyll refuses (${jekyll.error}), Inkpost reads ${JSON.stringify(inkpost.data)}`;
  }
  if (inkpost instanceof FrontMatterError) {
    return `Inkpost refuses (${inkpost.message}), Jekyll reads ${JSON.stringify(jekyll.data)}`;
  }
  const expected = jekyll.data === null ? { map: [] } : jekyll.data;
  return valueDifference(expected, inkpost.data, 'front matter');
}

function valueDifference(expected: OracleValue, actual: unknown, where: string): string | null {
  const mismatch = (): string => `${where}: Jekyll has ${JSON.stringify(expected)}, Inkpost ${describe(actual)}`;
  if (expected === null || typeof expected === 'boolean' || typeof expected === 'string') {
    return Object.is(expected, actual) ? null : mismatch();
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return mismatch();
    }
    const items = actual as unknown[];
    for (const [index, item] of (expected as readonly OracleValue[]).entries()) {
      const difference = valueDifference(item, items[index], `${where}[${index}]`);
      if (difference !== null) {
        return difference;
      }
    }
    return null;
  }
  return taggedDifference(expected as TaggedValue, actual, where, mismatch);
}

type TaggedValue = Exclude<OracleValue, readonly OracleValue[] | null | boolean | string>;

function taggedDifference(expected: TaggedValue, actual: unknown, where: string, mismatch: () => string): string | null {
  if ('int' in expected || 'float' in expected) {
    const number = Number('int' in expected ? expected.int : expected.float);
    return typeof actual === 'number' && (Object.is(number, actual) || number === actual) ? null : mismatch();
  }
  if ('date' in expected) {
    return actual instanceof Date && actual.toISOString().slice(0, 10) === expected.date && actual.getTime() % 86_400_000 === 0 ? null : mismatch();
  }
  if ('time' in expected) {
    return actual instanceof Date && actual.getTime() === Math.floor(Number(expected.time)) ? null : mismatch();
  }
  if ('map' in expected) {
    return mapDifference(expected.map, actual, where) ?? null;
  }
  return `${where}: Jekyll has a ${expected.other}`;
}

function mapDifference(pairs: readonly (readonly [OracleValue, OracleValue])[], actual: unknown, where: string): string | null {
  if (typeof actual !== 'object' || actual === null || Array.isArray(actual) || actual instanceof Date) {
    return `${where}: Jekyll has a mapping, Inkpost ${describe(actual)}`;
  }
  const record = actual as Record<string, unknown>;
  const keys = pairs.map(([key]) => keyText(key));
  const actualKeys = Object.keys(record);
  if (JSON.stringify([...keys].sort()) !== JSON.stringify([...actualKeys].sort())) {
    return `${where}: Jekyll has keys ${JSON.stringify(keys)}, Inkpost ${JSON.stringify(actualKeys)}`;
  }
  for (const [index, [, value]] of pairs.entries()) {
    const key = keys[index] as string;
    const difference = valueDifference(value, record[key], `${where}.${key}`);
    if (difference !== null) {
      return difference;
    }
  }
  return null;
}

function keyText(key: OracleValue): string {
  if (typeof key === 'string') {
    return key;
  }
  if (key === null) {
    return '';
  }
  if (typeof key === 'boolean') {
    return String(key);
  }
  if (!Array.isArray(key) && typeof key === 'object') {
    if ('int' in key) {
      return String(Number(key.int));
    }
    if ('float' in key) {
      return String(Number(key.float));
    }
    if ('date' in key) {
      return new Date(`${key.date}T00:00:00Z`).toISOString();
    }
    if ('time' in key) {
      return new Date(Math.floor(Number(key.time))).toISOString();
    }
  }
  return JSON.stringify(key);
}

function describe(value: unknown): string {
  if (value instanceof Date) {
    return `Date ${value.toISOString()}`;
  }
  return `${Array.isArray(value) ? 'list' : typeof value} ${JSON.stringify(value)}`;
}
