import { type Document, isMap, isSeq, parseDocument, type ParseOptions, type DocumentOptions, type ScalarTag, type SchemaOptions, type Tags, type YAMLMap } from 'yaml';
import { FrontMatterError } from './front-matter-error';
import { type DuplicateKey, psychData } from './psych-data';
import { indentQuotedContinuations } from './quoted-continuations';
import { positionOf } from './text-position';

/** A YAML front matter parsed with its source positions: the document for editing, the data for reading. */
export interface JekyllYaml {
  /** The parsed document (source tokens kept), or its map: null when the front matter holds no keys at all. */
  readonly map: YAMLMap.Parsed | null;
  readonly document: Document.Parsed;
  readonly data: Record<string, unknown>;
  /** Keys given more than once (Jekyll keeps the last value), with their positions in the whole file. */
  readonly duplicates: readonly DuplicateKey[];
  /**
   * The text the document's offsets refer to: the source itself, or the
   * source with quoted scalars' continuation lines indented (see
   * {@link indentQuotedContinuations}).
   */
  readonly parsedSource: string;
  /** Maps an offset of `parsedSource` to the source. */
  readonly toSourceOffset: (offset: number) => number;
}

/**
 * Options that make the `yaml` package parse YAML as Jekyll (Ruby's Psych)
 * does: YAML 1.1, booleans as Psych knows them (yes/no, true/false, on/off in
 * any case, but not YAML 1.1's `y` and `n`), repeated keys allowed (the last
 * wins). The document's own scalar values are the `yaml` package's typing,
 * used for editing; the data Jekyll sees comes from {@link psychData}.
 */
export const jekyllYamlOptions: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  keepSourceTokens: true,
  uniqueKeys: false,
  customTags: psychBooleans,
};

/**
 * Parses a YAML front matter `source` (`\n` line endings) whose first line is
 * line `sourceLine` of the file, into the data Jekyll reads from it. Throws
 * {@link FrontMatterError} with the line and column in the whole file when
 * Jekyll could not load it, or the front matter is not a mapping. Repeated
 * keys are not errors (Jekyll keeps the last value): they are listed in
 * `duplicates`.
 */
export function parseJekyllYaml(source: string, sourceLine: number): JekyllYaml {
  const indented = indentQuotedContinuations(source);
  if (indented !== null && 'unclosedAt' in indented) {
    const { line, column } = positionOf(source, indented.unclosedAt);
    throw new FrontMatterError('this quoted value is never closed', line + sourceLine - 1, column);
  }
  const parsedSource = indented?.text ?? source;
  const toSourceOffset = indented?.toOriginal ?? ((offset: number): number => offset);
  const document = parseDocument(parsedSource, jekyllYamlOptions);
  const [error] = document.errors;
  if (error) {
    const { line: yamlLine, column } = positionOf(source, toSourceOffset(error.pos[0]));
    const line = yamlLine + sourceLine - 1;
    // The library's message ends with its own position, relative to the YAML: drop it, the file's position leads.
    const message = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
    throw new FrontMatterError(message, line, column);
  }
  const contents = document.contents;
  if (contents === null) {
    return { map: null, document, data: {}, duplicates: [], parsedSource, toSourceOffset };
  }
  if (!isMap(contents)) {
    const { line, column } = positionOf(source, toSourceOffset(contents.range[0]));
    const what = isSeq(contents) ? 'a list' : 'a single value';
    throw new FrontMatterError(`front matter is ${what}; Jekyll expects keys and values`, line + sourceLine - 1, column);
  }
  let read;
  try {
    read = psychData(document, source, toSourceOffset);
  } catch (error) {
    throw error instanceof FrontMatterError ? new FrontMatterError(error.reason, error.line + sourceLine - 1, error.column) : error;
  }
  const duplicates = read.duplicates.map((duplicate) => ({ ...duplicate, line: duplicate.line + sourceLine - 1 }));
  return { map: contents, document, data: read.data as Record<string, unknown>, duplicates, parsedSource, toSourceOffset };
}

function psychBooleans(tags: Tags): Tags {
  return tags.map((tag) => {
    if (typeof tag === 'object' && tag.tag === 'tag:yaml.org,2002:bool' && tag.test instanceof RegExp) {
      const scalarTag = tag as ScalarTag;
      const isTrue = scalarTag.identify?.(true) === true;
      return { ...scalarTag, test: isTrue ? /^(?:yes|true|on)$/i : /^(?:no|false|off)$/i };
    }
    return tag;
  });
}
