import { readFile } from 'node:fs/promises';
import { renameInTagItems, renameInTagList, renameInTagWords, type TagRenameResult } from '../../../shared/blog/tag-catalogue';
import { writeFileAtomically } from '../disk/atomic-write';
import { editFrontMatter } from '../../../shared/front-matter/edit-front-matter';
import type { FrontMatterValue } from '../../../shared/front-matter/front-matter-value';
import { parsePost } from '../../../shared/front-matter/parse-post';
import { mapWithConcurrency } from '../disk/concurrency';
import { findPostFiles } from './post-files';
import { decodePostBytes, encodePostText, versionOf } from './post-text';
import { ServiceError } from '../disk/service-error';

interface PlannedEdit {
  readonly path: string;
  readonly version: string;
  readonly bytes: Buffer;
}

/**
 * Renames (or merges) tag `from` into `to` in every post under `folder`
 * (a posts folder or a blog root). Each file changes only in its tags line,
 * in its own style, so renaming back restores every file byte for byte. All
 * edits are prepared first: a post that cannot be read or edited, and whose
 * bytes mention the tag, stops the rename before anything is written. A post changed on disk between
 * preparing and writing is not overwritten: the rename stops there with an
 * error naming it.
 */
export async function renameTag(folder: string, from: string, to: string): Promise<TagRenameResult> {
  if (from.trim() === '' || to.trim() === '') {
    throw new ServiceError('invalid-argument', 'a tag name cannot be empty');
  }
  if (to.includes(',')) {
    throw new ServiceError('invalid-argument', `"${to}" has a comma: Inkpost separates tags with commas`);
  }
  const paths = await findPostFiles(folder);
  const planned = await mapWithConcurrency(paths, 32, (path) => planRename(path, from, to));
  const edits = planned.filter((edit): edit is PlannedEdit => edit !== null);
  for (const edit of edits) {
    const current = await readFile(edit.path);
    if (versionOf(current) !== edit.version) {
      throw new ServiceError('unreadable', `${edit.path} changed on disk during the rename; nothing more was written (already renamed: ${edits.indexOf(edit)} of ${edits.length})`);
    }
    await writeFileAtomically(edit.path, edit.bytes);
  }
  return { changed: edits.map((edit) => edit.path) };
}

async function planRename(path: string, from: string, to: string): Promise<PlannedEdit | null> {
  const bytes = await readFile(path);
  try {
    const decoded = decodePostBytes(bytes);
    const { data } = parsePost(decoded.text);
    const tags = data['tags'];
    let value: FrontMatterValue | null = null;
    if (Array.isArray(tags)) {
      value = renameInTagItems(tags, from, to) as FrontMatterValue[] | null;
    } else if (typeof tags === 'string' && /\s/.test(to)) {
      // Jekyll splits a string of tags on spaces: a new name with a space needs the list form.
      const words = tags.split(/\s+/).filter(Boolean);
      const renamed = renameInTagList(words, from, to);
      value = renamed === words ? null : renamed;
    } else if (typeof tags === 'string') {
      value = renameInTagWords(tags, from, to);
    }
    if (value === null) {
      return null;
    }
    const text = editFrontMatter(decoded.text, { tags: value });
    if (text === decoded.text) {
      return null;
    }
    return { path, version: versionOf(bytes), bytes: encodePostText(text, decoded) };
  } catch (error) {
    // A post that cannot be read or parsed blocks the rename only when it may carry the tag.
    if (!bytes.includes(from)) {
      return null;
    }
    throw new ServiceError('unreadable', `${path}: ${error instanceof Error ? error.message : String(error)}; no post was changed`);
  }
}
