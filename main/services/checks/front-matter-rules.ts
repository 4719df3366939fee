import { isScalar, isSeq, Scalar } from 'yaml';
import { isTimeOfDay, resolvePostDate } from '../../../shared/posts/post-date';
import { parsePostFileName } from '../../../shared/posts/post-file-name';
import type { Problem } from '../../../shared/problem';
import { problemAt, type CheckedPost } from './checked-post';

/** Where the value of a top-level key starts in the post's text (its key's start when it has no value). */
function valueOffset(post: CheckedPost, key: string): number {
  const node: unknown = post.yaml?.get(key, true);
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  return post.yamlStart + (range?.[0] ?? 0);
}

/**
 * `time` must be a quoted "HH:MM": YAML 1.1 (Jekyll) reads an unquoted 13:48
 * as the number 49680, and anything else is not a time of day.
 */
export function checkTime(post: CheckedPost): Problem[] {
  if (!('time' in post.data)) {
    return [];
  }
  const node: unknown = post.yaml?.get('time', true);
  const offset = valueOffset(post, 'time');
  if (isScalar(node) && node.type === Scalar.PLAIN && /^\d{1,2}:\d{2}$/.test(String(node.source ?? ''))) {
    return [problemAt(post, offset, 'error', `time is unquoted: YAML 1.1 reads ${String(node.source)} as a number; write time: "${String(node.source).padStart(5, '0')}"`)];
  }
  const value = post.data['time'];
  if (typeof value !== 'string' || !isTimeOfDay(value)) {
    return [problemAt(post, offset, 'error', `time must be "HH:MM" (00:00 to 23:59), not ${JSON.stringify(value)}`)];
  }
  return [];
}

/** `tags` must be a list. */
export function checkTags(post: CheckedPost): Problem[] {
  if (!('tags' in post.data) || post.data['tags'] === null) {
    return [];
  }
  const node: unknown = post.yaml?.get('tags', true);
  const isList = post.yaml === null ? Array.isArray(post.data['tags']) : isSeq(node);
  return isList ? [] : [problemAt(post, valueOffset(post, 'tags'), 'error', 'tags must be a list, e.g. tags: [one, two]')];
}

/** A `date:` key must name the same day as the file name. */
export function checkDateKey(post: CheckedPost): Problem[] {
  if (!('date' in post.data)) {
    return [];
  }
  const name = parsePostFileName(post.path.split(/[\\/]/).pop() ?? '');
  const { problem } = resolvePostDate(name.date, post.data['date'], post.data['time']);
  return problem === null ? [] : [problemAt(post, valueOffset(post, 'date'), 'error', problem)];
}

/** `layout` must name a file of the blog's `_layouts` folder, when the blog has one. */
export function checkLayout(post: CheckedPost, layouts: ReadonlySet<string> | null): Problem[] {
  const layout = post.data['layout'];
  if (layouts === null || layout === undefined || layout === null) {
    return [];
  }
  if (typeof layout === 'string' && layouts.has(layout)) {
    return [];
  }
  const known = [...layouts].sort().join(', ') || 'none';
  return [problemAt(post, valueOffset(post, 'layout'), 'error', `layout ${JSON.stringify(layout)} is not in _layouts (found: ${known})`)];
}
