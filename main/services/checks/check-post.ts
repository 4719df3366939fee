import { readdir } from 'node:fs/promises';
import { extname, join, parse } from 'node:path';
import type { Problem } from '../../../shared/problem';
import { readCheckedPost, type CheckedPost } from './checked-post';
import { readBlogConfig } from '../blog/blog-config';
import { checkFolderPost, type FolderCheckContext } from './check-folder';

/** What the checks of one post need to know about the blog it goes to. */
export interface CheckContext {
  /** The layout names of the blog's `_layouts` folder, or null when unknown (no blog, or no such folder). */
  readonly layouts: ReadonlySet<string> | null;
  /** The markers the blog's posts declare, to spot marker lines in a post that declares none. */
  readonly knownMarkers: ReadonlySet<string>;
  /** The blog loads plugins, which may define Liquid tags Inkpost does not know. */
  readonly hasPlugins: boolean;
}

/** The marker `inkpost check` assumes when no post declares one. */
const defaultMarker = ':EXTENDED:';

/**
 * The context for checking posts against the blog at `blogRoot` (null: no
 * blog, so layouts are not checked): its `_layouts`, and `knownMarkers`
 * (our reference blog's `:EXTENDED:` when none is given), as `inkpost check` does.
 */
export async function checkContextFor(blogRoot: string | null, knownMarkers: Iterable<string> = []): Promise<CheckContext> {
  const markers = new Set(knownMarkers);
  let layouts: ReadonlySet<string> | null = null;
  if (blogRoot !== null) {
    try {
      const names = await readdir(join(blogRoot, '_layouts'));
      layouts = new Set(names.filter((name) => extname(name) !== '').map((name) => parse(name).name));
    } catch {
      layouts = null;
    }
  }
  const config = await readBlogConfig(blogRoot);
  return { layouts, knownMarkers: markers.size > 0 ? markers : new Set([defaultMarker]), hasPlugins: config.plugins.length > 0 };
}

/**
 * The checks of `inkpost check` that concern one post alone (not links,
 * URL clashes, future dates or `published`, which concern the built
 * blog), over a post already read. The post's
 * `data` may carry keys its text does not have yet (keys an export adds);
 * problems stay located in the text. Sorted by line and column.
 */
export function checkReadPost(post: CheckedPost, context: CheckContext): Problem[] {
  const alone: FolderCheckContext = {
    blogRoot: null,
    layouts: context.layouts,
    knownMarkers: context.knownMarkers,
    jekyll: { future: true, hasPlugins: context.hasPlugins, today: '' },
    links: null,
    permalink: null,
    timeZone: null,
    defaults: undefined,
    pathsByUrl: new Map(),
  };
  return checkFolderPost(post, alone).sort((left, right) => left.line - right.line || left.column - right.column);
}

/**
 * Runs the checks of `inkpost check` on one post file: unreadable or
 * non-UTF-8 bytes, invalid front matter, `time` not a quoted "HH:MM", `tags`
 * not a list, an undated name in `_posts`, a `date:` key naming another day,
 * an unknown layout, marker problems. `post` is null when the file could not
 * be read as a post at all (its problems say why).
 */
export async function checkPost(path: string, context: CheckContext): Promise<{ post: CheckedPost | null; problems: Problem[] }> {
  const read = await readCheckedPost(path);
  if (read.post === null) {
    return read;
  }
  const problems = [...read.problems, ...checkReadPost(read.post, context)]
    .sort((left, right) => left.line - right.line || left.column - right.column);
  return { post: read.post, problems };
}
