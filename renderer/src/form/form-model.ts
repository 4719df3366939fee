/**
 * The front matter form's model: what each field shows for a post's text, and
 * the text a field edit gives. Pure (no DOM): every edit goes through the
 * shared front matter engine, which splices only the edited field's lines in
 * the file's own style, and every value is checked before it reaches the text,
 * so an invalid value is reported and never written.
 */
import { localDateOf, localTimeOf, isCalendarDate } from '../../../shared/export/export-date';
import { declaredMarker } from '../../../shared/posts/extended-marker';
import { editFrontMatter, FrontMatterError, parsePost, type FrontMatterValue } from '../../../shared/front-matter';
import { brokenFences } from '../../../shared/front-matter/broken-fences';
import { assertFrontMatterValue } from '../../../shared/front-matter/front-matter-value';
import { locateFrontMatter } from '../../../shared/front-matter/locate-front-matter';
import { postPermalink } from '../../../shared/blog/permalink';
import type { PostKind } from '../../../shared/post';
import { isTimeOfDay } from '../../../shared/posts/post-date';
import { parsePostFileName } from '../../../shared/posts/post-file-name';
import { slugify } from '../../../shared/posts/slug';
import { fileName } from '../ui/dom';

/** The keys the form shows in fields of their own; every other key goes to the key/value list. */
export const ownFieldKeys: readonly string[] = ['title', 'date', 'time', 'tags', 'categories', 'layout', 'extended', 'excerpt_separator'];

/** What the form knows about the open post beyond its text. */
export interface FormContext {
  /** The post file's path (its name gives a published post's date and slug). */
  readonly path: string;
  readonly kind: PostKind;
  /** The moment that dates a draft without a date (shown in the form, used by the export). */
  readonly now: Date;
  /** The blog's permalink pattern (`permalinkPattern`), or null when Inkpost cannot follow the blog's setting. */
  readonly permalinkPattern: string | null;
  /** A date the user chose in the form that is not in the text yet: a published post's new file-name date, a draft's export date. */
  readonly chosenDate?: string | undefined;
}

/** A key the form shows in the key/value list. */
export interface OtherField {
  readonly key: string;
  /** The value as YAML text (a scalar on one line; lists and mappings as block YAML). */
  readonly text: string;
  /** True for lists and mappings, edited in a multi-line box. */
  readonly nested: boolean;
  /** False for values Inkpost cannot write back (a YAML timestamp): shown, not editable. */
  readonly editable: boolean;
}

/** Where the date the form shows comes from. */
export type DateSource = 'file-name' | 'date-key' | 'chosen' | 'now';

/** What the form shows for a post. */
export interface FormModel {
  /** False when the front matter is TOML or JSON: shown, but edited only in the editor. */
  readonly editable: boolean;
  readonly title: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly dateSource: DateSource;
  /** `HH:MM`, or empty when the post has no time (and is not an undated draft). */
  readonly time: string;
  /** True when `time` is the current time shown for an undated draft, not a value of the post. */
  readonly timeIsDefault: boolean;
  readonly tags: readonly string[];
  /** The `categories` key as Jekyll reads it (see `tagsOf`), each once; the folder's categories and a singular `category` key are not among them. */
  readonly categories: readonly string[];
  /** The `layout` key, or empty. */
  readonly layout: string;
  /** The key that holds the excerpt marker (the post's own, else `extended`). */
  readonly markerKey: 'extended' | 'excerpt_separator';
  readonly marker: string;
  readonly others: readonly OtherField[];
  readonly slug: string;
  /** The URL Jekyll will publish the post at, or null when the blog's permalink setting is not one Inkpost follows. */
  readonly permalink: string | null;
}

/** The result of reading a post's text for the form. */
export type FormReading = { readonly ok: true; readonly model: FormModel } | { readonly ok: false; readonly message: string };

