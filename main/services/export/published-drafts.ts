import { realpath, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { PublishedDraft } from '../../../shared/export/published-draft';
import { isPathInside } from '../disk/folder-scope';
import type { ExportRecords } from './export-record';

/** The real path of `path`, or `path` resolved when it is gone. */
async function realOrResolved(path: string): Promise<string> {
  return realpath(resolve(path)).catch(() => resolve(path));
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** `real` (inside `folderReal`) spelled from `folder`, the way the posts folder's listing spells its paths. */
function spelledFrom(folder: string, folderReal: string, real: string): string {
  return join(resolve(folder), relative(folderReal, real));
}

/**
 * The drafts of `postsDir` that the export record of the blog at `blogDir`
 * knows, each with the post its last export wrote: blog-relative, its
 * absolute path, whether the file is still there, and whether it is in the
 * posts folder. Only the record and one `stat` per such draft's post are
 * read, never the posts folder itself, so the post list does not wait for it.
 * A record that cannot be read is an `unreadable` error naming the file.
 */
export async function publishedDraftsIn(records: ExportRecords, blogDir: string, postsDir: string): Promise<PublishedDraft[]> {
  const record = await records.read(blogDir);
  const postsReal = await realOrResolved(postsDir);
  const blogReal = await realOrResolved(blogDir);
  const found: PublishedDraft[] = [];
  for (const [draftReal, entry] of Object.entries(record.exports)) {
    if (!isPathInside(postsReal, draftReal)) {
      continue;
    }
    const postReal = join(blogReal, ...entry.post.split('/'));
    const inPostsFolder = isPathInside(postsReal, postReal);
    found.push({
      draft: spelledFrom(postsDir, postsReal, draftReal),
      post: entry.post,
      postPath: inPostsFolder ? spelledFrom(postsDir, postsReal, postReal) : join(resolve(blogDir), ...entry.post.split('/')),
      present: await isFile(postReal),
      inPostsFolder,
    });
  }
  return found.sort((left, right) => left.draft.localeCompare(right.draft));
}
