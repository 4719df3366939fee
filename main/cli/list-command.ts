import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { listPostsFolder } from '../services/posts-folder';
import { CliError, exitCodes, type CliOutput } from './cli-io';

/** The JSON shape of one post in `inkpost list --json`. */
export interface ListedPost {
  readonly path: string;
  readonly title: string;
  readonly date: string | null;
  readonly time: string | null;
  readonly tags: readonly string[];
  readonly layout: string | null;
}

/**
 * `inkpost list <folder> [--json]`: prints every post of the folder, newest
 * first, as tab-separated lines (path, title, date, time, tags, layout) or as a
 * JSON array. Files that cannot be read are reported on stderr and make the
 * exit code 1; the other posts are still listed.
 */
export async function listCommand(folderArgument: string, json: boolean, output: CliOutput): Promise<number> {
  const folder = resolve(folderArgument);
  const info = await stat(folder).catch(() => null);
  if (info === null || !info.isDirectory()) {
    throw new CliError(`${folder}: no such folder`);
  }
  const listing = await listPostsFolder(folder);
  const posts: ListedPost[] = listing.posts.map(({ path, title, date, time, tags, layout }) => ({ path, title, date, time, tags, layout }));
  if (json) {
    output.out(`${JSON.stringify(posts, null, 2)}\n`);
  } else {
    for (const post of posts) {
      const columns = [post.path, post.title, post.date ?? '', post.time ?? '', post.tags.join(','), post.layout ?? ''];
      output.out(`${columns.map((column) => column.replace(/[\t\n]/g, ' ')).join('\t')}\n`);
    }
  }
  for (const problem of listing.problems) {
    output.error(`inkpost: ${problem.path}: ${problem.message}\n`);
  }
  return listing.problems.length > 0 ? exitCodes.problems : exitCodes.success;
}
