import { basename } from 'node:path';
import type { BlogConventions, UsualValue } from '../../../shared/blog/blog-conventions';
import { declaredMarker, markerKeys } from '../../../shared/posts/extended-marker';
import { localDateOf, localTimeOf } from '../../../shared/export/export-date';
import { resolvePostDate } from '../../../shared/posts/post-date';
import { parsePostFileName } from '../../../shared/posts/post-file-name';
import { slugify } from '../../../shared/posts/slug';
import type { CheckedPost } from '../checks/checked-post';
import { editFrontMatter } from '../../../shared/front-matter/edit-front-matter';
import type { FrontMatterValue } from '../../../shared/front-matter/front-matter-value';

/** When and under which slug a draft is exported, and the front matter changes that make the post say so. */
export interface PreparedExport {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** `HH:MM`, or null when the post has no time of day. */
  readonly time: string | null;
  readonly slug: string;
  /** The front matter changes applied to the draft's text. */
  readonly changes: Readonly<Record<string, FrontMatterValue>>;
  /** The post's text (editor form: `\n` endings, no BOM). */
  readonly text: string;
}

/** What {@link prepareExport} works from. */
export interface PrepareExportInput {
  /** The draft as the checks read it (its text, data and YAML document). */
  readonly post: CheckedPost;
  readonly conventions: BlogConventions;
  /** The moment that dates a draft without a date. */
  readonly now: Date;
  /** `YYYY-MM-DD` that overrides the draft's date. */
  readonly date?: string | undefined;
  /** `HH:MM` that overrides the draft's time. */
  readonly time?: string | undefined;
  /**
   * The date and time of this draft's earlier export, which a draft without a
   * date of its own keeps when it is exported again (instead of `now`'s).
   */
  readonly earlier?: { readonly date: string; readonly time: string | null } | undefined;
  /** A slug that overrides the one the title gives (`keep-both`'s `slug-2`); written to a `slug` key the draft has. */
  readonly slug?: string | undefined;
}

/**
 * The blog's usual keys (see `BlogConventions.usualKeys`) that `data` lacks.
 * A marker key is not added to a post that already declares a marker, since
 * it would change which marker splits the post.
 */
export function missingUsualKeys(data: Readonly<Record<string, unknown>>, conventions: BlogConventions): Record<string, UsualValue> {
  const hasMarker = declaredMarker(data) !== null;
  return Object.fromEntries(
    Object.entries(conventions.usualKeys).filter(([key]) => !Object.hasOwn(data, key) && !(hasMarker && markerKeys.includes(key))),
  );
}

/**
 * The slug a draft is exported under: its `slug` key when it sets one, else
 * its title's, else its file name's (all through `slugify`, so only
 * lowercase ASCII words and `-`; `untitled` when nothing is left).
 */
export function exportSlug(data: Readonly<Record<string, unknown>>, draftPath: string): string {
  const slugKey = data['slug'];
  if ((typeof slugKey === 'string' && slugKey.trim() !== '') || typeof slugKey === 'number') {
    return slugify(String(slugKey));
  }
  const title = data['title'];
  if ((typeof title === 'string' && title.trim() !== '') || typeof title === 'number') {
    return slugify(String(title));
  }
  return slugify(parsePostFileName(basename(draftPath)).slug);
}

/**
 * The text of the draft's `date:` key as written: for a YAML timestamp, its
 * day, and its time only when the source has one (a bare date is not midnight).
 */
function dateKeyText(post: CheckedPost): string | null {
  const value = post.data['date'];
  if (value === undefined || value === null) {
    return null;
  }
  if (typeof value === 'string') {
    return value;
  }
  if (value instanceof Date) {
    const node: unknown = post.yaml?.get('date', true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    const source = range === undefined ? '' : post.text.slice(post.yamlStart + range[0], post.yamlStart + range[1]).trim();
    // Read as `inkpost check` reads it (in UTC); 2009-1-7 comes out padded. Without a time in the source it is a day only.
    const iso = value.toISOString().replace('T', ' ');
    return source.includes(':') ? iso : iso.slice(0, 10);
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/** The draft's own date and time: its file name's date or `date:` key, and the `date:` key's time or its `time` key. */
export function draftDateAndTime(post: CheckedPost): { date: string | null; time: string | null; dateKey: { date: string | null; time: string | null } | null } {
  const fileNameDate = parsePostFileName(basename(post.path)).date;
  const keyText = dateKeyText(post);
  const resolved = resolvePostDate(fileNameDate, keyText ?? undefined, post.data['time']);
  const dateKey = keyText === null ? null : resolvePostDate(null, keyText, undefined);
  return { date: resolved.date, time: resolved.time, dateKey: dateKey === null ? null : { date: dateKey.date, time: dateKey.time } };
}

/**
 * Works out a draft's export: the date (the `date` override, else the
 * draft's, else its earlier export's, else `now`'s local day), the time (the
 * `time` override, else the draft's, else, for a draft without a date, its
 * earlier export's or `now`'s local time), the slug
 * (see {@link exportSlug}), and the post's text: the draft's text with the
 * usual keys it lacks, a `date:` key it has brought into agreement with the
 * name, the time in a quoted `time` key (when the blog writes one) or in a
 * `date:` key (when the blog writes those), edited by `editFrontMatter` so
 * every line the draft has keeps its bytes and new keys go where the blog's
 * key order puts them.
 */
export function prepareExport(input: PrepareExportInput): PreparedExport {
  const { post, conventions } = input;
  const own = draftDateAndTime(post);
  const undated = input.date === undefined && own.date === null;
  const date = input.date ?? own.date ?? input.earlier?.date ?? localDateOf(input.now);
  const undatedTime = input.earlier === undefined ? localTimeOf(input.now) : input.earlier.time;
  const time = input.time ?? own.time ?? (undated ? undatedTime : null);
  const slug = input.slug ?? exportSlug(post.data, post.path);

  const changes: Record<string, FrontMatterValue> = { ...missingUsualKeys(post.data, conventions) };
  if (own.dateKey !== null) {
    // A date key keeps its form: with a time only when it had one.
    const keyTime = own.dateKey.time === null ? null : time;
    if (own.dateKey.date !== date || own.dateKey.time !== keyTime) {
      changes['date'] = keyTime === null ? date : `${date} ${keyTime}`;
    }
  } else if (conventions.timeKey === 'date') {
    changes['date'] = time === null ? date : `${date} ${time}`;
  }
  if (time !== null && (conventions.timeKey === 'time' || Object.hasOwn(post.data, 'time'))) {
    changes['time'] = time;
  }
  if (input.slug !== undefined && Object.hasOwn(post.data, 'slug')) {
    changes['slug'] = input.slug;
  }
  const text = editFrontMatter(post.text, changes, { keyOrder: conventions.keyOrder });
  return { date, time, slug, changes, text };
}
