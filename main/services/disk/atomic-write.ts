import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The name of every temporary file {@link writeFileAtomically} creates:
 * `.<target file name>.inkpost-<12 lowercase hex digits>.tmp`, in the target's
 * folder. The first group is the target's file name. A file with such a name
 * that outlives a save was left by a crash (see `removeStaleTempFiles`).
 */
export const temporaryFileNamePattern: RegExp = /^\.(.+)\.inkpost-[0-9a-f]{12}\.tmp$/s;

/** A fresh temporary path beside `path`, matching {@link temporaryFileNamePattern}. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.inkpost-${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Replaces `path` with `data` so that a crash at any moment leaves either the
 * old file or the new one, never a mix: the bytes go to a temporary file in the
 * same folder, are flushed to disk, and the temporary file is renamed over the
 * target. The target's permission bits are kept. When `path` is a symbolic
 * link, the file it points to is replaced and the link stays a link. On any
 * failure the temporary file is removed and the original is untouched.
 * `beforeReplace` runs immediately before the rename, after the bytes are
 * flushed: when it throws (the target changed meanwhile, say), nothing is
 * replaced, so a check there leaves another process only the rename itself
 * to slip into.
 */
export async function writeFileAtomically(linkOrPath: string, data: Uint8Array | string, beforeReplace?: () => Promise<void>): Promise<void> {
  const path = await realpath(linkOrPath).catch(() => linkOrPath);
  const mode = await existingMode(path);
  const temporaryPath = temporaryPathFor(path);
  const handle = await open(temporaryPath, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, mode ?? 0o644);
  try {
    try {
      await handle.writeFile(data);
      if (mode !== undefined) {
        await handle.chmod(mode);
      }
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await beforeReplace?.();
    await rename(temporaryPath, path);
  } catch (error) {
    await unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path));
}

async function existingMode(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
}

/** Makes a rename or link in `folder` durable. Folders cannot be opened for sync on Windows; that is not an error there. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') {
    return;
  }
  const handle = await open(folder, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
