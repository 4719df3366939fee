import type { PostDocument, SaveRequest, SaveResult } from '../../shared/post';
import { writeFileAtomically } from './atomic-write';
import { resolveInsideFolder } from './folder-scope';
import { loadPostFile, summarizeText } from './load-post-file';
import { encodePostText, sameEditorText, UnencodableCharacterError, versionOf } from './post-text';
import { ServiceError } from './service-error';

/**
 * Opens a post of `folder` for editing. Invalid front matter does not stop
 * it: the text opens with the problem located, so the user can fix it. A file
 * that is not UTF-8 opens as Latin-1 (every byte kept) with a problem naming
 * the first bad byte. A binary file is refused with `unreadable`.
 */
export async function readPost(folder: string, path: string): Promise<PostDocument> {
  const target = await resolveInsideFolder(folder, path);
  const loaded = await loadPostFile(target);
  return {
    path: target,
    text: loaded.decoded.text,
    version: loaded.version,
    lineEnding: loaded.decoded.lineEnding,
    hasByteOrderMark: loaded.decoded.hasByteOrderMark,
    encoding: loaded.decoded.encoding,
    problems: loaded.problems,
    summary: loaded.summary,
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
  const disk = await loadPostFile(target);
  if (disk.version !== request.baseVersion) {
    return { status: 'conflict', diskText: disk.decoded.text, diskVersion: disk.version };
  }
  if (sameEditorText(request.text, disk.decoded.text)) {
    return { status: 'saved', version: disk.version, unchanged: true, summary: disk.summary, problems: disk.problems };
  }
  let bytes: Buffer;
  try {
    bytes = encodePostText(request.text, disk.decoded);
  } catch (error) {
    if (error instanceof UnencodableCharacterError) {
      throw new ServiceError('invalid-argument', `${target}: ${error.message}; nothing was written`);
    }
    throw error;
  }
  await writeFileAtomically(target, bytes);
  const { summary, problems } = summarizeText(target, request.text, Date.now());
  return { status: 'saved', version: versionOf(bytes), unchanged: false, summary, problems };
}
