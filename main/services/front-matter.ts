import { parse as parseYaml, YAMLParseError } from 'yaml';
import { splitFrontMatter } from '../../shared/front-matter-block';

/** A post's front matter as data, and where the body starts. */
export interface ParsedFrontMatter {
  readonly data: Readonly<Record<string, unknown>>;
  readonly body: string;
  /** Whether the file has a front matter block at all (Jekyll only renders files that do). */
  readonly hasFrontMatter: boolean;
}

/** A front matter problem with its position in the whole file (1-based line and column). */
export class FrontMatterError extends Error {
  readonly line: number;
  readonly column: number;

  constructor(message: string, line: number, column: number) {
    super(`${line}:${column}: ${message}`);
    this.name = 'FrontMatterError';
    this.line = line;
    this.column = column;
  }
}

/**
 * Parses YAML the way Jekyll (Ruby's Psych) does, as YAML 1.1: an unquoted
 * `13:48` is a number there, and Inkpost must see what Jekyll will see.
 */
function parseYamlLikeJekyll(source: string): object {
  const value: unknown = parseYaml(source, { version: '1.1' });
  return typeof value === 'object' && value !== null ? value : {};
}

/**
 * Reads a post's front matter. Throws {@link FrontMatterError} with the line
 * and column in the whole file when the YAML is invalid or the front matter is
 * not a mapping.
 */
export function readFrontMatter(text: string): ParsedFrontMatter {
  const block = splitFrontMatter(text);
  if (block.frontMatter === null) {
    return { data: {}, body: text, hasFrontMatter: false };
  }
  // Parse exactly the block splitFrontMatter found (as Jekyll does, `...` closes it too), so the
  // data and the body always come from the same split.
  let data: object;
  try {
    data = parseYamlLikeJekyll(block.frontMatter);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const position = error.linePos?.[0];
      // +1: the opening `---` fence is line 1 of the file, the YAML starts on line 2.
      // The library's message ends with its own position, relative to the YAML: drop it, the file's position leads.
      const message = firstLine(error.message).replace(/ at line \d+, column \d+:?$/, '');
      throw new FrontMatterError(message, (position?.line ?? 1) + 1, position?.col ?? 1);
    }
    throw new FrontMatterError(error instanceof Error ? error.message : String(error), 1, 1);
  }
  if (Array.isArray(data)) {
    throw new FrontMatterError('front matter is a list; Jekyll expects keys and values', 2, 1);
  }
  return { data: data as Record<string, unknown>, body: block.body, hasFrontMatter: true };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
