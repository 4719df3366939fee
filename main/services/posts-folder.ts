import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isPostFileName } from '../../shared/post-file-name';
import type { ListingProblem, PostListing, PostSummary } from '../../shared/post';
import { readFrontMatter } from './front-matter';
import { compareNewestFirst, summarizePost } from './post-summary';
import { decodePostBytes } from './post-text';

/** How many files are read at once: enough to keep the disk busy, few enough to stay under fd limits. */
const concurrentReads = 64;

/**
 * Lists the posts in one folder (not its subfolders), newest first. A file
 * that cannot be read or whose front matter is invalid is reported in
 * `problems` with the reason; it never stops the listing.
 */
export async function listPostsFolder(folder: string): Promise<PostListing> {
  const entries = await readdir(folder, { withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && isPostFileName(entry.name))
    .map((entry) => join(folder, entry.name));
  const posts: PostSummary[] = [];
  const problems: ListingProblem[] = [];
  for (let start = 0; start < paths.length; start += concurrentReads) {
    const batch = paths.slice(start, start + concurrentReads);
    const results = await Promise.all(batch.map((path) => summarizeFile(path)));
    for (const result of results) {
      if ('problem' in result) {
        problems.push(result.problem);
      } else {
        posts.push(result.summary);
      }
    }
  }
  posts.sort(compareNewestFirst);
  problems.sort((left, right) => left.path.localeCompare(right.path));
  return { folder, posts, problems };
}

/** Reads and summarizes one post file, turning any failure into a problem that names the file. */
export async function summarizeFile(path: string): Promise<{ summary: PostSummary } | { problem: ListingProblem }> {
  try {
    const [bytes, info] = await Promise.all([readFile(path), stat(path)]);
    const { text } = decodePostBytes(bytes);
    const { data } = readFrontMatter(text);
    return { summary: summarizePost(path, data, info.mtimeMs) };
  } catch (error) {
    return { problem: { path, message: error instanceof Error ? error.message : String(error) } };
  }
}
