import { constants } from 'node:fs';
import { copyFile, link, open, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { syncFolder, temporaryPathFor } from '../disk/atomic-write';

/** Thrown by {@link writeNewFileAtomically} when the file already exists: nothing was written. */
export class FileExistsError extends Error {
  override readonly name = 'FileExistsError';

  constructor(readonly path: string) {
    super(`${path} already exists; nothing was written`);
  }
}

/**
 * Creates `path` with `data`, atomically and only if it does not exist: the
 * bytes go to a temporary file in the same folder (named as
 * `writeFileAtomically` names them, so a crash's leftover is cleaned up the
 * same way), are flushed, and are then hard-linked to `path`, which fails
 * when `path` exists, even if another program created it a moment ago. So
 * the file appears whole or not at all, and nothing is ever overwritten. On a
 * file system without hard links the temporary file is copied with the
 * exclusive flag instead. Throws {@link FileExistsError} when `path` exists.
 */
export async function writeNewFileAtomically(path: string, data: Uint8Array | string, mode = 0o644): Promise<void> {
  const temporaryPath = temporaryPathFor(path);
  const handle = await open(temporaryPath, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, mode);
  try {
    try {
      await handle.writeFile(data);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await linkOrCopy(temporaryPath, path);
  } finally {
    await unlink(temporaryPath).catch(() => undefined);
  }
  await syncFolder(dirname(path));
}

/**
 * Gives the file at `from` a second name `to`, which must not exist: a hard
 * link, or an exclusive copy on a file system without hard links. Throws
 * {@link FileExistsError} when `to` exists; nothing is ever overwritten.
 */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new FileExistsError(to);
    }
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') {
      throw error;
    }
    try {
      await copyFile(from, to, constants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new FileExistsError(to);
      }
      throw copyError;
    }
  }
}
