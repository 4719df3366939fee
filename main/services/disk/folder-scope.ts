import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ServiceError } from './service-error';

/**
 * Resolves `path` and checks that it lies inside `folder`, following symbolic
 * links, so a renderer can only reach files of the folder it was given. Returns
 * the resolved path (with the folder's own spelling) or throws `outside-folder`.
 */
export async function resolveInsideFolder(folder: string, path: string): Promise<string> {
  if (!isAbsolute(path)) {
    throw new ServiceError('invalid-argument', `expected an absolute path, got "${path}"`);
  }
  const lexical = resolve(path);
  const folderReal = await realpath(folder).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ServiceError('not-found', `the posts folder ${folder} no longer exists: it was moved or deleted`);
    }
    throw error;
  });
  let target: string;
  try {
    target = await realpath(lexical);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      // A missing path outside the folder is refused as such: the answer must not tell whether it exists.
      if (!isPathInside(resolve(folder), lexical) && !isPathInside(folderReal, lexical)) {
        throw new ServiceError('outside-folder', `${lexical} is not inside the posts folder ${folder}`);
      }
      throw new ServiceError('not-found', `no such post: ${lexical}`);
    }
    throw error;
  }
  if (!isPathInside(folderReal, target)) {
    if (isPathInside(resolve(folder), lexical) || isPathInside(folderReal, lexical)) {
      // Named inside, really outside: a symbolic link (of the file or a folder on the way) leads out.
      throw new ServiceError('outside-folder', `${lexical} is a symbolic link to ${target}, outside the posts folder ${folder}; Inkpost does not read or write through it`);
    }
    throw new ServiceError('outside-folder', `${lexical} is not inside the posts folder ${folder}`);
  }
  return lexical;
}

/**
 * Where the journal keeps the unsaved text of the post at `path`: the post's
 * resolved path while it exists, else (the post or its whole folder was
 * deleted) its spelling, checked to lie inside `folder`. The journal lives in
 * the user-data folder, so it never needs the post to exist.
 */
export async function journalPathInside(folder: string, path: string): Promise<string> {
  try {
    return await resolveInsideFolder(folder, path);
  } catch (error) {
    if (error instanceof ServiceError && error.code === 'not-found' && isPathInside(resolve(folder), resolve(path))) {
      return resolve(path);
    }
    throw error;
  }
}

/** True when `target` is strictly inside `folder` (both already resolved); the folder itself is not inside. */
export function isPathInside(folder: string, target: string): boolean {
  const fromFolder = relative(folder, target);
  return fromFolder !== '' && !fromFolder.startsWith(`..${sep}`) && fromFolder !== '..' && !isAbsolute(fromFolder);
}
