import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { inferKeyOrder } from '../../../shared/blog/key-order';
import { writeFileAtomically } from '../disk/atomic-write';
import { mapWithConcurrency } from '../disk/concurrency';
import { editFrontMatter } from '../../../shared/front-matter/edit-front-matter';
import type { FrontMatterChanges } from '../../../shared/front-matter/front-matter-value';
import { parsePost } from '../../../shared/front-matter/parse-post';
import { findPostFiles } from './post-files';
import { decodePostBytes, encodePostText, versionOf } from './post-text';
import { ServiceError } from '../disk/service-error';

/**
 * The key order of the posts beside `path` (its folder's other posts), so a
 * new key goes where the blog puts it. Posts that cannot be parsed are skipped.
 */
export async function siblingKeyOrder(path: string): Promise<string[]> {
  const siblings = (await findPostFiles(dirname(path))).filter((sibling) => sibling !== path).slice(0, 200);
  const keyLists = await mapWithConcurrency(siblings, 32, async (sibling) => {
    try {
      return Object.keys(parsePost(decodePostBytes(await readFile(sibling)).text).data);
    } catch {
      return [];
    }
  });
  return inferKeyOrder(keyLists.filter((keys) => keys.length > 0));
}

/**
 * Changes front matter fields of one post on disk: each changed field changes
 * only its own line, in the file's style; a new key goes where the post's
 * siblings put it. Nothing is written when the edit fails or nothing changes.
 * Returns whether the file changed.
 */
export async function setFrontMatterFields(path: string, changes: FrontMatterChanges): Promise<boolean> {
  const bytes = await readFile(path);
  let decoded;
  try {
    decoded = decodePostBytes(bytes);
  } catch (error) {
    throw new ServiceError('unreadable', `${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const text = editFrontMatter(decoded.text, changes, { keyOrder: await siblingKeyOrder(path) });
  if (text === decoded.text) {
    return false;
  }
  if (versionOf(await readFile(path)) !== versionOf(bytes)) {
    throw new ServiceError('unreadable', `${path} changed on disk while it was being edited; nothing was written`);
  }
  await writeFileAtomically(path, encodePostText(text, decoded));
  return true;
}
