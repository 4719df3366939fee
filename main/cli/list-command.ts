import { formatProblem } from '../../shared/problem';
import { indexFolder } from '../services/index/post-index';
import { exitCodes, type CliOutput } from './cli-io';
import { requireFolder } from './require-folder';

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
 * JSON array. In a blog root, every post of the blog is listed. Problems
 * (files that cannot be read, invalid front matter) go to stderr as
 * `path:line:col: error: message` and make the exit code 1; every post that
 * could be read is still listed.
 */
export async function listCommand(folderArgument: string, json: boolean, output: CliOutput): Promise<number> {
  const listing = await indexFolder(await requireFolder(folderArgument));
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
    output.error(`${formatProblem(problem)}\n`);
  }
  return listing.problems.length > 0 ? exitCodes.problems : exitCodes.success;
}
