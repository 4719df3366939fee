import type { PostDocument, RecreateRequest, SaveRequest, SaveResult } from '../../../shared/post';
import { mkdir, readFile, realpath, stat, unlink } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { syncFolder, writeFileAtomically } from '../disk/atomic-write';
import { FileExistsError, writeNewFileAtomically } from '../export/write-new-file';
import { isPathInside } from '../disk/folder-scope';
import { postPathRefusal, resolvePostPath } from './post-path';
import { isBlogRoot } from './post-files';
import { loadPostFile, summarizeText } from './load-post-file';
import { runInFileOrder } from '../disk/path-queue';
import { decodePostBytes, encodePostText, type PostTextFormat, sameEditorText, UnencodableCharacterError, versionOf } from './post-text';
import { ServiceError } from '../disk/service-error';
import { isPostFileName } from '../../../shared/posts/post-file-name';

/**
 * Opens a post of `folder` for editing. Invalid front matter does not stop
 * it: the text opens with the problem located, so the user can fix it. A file
 * that is not UTF-8 opens as Latin-1 (every byte kept) with a problem naming
 * the first bad byte. A binary file is refused with `unreadable`.
 */
export async function readPost(folder: string, path: string): Promise<PostDocument> {
  const target = await resolvePostPath(folder, path);
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
 *
 * With `renameTo` (a new name in the same folder) the text goes to the new
 * file, created atomically and only when no file has that name (else nothing
 * is written), and the old file is removed only after the new one is whole:
 * a crash in between leaves both, never neither.
 */
export async function savePost(folder: string, request: SaveRequest): Promise<SaveResult> {
  const target = await resolvePostPath(folder, request.path);
  return runInFileOrder(target, () => saveInOrder(target, request));
}

/** The file changed on disk between the version check and the rename: the save becomes a conflict. */
class ChangedOnDisk extends Error {
  constructor(readonly bytes: Buffer) {
    super('the file changed on disk while it was being saved');
  }
}

/** Throws {@link ChangedOnDisk} unless `path` still holds the bytes of `version`: run right before the rename. */
async function unchangedSince(path: string, version: string): Promise<void> {
  const bytes = await readFile(path);
  if (versionOf(bytes) !== version) {
    throw new ChangedOnDisk(bytes);
  }
}

/** {@link savePost} once the saves of `target` queued before it are done. */
async function saveInOrder(target: string, request: SaveRequest): Promise<SaveResult> {
  const disk = await loadPostFile(target);
  if (disk.version !== request.baseVersion) {
    return { status: 'conflict', diskText: disk.decoded.text, diskVersion: disk.version };
  }
  const renameTo = request.renameTo === undefined || resolve(request.renameTo) === target ? null : resolve(request.renameTo);
  if (renameTo !== null) {
    return saveRenamed(target, renameTo, request.text, disk);
  }
  if (sameEditorText(request.text, disk.decoded.text)) {
    return { status: 'saved', path: target, version: disk.version, unchanged: true, summary: disk.summary, problems: disk.problems };
  }
  const bytes = encodeOrRefuse(target, request.text, disk.decoded);
  try {
    await writeFileAtomically(target, bytes, () => unchangedSince(target, disk.version));
  } catch (error) {
    if (error instanceof ChangedOnDisk) {
      return { status: 'conflict', diskText: decodePostBytes(error.bytes).text, diskVersion: versionOf(error.bytes) };
    }
    throw error;
  }
  const { summary, problems } = summarizeText(target, request.text, Date.now());
  return { status: 'saved', path: target, version: versionOf(bytes), unchanged: false, summary, problems };
}

function encodeOrRefuse(target: string, text: string, decoded: PostTextFormat): Buffer {
  try {
    return encodePostText(text, decoded);
  } catch (error) {
    if (error instanceof UnencodableCharacterError) {
      throw new ServiceError('invalid-argument', `${target}: ${error.message}; nothing was written`);
    }
    throw error;
  }
}

async function saveRenamed(from: string, to: string, text: string, disk: { readonly decoded: PostTextFormat; readonly version: string }): Promise<SaveResult> {
  const { decoded } = disk;
  if (dirname(to) !== dirname(from)) {
    throw new ServiceError('invalid-argument', `a post is renamed within its folder only: ${to} is not in ${dirname(from)}; nothing was written`);
  }
  if (!isPostFileName(basename(to))) {
    throw new ServiceError('invalid-argument', `${basename(to)} is not a post file name (.markdown, .md, ...); nothing was written`);
  }
  const bytes = encodeOrRefuse(from, text, decoded);
  const { mode } = await stat(from);
  try {
    await writeNewFileAtomically(to, bytes, mode & 0o7777);
  } catch (error) {
    if (error instanceof FileExistsError) {
      throw new ServiceError('invalid-argument', `${basename(to)} already exists in ${dirname(to)}; nothing was written and the post keeps its name`);
    }
    throw error;
  }
  try {
    await unchangedSince(from, disk.version);
  } catch (error) {
    // Changed by another program while the new file was written: keep the old one as it is now, drop the new one.
    await unlink(to);
    if (error instanceof ChangedOnDisk) {
      return { status: 'conflict', diskText: decodePostBytes(error.bytes).text, diskVersion: versionOf(error.bytes) };
    }
    throw error;
  }
  await unlink(from);
  await syncFolder(dirname(from));
  const { summary, problems } = summarizeText(to, text, Date.now());
  return { status: 'saved', path: to, version: versionOf(bytes), unchanged: false, summary, problems };
}

/**
 * Writes `request.text` as a new post file at `request.path` inside
 * `folder`: the post was deleted (or its whole posts folder, which is made
 * again) and the user saves it again. UTF-8 with `\n` line endings; never
 * over an existing file.
 */
export async function recreatePost(folder: string, request: RecreateRequest): Promise<SaveResult> {
  const target = resolve(request.path);
  if (!isPathInside(resolve(folder), target)) {
    throw new ServiceError('outside-folder', `${target} is not inside the posts folder ${folder}`);
  }
  if (!isPostFileName(basename(target))) {
    throw new ServiceError('invalid-argument', `${basename(target)} is not a post file name (.markdown, .md, ...); nothing was written`);
  }
  // The rule every path-taking call follows: only post files, never under _site, _plugins, hidden folders, ...
  // A posts folder that was deleted is no blog root: it is made again below.
  const refusal = postPathRefusal(resolve(folder), target, await isBlogRoot(folder).catch(() => false));
  if (refusal !== null) {
    throw new ServiceError('outside-folder', `${refusal}; nothing was written`);
  }
  await mkdir(dirname(target), { recursive: true });
  // Symbolic links resolved: a folder that links out of the posts folder is refused.
  const [root, parent] = [await realpath(folder), await realpath(dirname(target))];
  if (parent !== root && !isPathInside(root, parent)) {
    throw new ServiceError('outside-folder', `${target} is not inside the posts folder ${folder}`);
  }
  const bytes = encodeOrRefuse(target, request.text, { lineEnding: 'lf', hasByteOrderMark: false, encoding: 'utf-8' });
  return runInFileOrder(target, async () => {
    try {
      await writeNewFileAtomically(target, bytes);
    } catch (error) {
      if (error instanceof FileExistsError) {
        throw new ServiceError('invalid-argument', `${basename(target)} already exists in ${dirname(target)}; nothing was written`);
      }
      throw error;
    }
    const { summary, problems } = summarizeText(target, request.text, Date.now());
    return { status: 'saved', path: target, version: versionOf(bytes), unchanged: false, summary, problems };
  });
}
