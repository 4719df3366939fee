import { basename } from 'node:path';
import { parsePostFileName } from '../../../shared/posts/post-file-name';
import type { Problem } from '../../../shared/problem';
import { isInPostsFolder } from '../posts/post-files';
import { problemOnLine } from './checked-post';

/** A file in a `_posts` folder needs a valid date at the start of its name: Jekyll skips it otherwise. */
export function checkDatedName(path: string): Problem[] {
  if (!isInPostsFolder(path) || parsePostFileName(basename(path)).date !== null) {
    return [];
  }
  return [problemOnLine(path, 1, 'error', 'a post in _posts needs a name starting with a valid date: YYYY-MM-DD-slug.markdown')];
}

/** Two posts with the same date and slug would be published at the same URL: each is reported, naming the other. */
export function checkDuplicateNames(paths: readonly string[]): Problem[] {
  const byKey = new Map<string, string[]>();
  for (const path of paths) {
    const name = parsePostFileName(basename(path));
    if (name.date !== null) {
      const key = `${name.date}-${name.slug}`;
      byKey.set(key, [...(byKey.get(key) ?? []), path]);
    }
  }
  return [...byKey.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) => group.map((path) => {
      const others = group.filter((other) => other !== path).join(', ');
      return problemOnLine(path, 1, 'error', `same date and slug as ${others}: both would be published at one URL`);
    }));
}
