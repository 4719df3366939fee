import { assertFrontMatterValue, assertTimeValue, type FrontMatterChanges, type FrontMatterValue } from './front-matter-value';
import { parseJekyllYaml } from './jekyll-yaml';
import { type FrontMatterLocation, locateFrontMatter } from './locate-front-matter';
import { placeNewKeys } from './key-placement';
import { parsePost } from './parse-post';
import { type EffectiveChange, newFieldStyle, planYamlEdit } from './plan-yaml-edit';
import { fieldText } from './serialize-value';
import { applySplices, LineEndingMap } from './source-text';
import { sameValue } from './value-equality';
import { FrontMatterError } from './front-matter-error';
import { isPair, type Node, type YAMLMap } from 'yaml';
import { positionOf } from './text-position';
import { keyName } from './yaml-nodes';
import { defaultWriteStyle } from './write-style';

/** Options of {@link editFrontMatter}. */
export interface EditFrontMatterOptions {
  /** The preferred order of keys: a new key goes after the nearest key before it in this order that the post has. */
  readonly keyOrder?: readonly string[];
}

/**
 * Applies `changes` to a post's front matter (`undefined` deletes a key) by
 * splicing the text: only the changed fields' own lines change, each written
 * in the style it had; every other byte (comments, blank lines, key order,
 * quoting, `\r\n` endings, the `...` closer, the body) stays. Returns `text`
 * itself when nothing changes. A post without front matter gets a new `---`
 * block on top. Throws `FrontMatterError` for front matter that does not
 * parse (nothing is guessed), an `Error` for an invalid `time` (only "HH:MM")
 * and for edits to TOML or JSON front matter (not supported yet), and a
 * `TypeError` for values that are not front matter data. Every edit is read
 * back before it is returned: if the result would not read as exactly the old
 * data with the changes, it throws instead.
 */
export function editFrontMatter(text: string, changes: FrontMatterChanges, options: EditFrontMatterOptions = {}): string {
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) {
      assertFrontMatterValue(value, key);
    }
  }
  const location = locateFrontMatter(text);
  switch (location.format) {
    case 'none':
      return addFrontMatter(text, effectiveChanges({}, changes), options.keyOrder);
    case 'toml':
    case 'json':
      if (effectiveChanges(parsePost(text).data, changes).length > 0) {
        throw new Error(`editing ${location.format.toUpperCase()} front matter is not supported yet`);
      }
      return text;
    case 'yaml':
      return editYaml(text, location, changes, options.keyOrder);
  }
}

function editYaml(text: string, location: FrontMatterLocation, changes: FrontMatterChanges, keyOrder: readonly string[] | undefined): string {
  const raw = text.slice(location.sourceStart, location.sourceEnd);
  const { document, map, data, parsedSource, toSourceOffset } = parseJekyllYaml(raw.replace(/\r\n?/g, '\n'), location.sourceLine);
  const effective = effectiveChanges(data, changes);
  if (effective.length === 0) {
    return text;
  }
  const loneReturn = /\r(?!\n)/.exec(raw);
  if (loneReturn) {
    const line = positionOf(raw, loneReturn.index).line + location.sourceLine - 1;
    throw new Error(`line ${line} of the front matter has a carriage return without a line feed (Jekyll reads it as a line break); Inkpost will not edit it`);
  }
  if (map?.flow) {
    throw new Error('editing a front matter written as one flow mapping ({…}) is not supported');
  }
  const lineEndings = new LineEndingMap(raw);
  const eol = text.slice(0, location.sourceStart).endsWith('\r\n') ? '\r\n' : '\n';
  const expected = applyChanges(data, effective);
  const body = text.slice(location.bodyStart);
  const keyLines = (key: string): number[] => keyLinesIn(map, parsedSource, toSourceOffset, raw, key).map((line) => line + location.sourceLine - 1);
  let problem = '';
  for (const mode of ['in-place', 'whole-field'] as const) {
    // The document may have been parsed from the source with quoted values' continuation lines indented: map its splices back.
    const splices = planYamlEdit({ source: parsedSource, map, document }, effective, keyOrder, mode, keyLines)
      .map((splice) => ({ ...splice, from: toSourceOffset(splice.from), to: toSourceOffset(splice.to) }));
    const edited = text.slice(0, location.sourceStart) + applySplices(raw, lineEndings.toRawSplices(splices, eol)) + text.slice(location.sourceEnd);
    problem = readBackProblem(edited, expected, body, keyLines);
    if (problem === '') {
      return edited;
    }
  }
  const changed = effective.map(([key]) => JSON.stringify(key)).join(', ');
  throw new Error(`Inkpost could not change ${changed} safely: ${problem} (anchors, aliases or merge keys share values between keys?); nothing was changed`);
}

