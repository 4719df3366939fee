import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { inferKeyOrder } from '../../../shared/blog/key-order';
import { findBlogRootOf } from '../blog/blog-root';
import { inferBlogConventions } from '../export/blog-conventions';
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
 * The key order a new key of the post at `path` follows: the blog's (learned
 * from its published posts, as the form and the export use it) whenever the
 * file is inside a Jekyll site with posts, else its folder's other posts'.
 */
export async function keyOrderFor(path: string): Promise<string[]> {
  const blog = await findBlogRootOf(dirname(path));
  if (blog !== null) {
    const conventions = await inferBlogConventions(blog);
    if (conventions.postCount > 0) {
      return [...conventions.keyOrder];
    }
  }
  return siblingKeyOrder(path);
}

/**
 * Changes front matter fields of one post on disk: each changed field changes
 * only its own line, in the file's style; a new key goes where the blog (or,
 * outside a blog, the post's siblings) puts it. Nothing is written when the edit fails or nothing changes;
 * a refused edit is a `ServiceError` naming the file and why.
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
  let text: string;
  let bytesToWrite: Buffer;
  try {
    text = editFrontMatter(decoded.text, changes, { keyOrder: await keyOrderFor(path) });
    bytesToWrite = encodePostText(text, decoded);
  } catch (error) {
    // The refusal names the file: the CLI and a batch of edits may touch many.
    const message = error instanceof Error ? error.message : String(error);
    throw new ServiceError('invalid-argument', `${path}: ${message}${/nothing was (changed|written)/.test(message) ? '' : '; nothing was written'}`, { cause: error });
  }
  if (text === decoded.text) {
    return false;
  }
  // Checked again right before the rename, so an app saving the post meanwhile is never overwritten unseen.
  await writeFileAtomically(path, bytesToWrite, async () => {
    if (versionOf(await readFile(path)) !== versionOf(bytes)) {
      throw new ServiceError('unreadable', `${path} changed on disk while it was being edited; nothing was written`);
    }
  });
  return true;
}