/** The result of a field edit: the new text, or why the value was refused (nothing changed). */
export type FieldEditResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** One field edit of the form. */
export type FieldEdit =
  | { readonly field: 'title'; readonly value: string }
  | { readonly field: 'time'; readonly value: string }
  | { readonly field: 'tags'; readonly value: readonly string[] }
  | { readonly field: 'categories'; readonly value: readonly string[] }
  | { readonly field: 'layout'; readonly value: string }
  | { readonly field: 'marker'; readonly key: 'extended' | 'excerpt_separator'; readonly value: string }
  | { readonly field: 'other'; readonly key: string; readonly text: string };

function stringOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/**
 * A post's `tags` or `categories` as Jekyll reads them: a list's items (with
 * their spaces), or a string split on runs of whitespace (`tags: security
 * jekyll` is two tags; commas do not split, as in Jekyll 4).
 */
export function tagsOf(value: unknown): string[] {
  if (typeof value === 'string') {
    return value.split(/\s+/).filter((tag) => tag !== '');
  }
  if (Array.isArray(value)) {
    return value.filter((tag) => typeof tag === 'string' || typeof tag === 'number').map(String);
  }
  return [];
}

/** The day a `date:` key names (a string, or a YAML timestamp read as a Date), or null. */
function dateKeyDay(value: unknown): string | null {
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : '';
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(text);
  return match?.[1] !== undefined && isCalendarDate(match[1]) ? match[1] : null;
}

/** A value as the YAML text the key/value list shows (see {@link parseValueText} for the way back). */
export function valueText(value: unknown): { text: string; nested: boolean; editable: boolean } {
  if (value instanceof Date) {
    return { text: value.toISOString(), nested: false, editable: false };
  }
  if (value === null) {
    return { text: '', nested: false, editable: true };
  }
  if (typeof value === 'object') {
    const nested = (Array.isArray(value) ? value.length : Object.keys(value).length) > 0;
    try {
      assertFrontMatterValue(value, 'value');
    } catch {
      return { text: JSON.stringify(value), nested, editable: false };
    }
    if (!nested) {
      return { text: Array.isArray(value) ? '[]' : '{}', nested: false, editable: true };
    }
    return { text: blockYaml(value, 0), nested: true, editable: true };
  }
  if (typeof value === 'string') {
    const read = parseValueText(value);
    // A string that would read back as something else (a number, `yes`, `null`, ...) is shown quoted.
    return { text: read.ok && read.value === value ? value : JSON.stringify(value), nested: false, editable: true };
  }
  return { text: stringOf(value), nested: false, editable: true };
}

function scalarYaml(value: FrontMatterValue): string {
  if (typeof value === 'string') {
    const read = parseValueText(value);
    return read.ok && read.value === value && !value.includes('#') && !/^[-?:[\]{},&*!|>'"%@`]/.test(value) ? value : JSON.stringify(value);
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : 'null';
}

function blockYaml(value: FrontMatterValue, indent: number): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    const list = value as readonly FrontMatterValue[];
    return list.map((item) => (typeof item === 'object' && item !== null ? `${pad}-\n${blockYaml(item, indent + 2)}` : `${pad}- ${scalarYaml(item)}`)).join('\n');
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value as { readonly [key: string]: FrontMatterValue })
      .map(([key, item]) => {
        const name = /^[A-Za-z_][\w-]*$/.test(key) ? key : JSON.stringify(key);
        return typeof item === 'object' && item !== null && Object.keys(item).length > 0 ? `${pad}${name}:\n${blockYaml(item, indent + 2)}` : `${pad}${name}: ${typeof item === 'object' && item !== null ? (Array.isArray(item) ? '[]' : '{}') : scalarYaml(item)}`;
      })
      .join('\n');
  }
  return pad + scalarYaml(value);
}

/**
 * Reads YAML text typed into the key/value list as the value Jekyll would read
 * (YAML 1.1, as the front matter engine reads it): `true` is a boolean, `42` a
 * number, `[a, b]` or `- a` lines a list, `"42"` text. Timestamps are refused:
 * Inkpost writes dates only as text.
 */