/** The 1-based lines (of the front matter source) where `key` is written as a top-level key. */
function keyLinesIn(map: YAMLMap | null, parsedSource: string, toSourceOffset: (offset: number) => number, source: string, key: string): number[] {
  return (map?.items ?? [])
    .filter((pair) => isPair(pair) && keyName(pair) === key)
    .map((pair) => positionOf(source.replace(/\r\n?/g, '\n'), toSourceOffset((pair.key as Node | null)?.range?.[0] ?? 0)).line);
}

function addFrontMatter(text: string, effective: readonly EffectiveChange[], keyOrder: readonly string[] | undefined): string {
  const values = new Map(effective.filter((change): change is readonly [string, FrontMatterValue] => change[1] !== undefined));
  if (values.size === 0) {
    return text;
  }
  const firstBreak = text.indexOf('\n');
  const eol = firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  const keys = placeNewKeys([], [...values.keys()], keyOrder).flatMap((run) => run.keys);
  const fields = keys.map((key) => fieldText(key, values.get(key) as FrontMatterValue, 0, newFieldStyle(key, defaultWriteStyle)));
  const edited = `---\n${fields.join('\n')}\n---\n`.replace(/\n/g, eol) + text;
  if (!readsBackAs(edited, Object.fromEntries(values), text)) {
    throw new Error('Inkpost could not add front matter to this post without changing its body; nothing was changed');
  }
  return edited;
}

/** The changes that change something: a new key, a different value, or the deletion of a key the post has. */
function effectiveChanges(data: Readonly<Record<string, unknown>>, changes: FrontMatterChanges): EffectiveChange[] {
  const effective: EffectiveChange[] = [];
  for (const [key, value] of Object.entries(changes)) {
    const has = Object.hasOwn(data, key);
    if (value === undefined ? has : !has || !sameValue(data[key], value)) {
      if (key === 'time' && value !== undefined) {
        assertTimeValue(value);
      }
      effective.push([key, value]);
    }
  }
  return effective;
}

function applyChanges(data: Readonly<Record<string, unknown>>, changes: readonly EffectiveChange[]): Record<string, unknown> {
  const result: Record<string, unknown> = { ...data };
  for (const [key, value] of changes) {
    if (value === undefined) {
      delete result[key];
    } else {
      result[key] = value;
    }
  }
  return result;
}

function readsBackAs(text: string, expected: Readonly<Record<string, unknown>>, body: string): boolean {
  return readBackProblem(text, expected, body, () => []) === '';
}

/**
 * What reading `text` back shows is wrong ('' when it reads as `expected`
 * with `body`): the keys whose values would change (with their lines), a
 * front matter that would not read, or a changed body.
 */
function readBackProblem(text: string, expected: Readonly<Record<string, unknown>>, body: string, keyLines: (key: string) => readonly number[]): string {
  let parsed;
  try {
    parsed = parsePost(text);
  } catch (error) {
    const where = error instanceof FrontMatterError ? `its line ${error.line}, column ${error.column}: ${error.reason}` : error instanceof Error ? error.message : String(error);
    return `the edited front matter would not read (${where})`;
  }
  if (parsed.format !== 'yaml' || parsed.body !== body) {
    return 'the edit would change the body';
  }
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(parsed.data)])];
  const changed = keys.filter((key) => !(Object.hasOwn(expected, key) && Object.hasOwn(parsed.data, key) && sameValue(parsed.data[key], expected[key])));
  if (changed.length === 0) {
    return '';
  }
  const named = changed.map((key) => {
    const lines = keyLines(key);
    return `${JSON.stringify(key)}${lines.length > 0 ? ` (line ${lines.join(', ')})` : ''}`;
  });
  return `the edited front matter would read differently for ${named.join(', ')}`;
}
