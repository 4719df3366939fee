import matter from 'gray-matter';
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

/** gray-matter options shared by every call: never its js-yaml defaults, which rewrite styles. */
const grayMatterOptions = {
  engines: {
    yaml: {
      parse: parseYamlLikeJekyll,
      stringify: () => {
        throw new Error('front matter is written by the format-preserving editor, not gray-matter');
      },
    },
  },
};

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
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, grayMatterOptions);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const position = error.linePos?.[0];
      // +1: the opening `---` fence is line 1 of the file, the YAML starts on line 2.
      throw new FrontMatterError(firstLine(error.message), (position?.line ?? 1) + 1, position?.col ?? 1);
    }
    throw new FrontMatterError(error instanceof Error ? error.message : String(error), 1, 1);
  }
  if (Array.isArray(parsed.data)) {
    throw new FrontMatterError('front matter is a list; Jekyll expects keys and values', 2, 1);
  }
  return { data: parsed.data, body: block.body, hasFrontMatter: true };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