export function parseValueText(text: string): { ok: true; value: FrontMatterValue } | { ok: false; message: string } {
  const multiline = text.includes('\n');
  const indented = multiline ? `value:\n${text.split('\n').map((line) => `  ${line}`).join('\n')}` : `value: ${text}`;
  try {
    const value: unknown = parsePost(`---\n${indented}\n---\n`).data['value'];
    if (value === undefined) {
      return { ok: true, value: null };
    }
    assertFrontMatterValue(value, 'the value');
    return { ok: true, value };
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^.*?line \d+, column \d+: ?/i, '') : String(error);
    return { ok: false, message: `not valid YAML: ${message}` };
  }
}

/** Why `time` is not a time Inkpost writes, or null when it is one ("HH:MM", or empty for none). */
export function timeProblem(time: string): string | null {
  return time === '' || isTimeOfDay(time) ? null : 'Use HH:MM, 24-hour (for example 09:30)';
}

/** Why `date` is not a date, or null when it is a calendar day `YYYY-MM-DD`. */
export function dateProblem(date: string): string | null {
  return isCalendarDate(date) ? null : 'Use YYYY-MM-DD, a real calendar day (for example 2024-03-09)';
}

/** Why `tag` (a tag, or the `noun` the field holds) cannot be added, or null when it can. */
export function tagProblem(tag: string, tags: readonly string[], noun = 'tag'): string | null {
  if (tag === '') {
    return `Type a ${noun} first`;
  }
  if (tag.includes(',')) {
    return `A ${noun} cannot contain a comma: commas separate ${noun === 'category' ? 'categories' : `${noun}s`}`;
  }
  return tags.includes(tag) ? `The post already has the ${noun} ${tag}` : null;
}

/**
 * Reads what the form shows for a post's text. Fails (with the parser's
 * message, line and column) when the front matter does not parse, or when
 * an edit broke its fences (`brokenFences`): the form cannot show values the
 * file does not have, and must not show a broken block as empty fields.
 */
