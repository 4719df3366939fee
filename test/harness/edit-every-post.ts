/**
 * Every post of a blog, edited field by field through the real services, and
 * each result checked against Jekyll's own reader (Psych): the check behind
 * test/unit/posts/edit-every-post.test.ts. For each post, on a fresh copy:
 * open and save it unchanged (the bytes stay), then change the title, add a
 * tag, remove a tag, set `time`, add a new key and remove each key in turn.
 * An edit must change only its field's lines (a new key only adds lines),
 * keep the body, BOM and line endings, and read in Psych as exactly the old
 * data with that one change. An edit Inkpost refuses must write nothing and
 * be one of the refusals listed in {@link safeRefusals}.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FrontMatterChanges, FrontMatterValue } from '../../shared/front-matter/front-matter-value';
import { locateFrontMatter } from '../../shared/front-matter/locate-front-matter';
import { parsePost } from '../../shared/front-matter/parse-post';
import { readPost, savePost } from '../../main/services/posts/post-store';
import { decodePostBytes, encodePostText } from '../../main/services/posts/post-text';
import { setFrontMatterFields } from '../../main/services/posts/set-fields';
import type { OracleAnswer, OracleValue } from './psych/psych-oracle';

/** One edit tried on a post. */
export interface EditCase {
  readonly name: string;
  readonly key: string;
  /** `add`: the key is new, so the edit may only insert lines. */
  readonly kind: 'change' | 'add' | 'remove';
  readonly changes: FrontMatterChanges;
}

/** What one edit did: the bytes before and after, or the refusal's message. */
export interface EditOutcome {
  readonly post: string;
  readonly edit: EditCase;
  readonly before: Buffer;
  readonly after: Buffer;
  readonly refusal: string | null;
}

/** Refusals that are Inkpost's answer to front matter it cannot edit safely; anything else refused is a failure. */
export const safeRefusals: readonly { readonly reason: RegExp; readonly when?: RegExp }[] = [
  { reason: /is written more than once/ },
  { reason: /written as one flow mapping/ },
  { reason: /carriage return without a line feed/ },
  { reason: /cannot be saved in this Latin-1 file/ },
  { reason: /front matter is not supported yet/ },
  // Only where the front matter has anchors, aliases or merge keys for an edit to disturb.
  { reason: /anchors, aliases or merge keys/, when: /(^|[\s[{,])[&*][^\s,\]}]|<</m },
];

const newTitles = ['Edited: a title # with a hash', 'Überarbeitet — 日本語 🎉', `It's "quoted"`, 'yes', '- a dash', '2024-01-01'];

/** The edits tried on a post whose front matter reads as `data`; `index` picks one of several tricky new titles. */
export function editCasesFor(data: Readonly<Record<string, unknown>>, index: number): EditCase[] {
  const has = (key: string): boolean => Object.hasOwn(data, key);
  const kind = (key: string): EditCase['kind'] => (has(key) ? 'change' : 'add');
  const cases: EditCase[] = [{ name: 'change the title', key: 'title', kind: kind('title'), changes: { title: newTitles[index % newTitles.length] ?? 'Edited' } }];
  const tags = data['tags'];
  const tagList = Array.isArray(tags) ? (tags as unknown[]) : typeof tags === 'string' ? tags.split(/\s+/).filter(Boolean) : [];
  if (tagList.every((tag) => typeof tag === 'string' || typeof tag === 'number')) {
    const list = tagList as FrontMatterValue[];
    cases.push({ name: 'add a tag', key: 'tags', kind: kind('tags'), changes: { tags: [...list, 'added-tag'] } });
    if (list.length > 0) {
      cases.push({ name: 'remove a tag', key: 'tags', kind: 'change', changes: { tags: list.slice(1) } });
    }
  }
  cases.push({ name: 'set time', key: 'time', kind: kind('time'), changes: { time: data['time'] === '09:30' ? '21:05' : '09:30' } });
  cases.push({ name: 'add a key', key: 'inkpost_note', kind: kind('inkpost_note'), changes: { inkpost_note: 'a new: value' } });
  for (const key of Object.keys(data)) {
    cases.push({ name: `remove ${key}`, key, kind: 'remove', changes: { [key]: undefined } });
  }
  return cases;
}

/**
 * Opens and saves the post at `source` unchanged, then makes each edit on a
 * fresh copy in `work` (a `_posts` folder of its own) through
 * `setFrontMatterFields`. Returns the problems found on the way (bytes
 * changed by an unchanged save, a refusal that wrote) and the outcomes, with
 * each with the bytes before and after for the Psych reading.
 */
