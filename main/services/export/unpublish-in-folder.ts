import type { UnpublishResult } from '../../../shared/export/export-result';
import { postsFolderOf } from '../blog/blog-root';
import type { ExportRecords } from './export-record';
import { unpublishPost } from './unpublish-post';
import { resolvePostPath } from '../posts/post-path';
import { ServiceError } from '../disk/service-error';

/**
 * The app's unpublish: a post of the posts folder that sits in a `_posts`
 * folder goes back to the `_drafts` beside it, byte for byte (see
 * {@link unpublishPost}, which the CLI's `inkpost unpublish` runs too).
 */
export async function unpublishInFolder(postsDir: string, path: string, records: ExportRecords): Promise<UnpublishResult> {
  const post = await resolvePostPath(postsDir, path);
  const folders = postsFolderOf(post);
  if (folders === null) {
    throw new ServiceError('invalid-argument', `${post} is not in a _posts folder, so it is not published`);
  }
  return unpublishPost(post, folders.siteFolder, records);
}
