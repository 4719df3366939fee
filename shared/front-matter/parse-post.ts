import { parseJekyllYaml } from './jekyll-yaml';
import { type DuplicateKey } from './psych-data';
import { parseJsonFrontMatter } from './json-front-matter';
import { type FrontMatterFormat, locateFrontMatter } from './locate-front-matter';
import { parseSimpleYaml } from './simple-yaml';
import { parseTomlFrontMatter } from './toml-front-matter';

/** A post's front matter as data, and its body. */
export interface ParsedPost {
  /** The front matter's language; `none` when the post has no front matter. */
  readonly format: FrontMatterFormat;
  /** The front matter's keys and values as Jekyll reads them (YAML 1.1: timestamps may be `Date`s). */
  readonly data: Readonly<Record<string, unknown>>;
  /** Everything after the closing fence line (the whole text when there is no front matter). */
  readonly body: string;
  /** Zero-based line of the text where the body starts. */
  readonly bodyStartLine: number;
  /** Keys the front matter gives more than once (Jekyll keeps the last value), with their positions; absent when there are none. */
  readonly duplicateKeys?: readonly DuplicateKey[];
}

/**
 * Reads a post's text (editor text: `\n` endings, no BOM; `\r\n` works too).
 * YAML front matter is found exactly as Jekyll finds it and read as YAML 1.1,
 * as Jekyll's Psych does; TOML (`+++`) and JSON (`---json`, or a leading
 * `{ … }` object) front matter are read too. Throws `FrontMatterError` (line
 * and column in the whole file) for invalid YAML, TOML or JSON, duplicate
 * keys, a front matter that is not a mapping, and a block never closed.
 */
export function parsePost(text: string): ParsedPost {
  const location = locateFrontMatter(text);
  const body = text.slice(location.bodyStart);
  const source = text.slice(location.sourceStart, location.sourceEnd);
  switch (location.format) {
    case 'none':
      return { format: 'none', data: {}, body: text, bodyStartLine: 0 };
    case 'yaml': {
      const yaml = source.replace(/\r\n?/g, '\n');
      // The common flat front matter has a fast path that reads exactly what the full parser reads; anything else
      // (and every error, with its position) is the full parser's.
      const simple = parseSimpleYaml(yaml);
      const full = simple === null ? parseJekyllYaml(yaml, location.sourceLine) : null;
      const data = simple ?? full?.data ?? {};
      const duplicateKeys = full?.duplicates ?? [];
      return { format: 'yaml', data, body, bodyStartLine: location.bodyStartLine, ...(duplicateKeys.length > 0 ? { duplicateKeys } : {}) };
    }
    case 'toml':
      return { format: 'toml', data: parseTomlFrontMatter(source, location.sourceLine), body, bodyStartLine: location.bodyStartLine };
    case 'json':
      return { format: 'json', data: parseJsonFrontMatter(text, location.sourceStart, location.sourceEnd), body, bodyStartLine: location.bodyStartLine };
  }
}

/**
 * Reads the YAML between a post's fences (`source`, whose first line is line
 * `sourceLine` of the file; `\r\n` works too) as Jekyll does. The common flat
 * front matter takes a fast path that reads exactly what the full parser
 * reads; anything else, and every error with its position, is the full
 * parser's. Throws `FrontMatterError` as {@link parsePost} does.
 */
export function readYamlFrontMatter(source: string, sourceLine: number): Record<string, unknown> {
  const yaml = source.replace(/\r\n?/g, '\n');
  return parseSimpleYaml(yaml) ?? parseJekyllYaml(yaml, sourceLine).data;
}
