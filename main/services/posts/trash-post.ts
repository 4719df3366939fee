import { basename } from 'node:path';
import { isPostFileName } from '../../../shared/posts/post-file-name';
import type { Desktop } from '../desktop/desktop';
import { resolvePostPath } from './post-path';
import { ServiceError } from '../disk/service-error';

/**
 * Moves a post file of `folder` to the system trash through `desktop`, so
 * the user can restore it. Only post files inside the folder can be trashed.
 */
export async function trashPost(folder: string, path: string, desktop: Desktop): Promise<void> {
  const target = await resolvePostPath(folder, path);
  if (!isPostFileName(basename(target))) {
    throw new ServiceError('invalid-argument', `${target} is not a post file`);
  }
  try {
    await desktop.trashItem(target);
  } catch (error) {
    throw new ServiceError('unreadable', `could not move ${target} to the trash: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
