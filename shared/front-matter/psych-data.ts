import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node, Scalar } from 'yaml';
import { FrontMatterError } from './front-matter-error';
import { psychPlainScalar, psychRefusesSymbol } from './psych-scalar';
import { positionOf } from './text-position';

/** A key given more than once: Jekyll keeps the last value. */
export interface DuplicateKey {
  readonly key: string;
  /** 1-based line and column of the repeated key in the YAML source. */
  readonly line: number;
  readonly column: number;
}

/** Front matter data as Jekyll reads it, and the keys it repeats. */
export interface PsychData {
  readonly data: unknown;
  readonly duplicates: readonly DuplicateKey[];
}

/**
 * How many values aliases may copy in all. Psych shares an anchored value
 * instead of copying it, so an "alias bomb" (aliases of aliases, each
 * doubling the data) loads in Jekyll; but everything that walks the data
 * afterwards (Liquid's `jsonify`, Inkpost's summaries and bridge) would
 * expand it. Inkpost refuses such front matter with its position.
 */
const maxAliasedValues = 10_000;

const yamlTag = 'tag:yaml.org,2002:';

/**
 * Turns a parsed YAML document into the data Jekyll's `Psych.safe_load`
 * makes of the same text: plain scalars typed by Psych's rules
 * ({@link psychPlainScalar}), quoted and block scalars as text, explicit
 * `!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!binary` and
 * `!!timestamp` tags as Psych applies them (other tags are ignored, as Psych
 * does for the classes it may load), `<<` merge keys, aliases, and repeated
 * keys (the last wins; each repeat is reported). Keys that are not text
 * become their text form, as JavaScript objects need. Throws
 * {@link FrontMatterError} (line and column within `source`, 1-based, of
 * the document's offsets mapped by `toSourceOffset`) where
 * Jekyll's loading fails: a Ruby symbol (`:name`), a `!!float` that is no
 * number, a `!!set` or `!!omap`.
 */
export function psychData(document: Document.Parsed, source: string, toSourceOffset: (offset: number) => number = (offset) => offset): PsychData {
  const reader = new PsychReader((offset) => positionOf(source, toSourceOffset(offset)));
  return { data: reader.value(document.contents), duplicates: reader.duplicates };
}

class PsychReader {
  readonly duplicates: DuplicateKey[] = [];
  private readonly anchored = new Map<Node, unknown>();
  private aliasedValues = 0;
  /** Where the first alias is: an alias bomb is reported there, where the expansion starts. */
  private firstAliasOffset: number | null = null;

  constructor(private readonly positionAt: (offset: number) => { line: number; column: number }) {}

  value(node: unknown): unknown {
    if (node === null || node === undefined) {
      return null;
    }
    if (isAlias(node)) {
      return this.alias(node);
    }
    if (isScalar(node)) {
      return this.remember(node, this.scalar(node));
    }
    if (isMap(node)) {
      this.refuseTag(node, ['set', 'omap']);
      const result: Record<string, unknown> = {};
      this.remember(node, result);
      for (const pair of node.items) {
        this.pair(result, pair.key, pair.value);
      }
      return result;
    }
    if (isSeq(node)) {
      this.refuseTag(node, ['omap', 'pairs']);
      const result: unknown[] = [];
      this.remember(node, result);
      for (const item of node.items) {
        result.push(isPair(item) ? this.singlePairMap(item.key, item.value) : this.value(item));
      }
      return result;
    }
    return null;
  }

  private remember(node: Node, value: unknown): unknown {
    if (node.anchor !== undefined) {
      this.anchored.set(node, value);
    }
    return value;
  }

  private alias(node: { source: string; range?: [number, number, number] | null; resolve(document: never): unknown }): unknown {
    const target = [...this.anchored.keys()].reverse().find((anchored) => anchored.anchor === node.source);
    if (target === undefined) {
      throw this.error(`unknown alias *${node.source}`, node.range?.[0] ?? 0);
    }
    this.firstAliasOffset ??= node.range?.[0] ?? 0;
    this.aliasedValues += countValues(this.anchored.get(target));
    if (this.aliasedValues > maxAliasedValues) {
      throw this.error(`the aliases (*name) copy more than ${maxAliasedValues} values, as in an alias bomb; Inkpost will not expand them: use fewer aliases`, this.firstAliasOffset);
    }
    return this.anchored.get(target);
  }