export function readForm(text: string, context: FormContext): FormReading {
  let parsed;
  try {
    parsed = parsePost(text);
  } catch (error) {
    const message = error instanceof FrontMatterError
      ? `Line ${error.line}, column ${error.column}: ${error.message.slice(`${error.line}:${error.column}: `.length)}`
      : error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The front matter is broken: ${message}. Fix it in the editor.` };
  }
  const broken = parsed.format === 'none' ? brokenFences(text) : null;
  if (broken !== null) {
    return { ok: false, message: `The front matter is broken: line ${broken.line}: ${broken.message}. Fix it in the editor.` };
  }
  const data = parsed.data;
  const named = parsePostFileName(fileName(context.path));
  const keyDay = dateKeyDay(data['date']);
  const ownDate = context.kind === 'published' ? (named.date ?? keyDay) : (keyDay ?? named.date);
  const dateSource: DateSource = context.chosenDate !== undefined ? 'chosen' : ownDate === null ? 'now' : context.kind === 'published' && named.date !== null ? 'file-name' : 'date-key';
  const date = context.chosenDate ?? ownDate ?? localDateOf(context.now);
  const ownTime = typeof data['time'] === 'string' && isTimeOfDay(data['time']) ? data['time'] : '';
  const timeIsDefault = ownTime === '' && ownDate === null && data['time'] === undefined;
  const time = timeIsDefault ? localTimeOf(context.now) : stringOf(data['time']);
  const title = stringOf(data['title']);
  const ownSlug = typeof data['slug'] === 'string' && data['slug'] !== '' ? data['slug'] : null;
  const slug = context.kind === 'published' && named.date !== null ? named.slug : ownSlug ?? (title === '' ? named.slug : slugify(title));
  const markerKey = data['extended'] === undefined && data['excerpt_separator'] !== undefined ? 'excerpt_separator' : 'extended';
  const others = Object.entries(data)
    .filter(([key]) => !ownFieldKeys.includes(key))
    .map(([key, value]) => ({ key, ...valueText(value) }));
  const permalink = context.permalinkPattern === null || !isCalendarDate(date)
    ? null
    : postPermalink({ date, time: isTimeOfDay(time) ? time : null, slug, categories: data['categories'], category: data['category'] }, context.permalinkPattern);
  return {
    ok: true,
    model: {
      editable: parsed.format === 'yaml' || parsed.format === 'none',
      title,
      date,
      dateSource,
      time,
      timeIsDefault,
      tags: tagsOf(data['tags']),
      categories: [...new Set(tagsOf(data['categories']))], // Jekyll drops repeated categories, not tags
      layout: stringOf(data['layout']),
      markerKey,
      marker: declaredMarker(data) ?? stringOf(data[markerKey]),
      others,
      slug,
      permalink,
    },
  };
}

/**
 * Applies one form edit to the post's text through the front matter engine:
 * only that field's lines change, in the file's style (`keyOrder` places a new
 * key where the blog puts it). An empty time, layout or marker removes the
 * key; an empty title is refused. Returns the reason instead when the value is
 * invalid or the engine cannot make the edit; nothing is changed then.
 */
export function applyFieldEdit(text: string, edit: FieldEdit, keyOrder: readonly string[] = []): FieldEditResult {
  const change = changeFor(edit);
  if (!change.ok) {
    return change;
  }
  try {
    return { ok: true, text: editFrontMatter(text, { [change.key]: change.value }, { keyOrder }) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function changeFor(edit: FieldEdit): { ok: true; key: string; value: FrontMatterValue | undefined } | { ok: false; message: string } {
  switch (edit.field) {
    case 'title':
      return edit.value.trim() === '' ? { ok: false, message: 'A post needs a title' } : { ok: true, key: 'title', value: edit.value };
    case 'time': {
      const problem = timeProblem(edit.value);
      return problem !== null ? { ok: false, message: problem } : { ok: true, key: 'time', value: edit.value === '' ? undefined : edit.value };
    }
    case 'tags':
    case 'categories':
      return { ok: true, key: edit.field, value: [...edit.value] };
    case 'layout':
      return { ok: true, key: 'layout', value: edit.value === '' ? undefined : edit.value };
    case 'marker':
      return { ok: true, key: edit.key, value: edit.value === '' ? undefined : edit.value };
    case 'other': {
      if (ownFieldKeys.includes(edit.key)) {
        return { ok: false, message: `${edit.key} has a field of its own` };
      }
      const read = parseValueText(edit.text);
      return read.ok ? { ok: true, key: edit.key, value: read.value } : read;
    }
  }
}

/**
 * The path a published post gets when its date changes: the file name's date
 * replaced, folder, slug and extension kept. Null when the name has no date
 * (the post is not published under a dated name) or the date is invalid.
 */
export function renamedPostPath(path: string, date: string): string | null {
  const name = fileName(path);
  const parsed = parsePostFileName(name);
  if (parsed.date === null || !isCalendarDate(date)) {
    return null;
  }
  return path.slice(0, path.length - name.length) + date + name.slice(parsed.date.length);
}

/**
 * The text with its `date:` key's day set to `date`, so the key and a renamed
 * file name agree. Only the day's ten characters on the `date:` line change
 * (its time, zone and quoting stay). The text itself when the post has no
 * `date:` key starting with a day, or already names `date`.
 */
export function withDateKeyDay(text: string, date: string): string {
  let location;
  try {
    location = locateFrontMatter(text);
  } catch {
    return text;
  }
  if (location.format !== 'yaml') {
    return text;
  }
  const source = text.slice(location.sourceStart, location.sourceEnd);
  const match = /^date:[ \t]*["']?(\d{4}-\d{2}-\d{2})/m.exec(source);
  if (match?.[1] === undefined || match[1] === date) {
    return text;
  }
  const start = location.sourceStart + match.index + match[0].length - match[1].length;
  return text.slice(0, start) + date + text.slice(start + date.length);
}

/** The smallest replacement that turns `before` into `after`: what differs between their common start and end. */
export function textDifference(before: string, after: string): { from: number; to: number; insert: string } {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) {
    start += 1;
  }
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) {
    end += 1;
  }
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}
