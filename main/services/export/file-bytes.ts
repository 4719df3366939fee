import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** The bytes of `path`, or null when there is no such file. Other errors (permissions, a folder) reject. */
export async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return null;
    }
    throw error;
  }
}

/** The SHA-256 of `bytes` in lowercase hex, as the export record keeps it. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
