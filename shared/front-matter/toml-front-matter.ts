import { parse as parseToml, TomlError } from 'smol-toml';
import { FrontMatterError } from './front-matter-error';

/**
 * Parses TOML front matter (`source`, whose first line is line `sourceLine` of
 * the file). Invalid TOML, duplicate keys included, is a
 * {@link FrontMatterError} with the line and column in the whole file.
 */
export function parseTomlFrontMatter(source: string, sourceLine: number): Record<string, unknown> {
  try {
    return plainData(parseToml(source)) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof TomlError) {
      const message = (error.message.split('\n')[0] ?? error.message).replace(/^Invalid TOML document: /, '');
      throw new FrontMatterError(message, error.line + sourceLine - 1, error.column);
    }
    throw error;
  }
}

/** TOML tables come back as null-prototype objects and dates as a Date subclass; front matter data is plain, like YAML's. */
function plainData(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(plainData);
  }
  if (value instanceof Date) {
    return new Date(value.getTime());
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plainData(item)]));
  }
  return value;
}
