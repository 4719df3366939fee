import { lstat, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { temporaryFileNamePattern } from './atomic-write';

/**
 * Deletes the temporary files a crash left behind in `folder` (not its
 * subfolders): regular files named as `writeFileAtomically` names them
 * (`.<name>.inkpost-<12 hex digits>.tmp`, see `temporaryFileNamePattern`).
 * Nothing else is touched: not other names, not folders or symbolic links with
 * such a name. Returns the paths removed, sorted.
 *
 * Such a file is never the only copy of a saved post: a save renames its
 * temporary file over the post before it reports success. But a save still
 * running (another window, the CLI) has one too; deleting it makes that save
 * fail with the post intact. `olderThanMs` > 0 spares files modified less than
 * that long ago, which is what a caller should pass when other saves may be
 * under way. With the default 0 every such file goes.
 *
 * A file that disappears meanwhile (its save finished) is skipped; any other
 * error (a read-only folder, say) rejects.
 */
export async function removeStaleTempFiles(folder: string, olderThanMs = 0): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const now = Date.now();
  const removed: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !temporaryFileNamePattern.test(entry.name)) {
      continue;
    }
    const path = join(folder, entry.name);
    try {
      if (olderThanMs > 0) {
        const info = await lstat(path);
        if (!info.isFile() || now - info.mtimeMs < olderThanMs) {
          continue;
        }
      }
      await unlink(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        continue;
      }
      throw error;
    }
    removed.push(path);
  }
  return removed.sort();
}
