import { realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { isPathInside } from '../disk/folder-scope';

/**
 * Maps the path part of a URL to a file under `root`, or null when it would
 * leave `root`. The path is percent-decoded once and then normalised, so `..`,
 * encoded separators (`%2F`, `%5C`), absolute paths and symbolic links that
 * point outside are all refused. Only files that exist are served.
 */
export async function resolveServedFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) {
    return null;
  }
  const rootReal = await realpath(root);
  const candidate = resolve(rootReal, `.${sep}${decoded.replace(/^\/+/, '')}`);
  if (!isPathInside(rootReal, candidate)) {
    return null;
  }
  let target: string;
  try {
    target = await realpath(candidate);
    if (!(await stat(target)).isFile()) {
      return null;
    }
  } catch {
    return null;
  }
  return isPathInside(rootReal, target) ? target : null;
}
