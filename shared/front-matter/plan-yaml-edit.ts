import type { Document, YAMLMap } from 'yaml';
import { detectWriteStyle } from './detect-write-style';
import { attachedCommentStart, type FieldSpan, fieldSpans } from './field-spans';
import type { FrontMatterValue } from './front-matter-value';
import { placeNewKeys } from './key-placement';
import { fieldText } from './serialize-value';
import { LineTable, type Splice } from './source-text';
import type { RewriteContext } from './rewrite-context';
import { rewritePairValue } from './rewrite-value';
import { fieldWriteStyle, rewriteTimeInPlace, rewriteWholeField } from './rewrite-field';
import type { WriteStyle } from './write-style';

/** One key to set (a value) or delete (`undefined`). */
export type EffectiveChange = readonly [key: string, value: FrontMatterValue | undefined];

/** A YAML front matter to edit: its source with `\n` endings and what parsing it gave. */
export interface YamlSource {
  readonly source: string;
  readonly map: YAMLMap.Parsed | null;
  readonly document: Document.Parsed;
}

/**
 * The splices (offsets into the `\n` source) that make a YAML front matter's
 * edits. `in-place` edits each changed value inside its own text when it can;
 * `whole-field` rewrites each changed field's lines (the fallback when an
 * in-place edit does not read back as intended). Deleted fields lose exactly
 * their lines; new fields go where `keyOrder` says. `fileLines` gives a key's
 * lines in the whole file, for the message refusing a repeated key.
 */
export function planYamlEdit(yaml: YamlSource, changes: readonly EffectiveChange[], keyOrder: readonly string[] | undefined, mode: 'in-place' | 'whole-field', fileLines?: (key: string) => readonly number[]): Splice[] {
  const { source, map, document } = yaml;
  const lines = new LineTable(source);
  const style = detectWriteStyle(map, source, lines);
  const context: RewriteContext = { source, lines, document, style };
  const fields = fieldSpans(map, source, lines);
  const splices: Splice[] = [];
  const deleted = new Set<FieldSpan>();
  const added: string[] = [];
  const newValues = new Map<string, FrontMatterValue>();
  for (const [key, value] of changes) {
    const matching = fields.filter((field) => field.name === key);
    if (matching.length > 1) {
      const where = fileLines?.(key) ?? matching.map((field) => field.firstLine + 1);
      throw new Error(`the key ${JSON.stringify(key)} is written more than once (lines ${where.join(' and ')}; Jekyll uses the last): which one to change is yours to say, so fix the front matter by hand first`);
    }
    const field = matching[0];
    if (field === undefined) {
      if (value !== undefined) {
        added.push(key);
        newValues.set(key, value);
      }
      continue;
    }
    if (value === undefined) {
      deleted.add(field);
      splices.push({ from: lines.lineStart(field.firstLine), to: lines.lineStart(deletedLastLine(field, fields, lines) + 1), insert: '' });
      continue;
    }
    splices.push(...editField(field, key, value, mode, context));
  }

  const surviving = fields.filter((field) => !deleted.has(field) && field.name !== null);
  const byName = new Map(surviving.map((field) => [field.name as string, field] as const));
  const before = (field: FieldSpan): number => lines.lineStart(attachedCommentStart(field, fields[fields.indexOf(field) - 1], lines));
  const after = (field: FieldSpan): number => lines.lineStart(field.lastLine + 1);
  const indent = fields[0]?.indent ?? 0;
  for (const run of placeNewKeys([...byName.keys()], added, keyOrder)) {
    const next = run.before === null ? undefined : byName.get(run.before);
    const previous = run.after === null ? undefined : byName.get(run.after);
    const lastField = fields[fields.length - 1];
    const at =
      run.placement === 'before' && next ? before(next)
      : previous ? after(previous)
      : next ? before(next)
      : lastField ? after(lastField)
      : source.length;
    const text = run.keys.map((key) => fieldText(key, newValues.get(key) as FrontMatterValue, indent, newFieldStyle(key, style))).join('\n');
    splices.push({ from: at, to: at, insert: `${text}\n` });
  }
  return splices;
}

function editField(field: FieldSpan, key: string, value: FrontMatterValue, mode: 'in-place' | 'whole-field', context: RewriteContext): Splice[] {
  if (mode === 'in-place') {
    const inPlace = key === 'time' ? rewriteTimeInPlace(field, value as string, context) : rewritePairValue(field.pair, value, false, context);
    if (inPlace !== null) {
      return inPlace;
    }
  }
  const style = fieldWriteStyle(field, context.style, context);
  return [rewriteWholeField(field, value, key === 'time' ? { ...style, stringStyle: 'double' } : style, context)];
}

/**
 * The last line a deleted field takes with it: its own, and the blank lines
 * after it when the field right before (no comment between) ends with a
 * keep-chomped block scalar (`|+`), which would otherwise take them in as
 * text.
 */
function deletedLastLine(field: FieldSpan, fields: readonly FieldSpan[], lines: LineTable): number {
  const previous = fields[fields.indexOf(field) - 1];
  let last = field.lastLine;
  if (previous?.keepsBlankLines === true && previous.lastLine + 1 === field.firstLine) {
    while (last + 1 < lines.lineCount - 1 && /^[ \t]*$/.test(lines.lineText(last + 1))) {
      last += 1;
    }
  }
  return last;
}

/** New fields follow the file's style; `time` is always double-quoted. */
export function newFieldStyle(key: string, style: WriteStyle): WriteStyle {
  return key === 'time' ? { ...style, stringStyle: 'double' } : style;
}
