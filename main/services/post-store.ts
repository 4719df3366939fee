import { readFile, stat } from 'node:fs/promises';
import type { PostDocument, SaveRequest, SaveResult } from '../../shared/post';
import { writeFileAtomically } from './atomic-write';
import { resolveInsideFolder } from './folder-scope';
import { readFrontMatter } from './front-matter';
import { summarizePost } from './post-summary';
import { decodePostBytes, encodePostText, sameEditorText, versionOf } from './post-text';
import { ServiceError } from './service-error';

/**
 * Opens a post of `folder` for editing. A file that is not UTF-8 or is binary
 * is refused with `unreadable`; invalid front matter is not: the text opens so
 * the user can fix it, and the summary falls back to what the file name says.
 */
export async function readPost(folder: string, path: string): Promise<PostDocument> {
  const target = await resolveInsideFolder(folder, path);
  const bytes = await readFile(target);
  const decoded = decodePostOrExplain(target, bytes);
  const info = await stat(target);
  return {
    path: target,
    text: decoded.text,
    version: versionOf(bytes),
    lineEnding: decoded.lineEnding,
    hasByteOrderMark: decoded.hasByteOrderMark,
    summary: summarizePost(target, frontMatterDataOrEmpty(decoded.text), info.mtimeMs),
  };
}

/**
 * Saves editor text over a post of `folder`. The file's bytes on disk must
 * still be the ones the text was edited from (`baseVersion`); otherwise nothing
 * is written and the result is a conflict carrying the disk's version. Text
 * equal to the file writes nothing, so an unchanged post stays byte-identical.
 * Otherwise the file's own BOM and line endings are restored and the file is
 * replaced atomically.
 */
export async function savePost(folder: string, request: SaveRequest): Promise<SaveResult> {
  const target = await resolveInsideFolder(folder, request.path);
  const diskBytes = await readFile(target);
  const diskVersion = versionOf(diskBytes);
  const disk = decodePostOrExplain(target, diskBytes);
  if (diskVersion !== request.baseVersion) {
    return { status: 'conflict', diskText: disk.text, diskVersion };
  }
  if (sameEditorText(request.text, disk.text)) {
    const info = await stat(target);
    return { status: 'saved', version: diskVersion, unchanged: true, summary: summarizePost(target, frontMatterDataOrEmpty(disk.text), info.mtimeMs) };
  }
  const bytes = encodePostText(request.text, disk);
  await writeFileAtomically(target, bytes);
  const info = await stat(target);
  return {
    status: 'saved',
    version: versionOf(bytes),
    unchanged: false,
    summary: summarizePost(target, frontMatterDataOrEmpty(request.text), info.mtimeMs),
  };
}

function decodePostOrExplain(path: string, bytes: Uint8Array): ReturnType<typeof decodePostBytes> {
  try {
    return decodePostBytes(bytes);
  } catch (error) {
    throw new ServiceError('unreadable', `${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function frontMatterDataOrEmpty(text: string): Readonly<Record<string, unknown>> {
  try {
    return readFrontMatter(text).data;
  } catch {
    return {};
  }
}
