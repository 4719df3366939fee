import { unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isPostFileName, parsePostFileName } from '../../../shared/posts/post-file-name';
import { isSlug, slugify } from '../../../shared/posts/slug';
import { syncFolder } from '../disk/atomic-write';
import { FileExistsError, linkOrCopy } from '../export/write-new-file';
import { resolvePostPath } from './post-path';
import { ServiceError } from '../disk/service-error';

/**
 * The file name a post gets for `name`: its date prefix and extension kept,
 * the slug replaced. `name` is a slug (`my-new-name`) or a title, which is
 * slugified (`My new name!` → `my-new-name`).
 */
export function renamedFileName(fileName: string, name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') {
    throw new ServiceError('invalid-argument', 'a new name is required');
  }
  const slug = isSlug(trimmed) ? trimmed : slugify(trimmed);
  const { date, extension } = parsePostFileName(fileName);
  return `${date === null ? '' : `${date}-`}${slug}${extension === '' ? '' : `.${extension}`}`;
}

/**
 * Gives the post at `path` (a post file inside `folder`) the slug of `name`
 * (see {@link renamedFileName}) and returns its new path. The file's bytes
 * are untouched. The new name appears through a hard link, which fails when
 * anything exists at that name, before the old name is removed: so the post
 * is never lost, never overwritten, and another file is never clobbered; a
 * name that is taken is refused with `invalid-argument` and nothing changes.
 * A name giving the same file name returns `path` unchanged.
 */
export async function renamePost(folder: string, path: string, name: string): Promise<string> {
  const source = await resolvePostPath(folder, path);
  if (!isPostFileName(basename(source))) {
    throw new ServiceError('invalid-argument', `${source} is not a post file`);
  }
  const target = join(dirname(source), renamedFileName(basename(source), name));
  if (target === source) {
    return source;
  }
  try {
    await linkOrCopy(source, target);
  } catch (error) {
    if (error instanceof FileExistsError) {
      throw new ServiceError('invalid-argument', `${basename(target)} already exists in ${dirname(target)}; nothing was renamed`);
    }
    throw error;
  }
  await unlink(source);
  await syncFolder(dirname(source));
  return target;
}