export async function editOnePost(source: string, work: string, index: number): Promise<{ problems: string[]; outcomes: EditOutcome[] }> {
  const problems: string[] = [];
  const before = await readFile(source);
  const posts = join(work, '_posts');
  await mkdir(posts, { recursive: true });
  const path = join(posts, /^\d{4}-\d\d-\d\d-/.test(basename(source)) ? basename(source) : `2000-01-01-${basename(source)}`);
  await copyFile(source, path);
  let decoded;
  try {
    decoded = decodePostBytes(before);
  } catch {
    return { problems, outcomes: [] };
  }
  if (!encodePostText(decoded.text, decoded).equals(before)) {
    problems.push(`${source}: decoding and encoding it again changes its bytes`);
  }
  const opened = await readPost(work, path);
  const saved = await savePost(work, { path, text: opened.text, baseVersion: opened.version });
  if (saved.status !== 'saved' || !(await readFile(path)).equals(before)) {
    problems.push(`${source}: saving it unchanged changed its bytes (${saved.status})`);
  }
  let data: Readonly<Record<string, unknown>>;
  try {
    data = parsePost(decoded.text).data;
  } catch {
    const outcome = await tryEdit(path, source, before, { name: 'change the title', key: 'title', kind: 'change', changes: { title: 'x' } });
    return { problems, outcomes: [outcome] };
  }
  const outcomes: EditOutcome[] = [];
  for (const edit of editCasesFor(data, index)) {
    await copyFile(source, path);
    outcomes.push(await tryEdit(path, source, before, edit));
  }
  return { problems, outcomes };
}

async function tryEdit(path: string, source: string, before: Buffer, edit: EditCase): Promise<EditOutcome> {
  try {
    await setFrontMatterFields(path, edit.changes);
    return { post: source, edit, before, after: await readFile(path), refusal: null };
  } catch (error) {
    return { post: source, edit, before, after: await readFile(path), refusal: error instanceof Error ? error.message : String(error) };
  }
}

/** The text Jekyll reads from a post's bytes (UTF-8, its BOM dropped), or null for a file that is not UTF-8. */
export function jekyllText(bytes: Buffer): string | null {
  const decoded = decodePostBytes(bytes);
  return decoded.encoding === 'utf-8' ? bytes.toString('utf8').replace(/^\uFEFF/, '') : null;
}

/**
 * What is wrong with one outcome, given Psych's answers for the text before
 * and after (null when the post is not UTF-8, which Jekyll cannot read): an
 * empty list when nothing is.
 */
export function outcomeProblems(outcome: EditOutcome, jekyllBefore: OracleAnswer | null, jekyllAfter: OracleAnswer | null): string[] {
  const where = `${outcome.post}: ${outcome.edit.name}`;
  if (outcome.refusal !== null) {
    const frontMatter = outcome.before.toString('utf8').split(/\n(?:---|\.\.\.)[ \t]*\r?\n/)[0] ?? '';
    const safe = safeRefusals.some((refusal) => refusal.reason.test(outcome.refusal ?? '') && (refusal.when === undefined || refusal.when.test(frontMatter)));
    const unreadable = jekyllBefore !== null && jekyllBefore.frontMatter && !jekyllBefore.ok;
    return [
      ...(outcome.after.equals(outcome.before) ? [] : [`${where}: refused (${outcome.refusal}) but the file changed`]),
      ...(safe || unreadable ? [] : [`${where}: refused: ${outcome.refusal}`]),
    ];
  }
  const problems = bytesProblems(outcome);
  if (jekyllBefore?.frontMatter === true && jekyllBefore.ok) {
    problems.push(...linesProblems(outcome, jekyllBefore.fieldLines ?? []));
    if (jekyllAfter === null || !jekyllAfter.frontMatter || !jekyllAfter.ok) {
      problems.push(`Jekyll cannot read the result (${jekyllAfter !== null && jekyllAfter.frontMatter && !jekyllAfter.ok ? jekyllAfter.error : 'no front matter'})`);
    } else {
      problems.push(...dataProblems(outcome.edit, jekyllBefore.data, jekyllAfter.data));
    }
  }
  return problems.map((problem) => `${where}: ${problem}`);
}

