import { mkdir, readFile, realpath, unlink } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { UnpublishResult } from '../../../shared/export/export-result';
import { parsePostFileName } from '../../../shared/posts/post-file-name';
import { ServiceError } from '../disk/service-error';
import { isWithin, postsFolderOf } from '../blog/blog-root';
import { recordedPostPath, type ExportRecords } from './export-record';
import { readIfExists } from './file-bytes';
import { FileExistsError, writeNewFileAtomically } from './write-new-file';

/**
 * Takes a published post back to the drafts: `_posts/2010-01-30-slug.ext`
 * becomes `_drafts/slug.ext` beside that `_posts` folder (as Jekyll reads
 * drafts), byte for byte the same, front matter intact. The draft is written
 * (exclusively) and verified first; the post is deleted only afterwards, and
 * only if it did not change meanwhile. A draft that already exists with the
 * same bytes is kept as it is; one with other content is an error, and
 * nothing changes. The export record forgets the post. The file name's date
 * is returned, since the draft's name no longer carries it.
 */
export async function unpublishPost(postPath: string, blogRoot: string, records: ExportRecords): Promise<UnpublishResult> {
  let post: string;
  let blog: string;
  try {
    post = await realpath(resolve(postPath));
  } catch {
    throw new ServiceError('not-found', `${resolve(postPath)}: no such file`);
  }
  try {
    blog = await realpath(resolve(blogRoot));
  } catch {
    throw new ServiceError('not-found', `${resolve(blogRoot)}: no such folder`);
  }
  const folders = postsFolderOf(post);
  if (folders === null || !isWithin(post, blog)) {
    throw new ServiceError('invalid-argument', `${post} is not a post in a _posts folder of ${blog}`);
  }
  const name = parsePostFileName(basename(post));
  const extension = name.extension === '' ? '' : `.${name.extension}`;
  const draftsFolder = join(folders.siteFolder, '_drafts');
  const draftPath = join(draftsFolder, `${name.slug}${extension}`);
  const bytes = await readFile(post);
  await records.read(blog); // an unreadable record stops here, before anything changes

  let createdDraft = false;
  const existing = await readIfExists(draftPath);
  if (existing !== null && !existing.equals(bytes)) {
    throw new ServiceError('invalid-argument', `${draftPath} already exists with other content; nothing was changed`);
  }
  if (existing === null) {
    await mkdir(draftsFolder, { recursive: true });
    try {
      await writeNewFileAtomically(draftPath, bytes);
    } catch (error) {
      if (error instanceof FileExistsError) {
        throw new ServiceError('invalid-argument', `${draftPath} appeared while the post was being unpublished; nothing was changed`);
      }
      throw error;
    }
    createdDraft = true;
  }
  const written = await readFile(draftPath);
  if (!written.equals(bytes)) {
    throw new ServiceError('internal', `${draftPath} does not hold the post's bytes; the post was kept`);
  }
  const current = await readIfExists(post);
  if (current === null || !current.equals(bytes)) {
    throw new ServiceError('unreadable', `${post} changed on disk while it was being unpublished; it was kept (the draft ${draftPath} holds its earlier text)`);
  }
  await unlink(post);
  const relativePost = recordedPostPath(blog, post);
  await records.update(blog, (exports) => {
    for (const [draft, entry] of Object.entries(exports)) {
      if (entry.post === relativePost) {
        delete exports[draft];
      }
    }
  });
  return { draftPath, removedPath: post, date: name.date, createdDraft };
}
