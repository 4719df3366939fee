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
 * `time` should be a quoted "HH:MM": Jekyll's YAML reads an unquoted 13:48
 * as the number 49680. Jekyll itself ignores `time` (themes like the
 * reference blog's print it), so these are warnings.
 */
export function checkTime(post: CheckedPost): Problem[] {
  if (!('time' in post.data)) {
    return [];
  }
  const node: unknown = post.yaml?.get('time', true);
  const offset = valueOffset(post, 'time');
  if (isScalar(node) && node.type === Scalar.PLAIN && /^\d{1,2}:\d{2}$/.test(String(node.source ?? ''))) {
    return [problemAt(post, offset, 'warning', `time is unquoted: Jekyll reads ${String(node.source)} as the number ${String(post.data['time'])}; write time: "${String(node.source).padStart(5, '0')}"`)];
  }
  const value = post.data['time'];
  if (typeof value !== 'string' || !isTimeOfDay(value)) {
    return [problemAt(post, offset, 'warning', `time should be "HH:MM" (00:00 to 23:59), not ${JSON.stringify(value)}`)];
  }
  return [];
}

/** A YAML value's kind in words, as Jekyll's Ruby names it in its error. */
function kindOf(value: unknown): string {
  if (value instanceof Date) {
    return 'a date';
  }
  if (typeof value === 'object' && value !== null) {
    return 'a mapping';
  }
  return typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'a boolean' : `a ${typeof value}`;
}

/**
 * `tags` and `categories` as Jekyll 4 reads them (checked with Jekyll's own
 * reader): a string is split on spaces, which is right for `tags: jekyll
 * release` but not for a tag with a space (a warning that says what Jekyll
 * makes of it); any other value that is no list is not read as tags at all
 * (a warning: the post gets no tags) and makes `categories` unreadable
 * (an error: Jekyll cannot read the post).
 */
export function checkTags(post: CheckedPost): Problem[] {
  return ['tags', 'categories'].flatMap((key) => {
    const value = post.data[key];
    if (value === undefined || value === null || Array.isArray(value)) {
      return [];
    }
    if (post.yaml !== null && isSeq(post.yaml.get(key, true))) {
      return [];
    }
    const offset = valueOffset(post, key);
    if (typeof value === 'string') {
      const names = value.split(/\s+/).filter((name) => name !== '');
      return [problemAt(post, offset, 'warning', `${key} is a string: Jekyll splits it on spaces into ${names.length} (${names.join(', ')}); write a list, e.g. ${key}: [${names.join(', ')}]`)];
    }
    const shown = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
    return key === 'categories'
      ? [problemAt(post, offset, 'error', `categories is ${kindOf(value)} (${shown}): Jekyll cannot read the post; write a list, e.g. categories: ["${shown}"]`)]
      : [problemAt(post, offset, 'warning', `tags is ${kindOf(value)} (${shown}): Jekyll ignores it and the post gets no tags; write a list, e.g. tags: ["${shown}"]`)];
  });
}

/**
 * A `date:` key that is no date stops `jekyll build` (an error); one naming
 * another day than the file name is what Jekyll uses for the URL and the
 * post's date (a warning).
 */
export function checkDateKey(post: CheckedPost): Problem[] {
  if (!('date' in post.data) || post.data['date'] === null) {
    return [];
  }
  const name = parsePostFileName(post.path.split(/[\\/]/).pop() ?? '');
  const { problem } = resolvePostDate(name.date, post.data['date'], post.data['time']);
  if (problem === null) {
    return [];
  }
  const isNoDate = resolvePostDate(null, post.data['date'], null).problem !== null;
  const message = isNoDate ? problem : `${problem}: Jekyll dates the post, and its URL, by the date key`;
  return [problemAt(post, valueOffset(post, 'date'), isNoDate ? 'error' : 'warning', message)];
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
