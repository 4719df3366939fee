import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BlogConventions, UsualValue } from '../../../shared/blog/blog-conventions';
import { slugify } from '../../../shared/posts/slug';
import { parsePost } from '../../../shared/front-matter/parse-post';
import { placeNewKeys } from '../../../shared/front-matter/key-placement';
import { fieldText } from '../../../shared/front-matter/serialize-value';
import { defaultWriteStyle } from '../../../shared/front-matter/write-style';
import { isSafePlain, scalarText } from '../../../shared/front-matter/yaml-scalars';
import { sameValue } from '../../../shared/front-matter/value-equality';
import { ServiceError } from '../disk/service-error';
import { FileExistsError, writeNewFileAtomically } from './write-new-file';

/** A title as the blog writes it: plain unless YAML needs quotes (or the blog always quotes), in the blog's quotes. */
export function titleText(title: string, conventions: BlogConventions): string {
  if (conventions.titleQuoting === 'as-needed' && isSafePlain(title, 'block')) {
    return title;
  }
  return scalarText(title, conventions.titleQuote, 'block');
}

/**
 * The text of a new draft: a YAML front matter with the blog's usual keys
 * and `title`, in the blog's key order, the title quoted as the blog quotes
 * titles, then an empty line for the body. Read back before it is returned:
 * it must parse as exactly those keys and values.
 */
export function newDraftText(title: string, conventions: BlogConventions): string {
  const values = new Map<string, UsualValue>(Object.entries(conventions.usualKeys).filter(([key]) => key !== 'title'));
  values.set('title', title);
  const keys = placeNewKeys([], [...values.keys()], conventions.keyOrder).flatMap((run) => run.keys);
  const lines = keys.map((key) => {
    const value = values.get(key) as UsualValue;
    return key === 'title' ? `title: ${titleText(title, conventions)}` : fieldText(key, value, 0, defaultWriteStyle);
  });
  const text = `---\n${lines.join('\n')}\n---\n\n`;
  const parsed = parsePost(text);
  if (!sameValue(parsed.data, Object.fromEntries(values)) || parsed.body !== '\n') {
    throw new ServiceError('internal', `could not write a front matter that reads back as the title ${JSON.stringify(title)}`);
  }
  return text;
}

/**
 * Creates a new draft `<slug>.<ext>` in `folder` (made if missing) for
 * `title`, following `conventions` (see {@link newDraftText}); the slug is the
 * title's (`slugify`). Never overwrites: an existing file of that name is an
 * `invalid-argument` error and nothing is written. Returns the new file's path.
 */
export async function createDraft(title: string, folder: string, conventions: BlogConventions): Promise<string> {
  if (title.trim() === '') {
    throw new ServiceError('invalid-argument', 'a draft needs a title');
  }
  const text = newDraftText(title, conventions);
  const path = join(resolve(folder), `${slugify(title)}.${conventions.extension}`);
  await mkdir(resolve(folder), { recursive: true });
  try {
    await writeNewFileAtomically(path, text);
  } catch (error) {
    if (error instanceof FileExistsError) {
      throw new ServiceError('invalid-argument', `${path} already exists; nothing was written`);
    }
    throw error;
  }
  return path;
}
