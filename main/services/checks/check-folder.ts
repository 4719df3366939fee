import { readdir } from 'node:fs/promises';
import { extname, join, parse } from 'node:path';
import { declaredMarker } from '../../../shared/posts/extended-marker';
import type { Problem } from '../../../shared/problem';
import { mapWithConcurrency } from '../disk/concurrency';
import { findBlogRootOf } from '../blog/blog-root';
import { findPostFiles } from '../posts/post-files';
import { readCheckedPost } from './checked-post';
import { checkDateKey, checkLayout, checkTags, checkTime } from './front-matter-rules';
import { checkMarker } from './marker-rules';
import { checkDatedName, checkDuplicateNames } from './name-rules';

/** The marker our reference blog uses, assumed when no post declares one. */
const defaultMarker = ':EXTENDED:';

/** The layout names of a blog's `_layouts` folder, or null when it has none. */
async function readLayouts(blogRoot: string | null): Promise<ReadonlySet<string> | null> {
  if (blogRoot === null) {
    return null;
  }
  try {
    const names = await readdir(join(blogRoot, '_layouts'));
    return new Set(names.filter((name) => extname(name) !== '').map((name) => parse(name).name));
  } catch {
    return null;
  }
}

/**
 * Checks every post under `folder` (a posts folder or a blog root) for what
 * would go wrong in Jekyll or lose the user's intent: invalid front matter,
 * `time` not a quoted "HH:MM", `tags` not a list, undated names in `_posts`,
 * duplicate date and slug, marker problems, unknown layouts, non-UTF-8 text.
 * Problems come sorted by path and line.
 */
export async function checkFolder(folder: string): Promise<Problem[]> {
  const paths = await findPostFiles(folder);
  const layouts = await readLayouts(await findBlogRootOf(folder));
  const read = await mapWithConcurrency(paths, 32, (path) => readCheckedPost(path));
  const posts = read.flatMap((result) => (result.post === null ? [] : [result.post]));
  const declared = new Set(posts.map((post) => declaredMarker(post.data)).filter((marker): marker is string => marker !== null));
  const knownMarkers = declared.size > 0 ? declared : new Set([defaultMarker]);
  const problems: Problem[] = [
    ...read.flatMap((result) => result.problems),
    ...paths.flatMap(checkDatedName),
    ...checkDuplicateNames(paths),
    ...posts.flatMap((post) => [
      ...checkTime(post),
      ...checkTags(post),
      ...checkDateKey(post),
      ...checkLayout(post, layouts),
      ...checkMarker(post, knownMarkers),
    ]),
  ];
  return problems.sort((left, right) => left.path.localeCompare(right.path) || left.line - right.line || left.column - right.column);
}
