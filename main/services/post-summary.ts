import { basename } from 'node:path';
import { parsePostFileName } from '../../shared/post-file-name';
import type { PostSummary } from '../../shared/post';

/**
 * Builds the list entry for a post from its path, front matter and
 * modification time. Values are taken as Jekyll would read them: a string
 * `tags` is split on white space, a number is shown as written.
 */
export function summarizePost(path: string, data: Readonly<Record<string, unknown>>, modifiedMs: number): PostSummary {
  const fileName = basename(path);
  const name = parsePostFileName(fileName);
  return {
    path,
    fileName,
    title: scalarText(data['title']) ?? name.slug,
    date: name.date,
    time: scalarText(data['time']),
    tags: tagList(data['tags']),
    layout: scalarText(data['layout']),
    kind: name.date === null ? 'draft' : 'published',
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
  return byTime !== 0 ? byTime : left.fileName.localeCompare(right.fileName);
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
