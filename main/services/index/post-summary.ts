import { basename } from 'node:path';
import { declaredMarker, hasMarkerLine } from '../../../shared/posts/extended-marker';
import { resolvePostDate } from '../../../shared/posts/post-date';
import { parsePostFileName } from '../../../shared/posts/post-file-name';
import type { PostSummary } from '../../../shared/post';
import { countBodyWords } from '../../../shared/posts/body-words';
import { isInPostsFolder } from '../posts/post-files';

/** What a summary is made from: the front matter as data and the body after it. */
export interface PostContent {
  readonly data: Readonly<Record<string, unknown>>;
  readonly body: string;
}

/**
 * Builds the index entry of a post from its path, content and modification
 * time. Values are taken as Jekyll reads them: the date from the file name
 * (a `date:` key gives the time of day), a string `tags` split on white space,
 * a number shown as written, the slug from the name unless `slug` is set.
 */
export function summarizePost(path: string, content: PostContent, modifiedMs: number): PostSummary {
  const fileName = basename(path);
  const name = parsePostFileName(fileName);
  const { data, body } = content;
  const dated = resolvePostDate(name.date, data['date'], data['time']);
  const slug = scalarText(data['slug']) ?? name.slug;
  return {
    path,
    fileName,
    title: scalarText(data['title']) ?? slug,
    date: dated.date,
    time: scalarText(data['time']) ?? dated.time,
    tags: tagList(data['tags']),
    layout: scalarText(data['layout']),
    slug,
    kind: isInPostsFolder(path) ? 'published' : 'draft',
    hasMarker: hasMarkerLine(body, declaredMarker(data)),
    words: countBodyWords(body, declaredMarker(data)),
    modifiedMs,
  };
}

/**
 * Orders posts newest first: undated drafts (work in progress) lead, most
 * recently modified first, then dated posts by date and time, latest first.
 */
export function compareNewestFirst(left: PostSummary, right: PostSummary): number {
  if (left.date === null || right.date === null) {
    if (left.date === right.date) {
      return right.modifiedMs - left.modifiedMs;
    }
    return left.date === null ? -1 : 1;
  }
  const byDate = right.date.localeCompare(left.date);
  if (byDate !== 0) {
    return byDate;
  }
  const byTime = (right.time ?? '').localeCompare(left.time ?? '');
  return byTime !== 0 ? byTime : left.path.localeCompare(right.path);
}

function scalarText(value: unknown): string | null {
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (value instanceof Date) {
    return value.toISOString();
  }
  return null;
}

function tagList(value: unknown): readonly string[] {
  if (Array.isArray(value)) {
    return value.map((tag) => scalarText(tag)).filter((tag): tag is string => tag !== null);
  }
  const single = scalarText(value);
  return single === null ? [] : single.split(/\s+/).filter((tag) => tag.length > 0);
}
