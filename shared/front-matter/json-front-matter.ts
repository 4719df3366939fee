import { FrontMatterError } from './front-matter-error';
import { isPlainObject } from './front-matter-value';
import { positionOf } from './text-position';

/**
 * Parses JSON front matter (`text` is the whole post; the JSON is
 * `text.slice(start, end)`). Unlike `JSON.parse` it reports where the JSON is
 * invalid and refuses duplicate keys, as a {@link FrontMatterError} with the
 * line and column in the whole file.
 */
export function parseJsonFrontMatter(text: string, start: number, end: number): Record<string, unknown> {
  const source = text.slice(start, end);
  const failure = new JsonChecker(source).check();
  if (failure !== null) {
    const { line, column } = positionOf(text, start + failure.offset);
    throw new FrontMatterError(failure.message, line, column);
  }
  const value: unknown = JSON.parse(source);
  if (!isPlainObject(value)) {
    const { line, column } = positionOf(text, start + source.search(/\S|$/));
    throw new FrontMatterError('front matter is not an object; Inkpost expects keys and values', line, column);
  }
  return value;
}

interface JsonFailure {
  readonly message: string;
  readonly offset: number;
}

class JsonFailureSignal extends Error {
  constructor(readonly failure: JsonFailure) {
    super(failure.message);
  }
}

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const stringPattern = /"(?:[^"\\]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** A strict JSON syntax check that knows where it failed and which keys repeat. */
class JsonChecker {
  private offset = 0;

  constructor(private readonly source: string) {}

  check(): JsonFailure | null {
    try {
      this.skipSpace();
      this.value();
      this.skipSpace();
      if (this.offset < this.source.length) {
        this.fail('unexpected text after the JSON value');
      }
      return null;
    } catch (error) {
      if (error instanceof JsonFailureSignal) {
        return error.failure;
      }
      throw error;
    }
  }

  private value(): void {
    const character = this.source[this.offset];
    if (character === '{') {
      this.object();
    } else if (character === '[') {
      this.array();
    } else if (character === '"') {
      this.string();
    } else if (!this.match(numberPattern) && !this.literal()) {
      this.fail(this.offset < this.source.length ? 'invalid JSON value' : 'the JSON ends too early');
    }
  }

  private object(): void {
    this.offset += 1;
    const keys = new Set<string>();
    this.skipSpace();
    if (this.source[this.offset] === '}') {
      this.offset += 1;
      return;
    }
    for (;;) {
      this.skipSpace();
      const keyStart = this.offset;
      if (this.source[this.offset] !== '"') {
        this.fail('expected a double-quoted key');
      }
      const key = this.string();
      if (keys.has(key)) {
        this.fail(`duplicate key ${JSON.stringify(key)}`, keyStart);
      }
      keys.add(key);
      this.skipSpace();
      this.expect(':');
      this.skipSpace();
      this.value();
      this.skipSpace();
      if (this.source[this.offset] === '}') {
        this.offset += 1;
        return;
      }
      this.expect(',');
    }
  }

  private array(): void {
    this.offset += 1;
    this.skipSpace();
    if (this.source[this.offset] === ']') {
      this.offset += 1;
      return;
    }
    for (;;) {
      this.skipSpace();
      this.value();
      this.skipSpace();
      if (this.source[this.offset] === ']') {
        this.offset += 1;
        return;
      }
      this.expect(',');
    }
  }

  private string(): string {
    const start = this.offset;
    if (!this.match(stringPattern)) {
      this.fail('invalid or unterminated string');
    }
    const text = this.source.slice(start, this.offset);
    for (let index = 0; index < text.length; index += 1) {
      if (text.charCodeAt(index) < 0x20) {
        this.fail('a control character (a line break?) inside a string', start + index);
      }
    }
    return JSON.parse(text) as string;
  }

  private literal(): boolean {
    for (const word of ['true', 'false', 'null']) {
      if (this.source.startsWith(word, this.offset)) {
        this.offset += word.length;
        return true;
      }
    }
    return false;
  }

  private match(pattern: RegExp): boolean {
    pattern.lastIndex = this.offset;
    if (!pattern.test(this.source)) {
      return false;
    }
    this.offset = pattern.lastIndex;
    return true;
  }

  private expect(character: string): void {
    if (this.source[this.offset] !== character) {
      this.fail(`expected "${character}"`);
    }
    this.offset += 1;
  }

  private skipSpace(): void {
    while (/[ \t\r\n]/.test(this.source[this.offset] ?? '')) {
      this.offset += 1;
    }
  }

  private fail(message: string, offset = this.offset): never {
    throw new JsonFailureSignal({ message, offset });
  }
}