  private singlePairMap(key: unknown, value: unknown): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.pair(result, key, value);
    return result;
  }

  private pair(target: Record<string, unknown>, keyNode: unknown, valueNode: unknown): void {
    const key = this.value(keyNode);
    const value = this.value(valueNode);
    if (key === '<<' && !(isScalar(keyNode) && keyNode.tag === `${yamlTag}str`)) {
      this.merge(target, valueNode, value);
      return;
    }
    const name = keyText(key);
    if (Object.hasOwn(target, name)) {
      const offset = (keyNode as Node | null)?.range?.[0] ?? 0;
      this.duplicates.push({ key: name, ...this.positionAt(offset) });
    }
    Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
  }

  /** `<<: *base` or `<<: [*a, *b]`: the mappings' keys go in (earlier ones in a list win); anything else is an ordinary `<<` key. */
  private merge(target: Record<string, unknown>, valueNode: unknown, value: unknown): void {
    const sources = isSeq(valueNode) ? (value as unknown[]) : [value];
    const isMergeable = (isAlias(valueNode) || isMap(valueNode) || isSeq(valueNode)) && sources.every((item) => isPlainMapping(item));
    if (!isMergeable) {
      Object.defineProperty(target, '<<', { value, enumerable: true, writable: true, configurable: true });
      return;
    }
    const merged: Record<string, unknown> = {};
    for (const source of [...sources].reverse()) {
      Object.assign(merged, source);
    }
    for (const [key, item] of Object.entries(merged)) {
      Object.defineProperty(target, key, { value: item, enumerable: true, writable: true, configurable: true });
    }
  }

  private scalar(node: Scalar): unknown {
    const text = node.type === Scalar.PLAIN ? (node.source ?? String(node.value)) : String(node.source ?? node.value);
    const tag = node.tag;
    if (tag === undefined) {
      return node.type === Scalar.PLAIN ? this.plain(text, node) : text;
    }
    switch (tag) {
      case `${yamlTag}str`:
        return text;
      case `${yamlTag}binary`:
        return decodeBase64(text);
      case `${yamlTag}float`: {
        const value = this.plain(text, node);
        const number = typeof value === 'number' ? value : rubyFloat(String(value));
        if (number === null) {
          throw this.error(`"${text}" is tagged !!float but is not a number`, node.range?.[0] ?? 0);
        }
        return number;
      }
      default:
        this.refuseTag(node, ['set', 'omap', 'pairs']);
        return this.plain(text, node);
    }
  }

  private plain(text: string, node: Scalar): unknown {
    const value = psychPlainScalar(text);
    if (value === psychRefusesSymbol) {
      throw this.error(`${text} is a Ruby symbol, which Jekyll refuses to load; quote it: "${text}"`, node.range?.[0] ?? 0);
    }
    return value;
  }

  private refuseTag(node: Node, refused: readonly string[]): void {
    const tag = node.tag ?? '';
    if (refused.some((name) => tag === `${yamlTag}${name}`)) {
      throw this.error(`the !!${tag.slice(yamlTag.length)} tag makes a Ruby object Jekyll refuses to load`, node.range?.[0] ?? 0);
    }
  }

  private error(message: string, offset: number): FrontMatterError {
    const { line, column } = this.positionAt(offset);
    return new FrontMatterError(message, line, column);
  }
}

function isPlainMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** A key as JavaScript objects hold it: text as it is, anything else as its text form (a date as YYYY-MM-DD or its ISO time). */
function keyText(key: unknown): string {
  if (typeof key === 'string') {
    return key;
  }
  if (key === null) {
    return '';
  }
  if (key instanceof Date) {
    return key.toISOString();
  }
  if (typeof key === 'number' || typeof key === 'boolean') {
    return String(key);
  }
  return JSON.stringify(key) ?? '';
}

function countValues(value: unknown): number {
  if (Array.isArray(value)) {
    return 1 + value.reduce((sum: number, item) => sum + countValues(item), 0);
  }
  if (isPlainMapping(value)) {
    return 1 + Object.values(value).reduce((sum: number, item) => sum + countValues(item), 0);
  }
  return 1;
}

/** Ruby's `Float(text)` for text Psych did not type as a number: null where Ruby raises. */
function rubyFloat(text: string): number | null {
  const trimmed = text.trim();
  return /^[-+]?(?:\d(?:_?\d)*)(?:\.\d(?:_?\d)*)?(?:[eE][-+]?\d+)?$/.test(trimmed) ? Number(trimmed.replace(/_/g, '')) : null;
}

/** Ruby's `unpack('m')`: base64, ignoring what is not base64, decoded as UTF-8 text. */
function decodeBase64(text: string): string {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const bytes: number[] = [];
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let buffer = 0;
  let bits = 0;
  for (const character of clean) {
    buffer = (buffer << 6) | alphabet.indexOf(character);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  const percentEncoded = bytes.map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
  try {
    return decodeURIComponent(percentEncoded);
  } catch {
    return String.fromCharCode(...bytes);
  }
}
