import { type Document, isMap, isSeq, parseDocument, visit, type ParseOptions, type DocumentOptions, type ScalarTag, type SchemaOptions, type Tags, type YAMLMap } from 'yaml';
import { FrontMatterError } from './front-matter-error';
import { positionOf } from './text-position';

/** A YAML front matter parsed with its source positions: the document for editing, the data for reading. */
export interface JekyllYaml {
  /** The parsed document (source tokens kept), or its map: null when the front matter holds no keys at all. */
  readonly map: YAMLMap.Parsed | null;
  readonly document: Document.Parsed;
  readonly data: Record<string, unknown>;
}

/**
 * Options that make the `yaml` package read YAML as Jekyll (Ruby's Psych)
 * does: YAML 1.1, so `13:48` is the base-60 number 49680 and `2011-01-01` a
 * date; booleans as Psych knows them (yes/no, true/false, on/off in any case,
 * but not YAML 1.1's `y` and `n`, which Psych reads as text); duplicate keys
 * are errors.
 */
export const jekyllYamlOptions: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  keepSourceTokens: true,
  uniqueKeys: true,
  customTags: psychBooleans,
};

/**
 * Parses a YAML front matter `source` (`\n` line endings) whose first line is
 * line `sourceLine` of the file. Throws {@link FrontMatterError} with the
 * line and column in the whole file when the YAML is invalid, a key repeats,
 * or the front matter is not a mapping.
 */
export function parseJekyllYaml(source: string, sourceLine: number): JekyllYaml {
  const document = parseDocument(source, jekyllYamlOptions);
  const [error] = document.errors;
  if (error) {
    const position = error.linePos?.[0];
    const line = (position?.line ?? 1) + sourceLine - 1;
    const column = position?.col ?? 1;
    if (error.code === 'DUPLICATE_KEY') {
      throw new FrontMatterError(`duplicate key ${keyAt(source, error.pos[0])}: Jekyll would keep only the last one`, line, column);
    }
    // The library's message ends with its own position, relative to the YAML: drop it, the file's position leads.
    const message = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
    throw new FrontMatterError(message, line, column);
  }
  const contents = document.contents;
  if (contents === null) {
    return { map: null, document, data: {} };
  }
  if (!isMap(contents)) {
    const { line, column } = positionOf(source, contents.range[0]);
    const what = isSeq(contents) ? 'a list' : 'a single value';
    throw new FrontMatterError(`front matter is ${what}; Jekyll expects keys and values`, line + sourceLine - 1, column);
  }
  return { map: contents, document, data: dataOf(document, source, sourceLine) };
}

/**
 * How many times aliases may expand a node's content: the `yaml` package's own
 * guard against alias bombs (aliases whose expansion grows exponentially).
 * Real front matter uses a handful of aliases at most.
 */
const maxAliasCount = 100;

/**
 * The document as plain data. An alias bomb is refused as an ordinary front
 * matter error, placed at the first alias, instead of expanding (or escaping
 * as the library's `ReferenceError`).
 */
function dataOf(document: Document.Parsed, source: string, sourceLine: number): Record<string, unknown> {
  try {
    return document.toJS({ maxAliasCount }) as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) {
      throw error;
    }
    let offset = 0;
    visit(document, {
      Alias(_key, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const { line, column } = positionOf(source, offset);
    throw new FrontMatterError(`the aliases (*name) expand to too much data, as in an alias bomb; Inkpost will not expand them: use fewer aliases`, line + sourceLine - 1, column);
  }
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

function keyAt(source: string, offset: number): string {
  const rest = source.slice(offset).split('\n')[0] ?? '';
  const key = rest.replace(/\s*:(?:\s.*)?$/, '').trim();
  return /^["']/.test(key) ? key : JSON.stringify(key);
}