/** The body, the BOM and the line endings stay. */
function bytesProblems(outcome: EditOutcome): string[] {
  const problems: string[] = [];
  const [before, after] = [outcome.before.toString('latin1'), outcome.after.toString('latin1')];
  const bodyOf = (text: string): string => {
    const withoutMark = text.replace(/^\xef\xbb\xbf/, '');
    return withoutMark.slice(locateFrontMatter(withoutMark).bodyStart);
  };
  if (locateFrontMatter(before.replace(/^\xef\xbb\xbf/, '')).format === 'yaml' && bodyOf(before) !== bodyOf(after)) {
    problems.push('the body changed');
  }
  if (before.startsWith('\xef\xbb\xbf') !== after.startsWith('\xef\xbb\xbf')) {
    problems.push('the byte order mark changed');
  }
  const { added } = changedLines(before, after);
  if (/\r\n/.test(before) && !/(^|[^\r])\n/.test(before) && added.some((line, index) => index < added.length - 1 && !line.endsWith('\r'))) {
    problems.push(`a line without the file's CRLF ending: ${JSON.stringify(added)}`);
  }
  return problems;
}

/** The lines an edit removed (0-based, first and last inclusive) and the lines it put there, found by common prefix and suffix. */
export function changedLines(before: string, after: string): { first: number; last: number; removed: string[]; added: string[] } {
  const [old, next] = [before.split('\n'), after.split('\n')];
  let prefix = 0;
  while (prefix < old.length && prefix < next.length && old[prefix] === next[prefix]) {
    prefix += 1;
  }
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < next.length - prefix && old[old.length - 1 - suffix] === next[next.length - 1 - suffix]) {
    suffix += 1;
  }
  return { first: prefix, last: old.length - suffix - 1, removed: old.slice(prefix, old.length - suffix), added: next.slice(prefix, next.length - suffix) };
}

/**
 * A new key only adds lines; a changed or removed key changes only lines of
 * its own field, as Psych places it (and blank lines right after it, which
 * a removal takes when a `|+` block before would otherwise keep them).
 */
function linesProblems(outcome: EditOutcome, fieldLines: readonly (readonly [string | null, number, number])[]): string[] {
  const { first, last, removed, added } = changedLines(outcome.before.toString('latin1').replace(/^\xef\xbb\xbf/, ''), outcome.after.toString('latin1').replace(/^\xef\xbb\xbf/, ''));
  if (removed.length === 0) {
    return [];
  }
  if (outcome.edit.kind === 'add') {
    return [`adding a key changed existing lines: ${JSON.stringify(removed)} became ${JSON.stringify(added)}`];
  }
  const fields = fieldLines.filter(([key]) => key === outcome.edit.key);
  if (fields.length !== 1) {
    return [];
  }
  const [, fieldFirst, fieldLast] = fields[0] as readonly [string | null, number, number];
  const outside = removed.filter((line, index) => first + index < fieldFirst || (first + index > fieldLast && !/^[ \t\r]*$/.test(line)));
  return outside.length === 0 && first >= fieldFirst ? [] : [`lines outside the field (lines ${fieldFirst + 1}-${fieldLast + 1}) changed: ${JSON.stringify(removed)} (from line ${first + 1} to ${last + 1}) became ${JSON.stringify(added)}`];
}

/** Psych reads the result as the old data with exactly the one change. */
function dataProblems(edit: EditCase, before: OracleValue, after: OracleValue): string[] {
  const expected = { ...(plain(before) as Record<string, unknown> | null) };
  const value = edit.changes[edit.key];
  if (value === undefined) {
    delete expected[edit.key];
  } else {
    expected[edit.key] = value;
  }
  const actual = (plain(after) ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
  const differing = keys.filter((key) => stable(expected[key]) !== stable(actual[key]));
  return differing.map((key) => `Jekyll reads ${key} as ${stable(actual[key])}, expected ${stable(expected[key])}`);
}

/** An oracle value as plain data: numbers as numbers, dates and times as tagged text, mappings as objects keyed by their text. */
function plain(value: OracleValue): unknown {
  if (value === null || typeof value !== 'object') {
    return value;
  }
  if (Array.isArray(value)) {
    return (value as readonly OracleValue[]).map(plain);
  }
  const tagged = value as Exclude<OracleValue, readonly OracleValue[] | null | boolean | string>;
  if ('int' in tagged) return Number(tagged.int);
  if ('float' in tagged) return Number(tagged.float);
  if ('date' in tagged) return `date ${tagged.date}`;
  if ('time' in tagged) return `time ${tagged.time}`;
  if ('map' in tagged) {
    return Object.fromEntries(tagged.map.map(([key, item]) => [typeof key === 'string' ? key : JSON.stringify(plain(key)), plain(item)]));
  }
  return `a ${tagged.other}`;
}

function stable(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (item !== null && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))) : item)) ?? 'nothing';
}
