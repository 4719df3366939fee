import { closeSync, fstatSync, openSync, readFileSync, readSync, type Stats } from 'node:fs';
import { type FileHandle, open, readFile, stat } from 'node:fs/promises';
import { splitFrontMatter } from '../../../shared/front-matter/front-matter-block';
import type { PostSummary } from '../../../shared/post';
import type { Problem } from '../../../shared/problem';
import { FrontMatterError } from '../../../shared/front-matter/front-matter-error';
import { parsePost } from '../../../shared/front-matter/parse-post';
import { summarizePost } from '../index/post-summary';
import { BinaryFileError, decodePostBytes, versionOf, type DecodedPostText } from './post-text';
import { ServiceError } from '../disk/service-error';

/** What the index keeps of a post file: its size and mtime (the cache key), its summary and what is wrong with it. */
export interface SummarizedPost {
  readonly path: string;
  readonly size: number;
  readonly modifiedMs: number;
  readonly summary: PostSummary;
  /** Problems found while reading (invalid front matter, ...). The post still loads. */
  readonly problems: readonly Problem[];
}

/** A post file read from disk for the editor: its summary, its bytes as the editor sees them and their version. */
export interface LoadedPost extends SummarizedPost {
  /** Names the exact bytes read (see {@link versionOf}). */
  readonly version: string;
  readonly decoded: DecodedPostText;
}

/**
 * Reads one post file. Invalid front matter does not stop it: the problem is
 * reported with its line and column and the summary falls back to what the
 * file name says, so the user can open the post and fix it. A file that is not
 * text at all (binary) throws `unreadable`, naming the file. `knownStats`
 * saves a second `stat` when the caller has just made one.
 */
export async function loadPostFile(path: string, knownStats?: Stats): Promise<LoadedPost> {
  const [bytes, info] = await Promise.all([readFile(path), knownStats ?? stat(path)]);
  return loadedPost(path, bytes, info);
}

/**
 * {@link loadPostFile} for a file not stat'ed yet (the index's new files):
 * opens it once, takes its size and modification time from the open file
 * (`fstat`) and reads that many bytes into one buffer, as `readFile` does
 * after its own `fstat`. So the stats describe the file the bytes came from,
 * and it costs open, fstat, read and close: one `stat` less than `stat` and
 * `readFile`.
 */
export async function loadPostFileThroughHandle(path: string): Promise<LoadedPost> {
  const { bytes, info } = await readThroughHandle(path);
  return loadedPost(path, bytes, info);
}

/**
 * What the index needs of a post: {@link loadPostFileThroughHandle} (with
 * `knownStats`, {@link loadPostFile}) without the content hash. The index is
 * cached by path, size and mtime; the version that guards a save is taken
 * when the editor loads the post and again when it saves.
 */
export async function summarizePostFile(path: string, knownStats?: Stats): Promise<SummarizedPost> {
  const { bytes, info } = knownStats === undefined ? await readThroughHandle(path) : { bytes: await readFile(path), info: knownStats };
  return summarizedPost(path, bytes, info);
}

/**
 * {@link summarizePostFile} for a new file, blocking: the same open, fstat,
 * read and close as synchronous calls, for the index's worker threads, where
 * blocking holds up nothing and saves four event-loop round trips per file.
 * Never call it on the main thread.
 */
export function summarizePostFileSync(path: string): SummarizedPost {
  const descriptor = openSync(path, 'r');
  let bytes: Buffer;
  let info: Stats;
  try {
    info = fstatSync(descriptor);
    bytes = readOpenFileSync(descriptor, info);
  } finally {
    closeSync(descriptor);
  }
  return summarizedPost(path, bytes, info);
}

/** Opens `path` once and reads its stats and all its bytes through the open file. */
async function readThroughHandle(path: string): Promise<{ bytes: Buffer; info: Stats }> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    return { bytes: await readOpenFile(handle, info), info };
  } finally {
    await handle.close();
  }
}

/** Files larger than this are left to `readFile`, which refuses them with its own error. */
const largestSingleRead = 2 ** 31 - 1;

/** The bytes of an open regular file, `info.size` of them (fewer when it shrank); anything else as `readFile` reads it. */
async function readOpenFile(handle: FileHandle, info: Stats): Promise<Buffer> {
  if (!info.isFile() || info.size === 0 || info.size > largestSingleRead) {
    return handle.readFile();
  }
  const buffer = Buffer.allocUnsafe(info.size);
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
    if (bytesRead === 0) {
      break;
    }
    filled += bytesRead;
  }
  return filled === buffer.length ? buffer : buffer.subarray(0, filled);
}

/** {@link readOpenFile}, blocking. */
function readOpenFileSync(descriptor: number, info: Stats): Buffer {
  if (!info.isFile() || info.size === 0 || info.size > largestSingleRead) {
    return readFileSync(descriptor);
  }
  const buffer = Buffer.allocUnsafe(info.size);
  let filled = 0;
  while (filled < buffer.length) {
    const bytesRead = readSync(descriptor, buffer, filled, buffer.length - filled, filled);
    if (bytesRead === 0) {
      break;
    }
    filled += bytesRead;
  }
  return filled === buffer.length ? buffer : buffer.subarray(0, filled);
}

function loadedPost(path: string, bytes: Buffer, info: Stats): LoadedPost {
  const { decoded, summarized } = decodeAndSummarize(path, bytes, info);
  return { ...summarized, version: versionOf(bytes), decoded };
}

function summarizedPost(path: string, bytes: Buffer, info: Stats): SummarizedPost {
  return decodeAndSummarize(path, bytes, info).summarized;
}

/** Decodes a file's bytes (a binary file throws `unreadable`) and summarises the text. */
function decodeAndSummarize(path: string, bytes: Buffer, info: Stats): { decoded: DecodedPostText; summarized: SummarizedPost } {
  let decoded: DecodedPostText;
  try {
    decoded = decodePostBytes(bytes);
  } catch (error) {
    const position = error instanceof BinaryFileError ? { position: { line: error.position.line, column: error.position.column } } : {};
    throw new ServiceError('unreadable', `${path}: ${error instanceof Error ? error.message : String(error)}`, position);
  }
  const { summary, problems } = summarizeText(path, decoded.text, info.mtimeMs);
  const at = decoded.invalidUtf8At;
  const encodingProblems: Problem[] = at === null
    ? []
    : [{ path, line: at.line, column: at.column, severity: 'error', message: `not valid UTF-8 (byte ${at.offset}); opened as Latin-1 and saved back the same way` }];
  return { decoded, summarized: { path, size: info.size, modifiedMs: info.mtimeMs, summary, problems: [...encodingProblems, ...problems] } };
}

/** Summarises editor text of the post at `path`, collecting front matter problems instead of throwing. */
export function summarizeText(path: string, text: string, modifiedMs: number): { summary: PostSummary; problems: Problem[] } {
  try {
    const { data, body } = parsePost(text);
    return { summary: summarizePost(path, { data, body }, modifiedMs), problems: [] };
  } catch (error) {
    if (!(error instanceof FrontMatterError)) {
      throw error;
    }
    const problem: Problem = { path, line: error.line, column: error.column, severity: 'error', message: error.message.replace(/^\d+:\d+: /, '') };
    // The block is still fenced even when its YAML is broken: its words are not the post's.
    return { summary: summarizePost(path, { data: {}, body: splitFrontMatter(text).body }, modifiedMs), problems: [problem] };
  }
}
