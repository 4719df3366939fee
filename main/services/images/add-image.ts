import { mkdir, open, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { AddedImage, AddImageRequest } from '../../../shared/contract';
import { parsePostFileName } from '../../../shared/posts/post-file-name';
import { isPathInside } from '../disk/folder-scope';
import { ServiceError } from '../disk/service-error';
import { FileExistsError, writeNewFileAtomically } from '../export/write-new-file';
import { altTextOf, imageFileName, imageNameRefusal, numberedName } from './image-names';
import { imageTargetFor, type ImageTarget } from './image-folder';
import { detectImageType, imageExtensions, imageTypeNames, maxImageBytes, type ImageType } from './image-types';
import { sanitizeSvgInWorker } from './svg-sanitizer-thread';

/** A picture to add: a file on disk (a drop in Electron) or bytes with the name they came with (a paste, a drop in the browser). */
export type ImageSource = AddImageRequest['source'];

function refuse(message: string): never {
  throw new ServiceError('invalid-argument', `${message}; nothing was written`);
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The bytes and name of a source, refusing what is no regular file or larger than {@link maxImageBytes} before reading it. */
async function readSource(source: ImageSource): Promise<{ name: string; bytes: Uint8Array }> {
  if ('bytes' in source) {
    if (source.bytes.length > maxImageBytes) {
      refuse(`${source.name} is ${megabytes(source.bytes.length)}: Inkpost adds pictures of up to ${megabytes(maxImageBytes)}`);
    }
    return { name: source.name, bytes: source.bytes };
  }
  const info = await stat(source.path).catch(() => null);
  if (info === null || !info.isFile()) {
    refuse(`${source.path} is ${info === null ? 'not there' : 'not a regular file'}`);
  }
  if (info.size > maxImageBytes) {
    refuse(`${source.path} is ${megabytes(info.size)}: Inkpost adds pictures of up to ${megabytes(maxImageBytes)}`);
  }
  const handle = await open(source.path, 'r');
  try {
    const bytes = await handle.readFile();
    if (bytes.length > maxImageBytes) {
      refuse(`${source.path} is larger than ${megabytes(maxImageBytes)}`);
    }
    return { name: basename(source.path), bytes };
  } finally {
    await handle.close();
  }
}

/** The picture's type by its bytes, which must agree with its name's extension; SVG comes back sanitised. Throws a `ServiceError` for anything else. */
export async function checkedImage(name: string, bytes: Uint8Array): Promise<{ type: ImageType; bytes: Uint8Array }> {
  const refusal = imageNameRefusal(name);
  if (refusal !== null) {
    refuse(refusal);
  }
  const type = detectImageType(bytes);
  if (type === null) {
    refuse(`${name} is not a picture: its bytes are no PNG, JPEG, GIF, WebP, SVG or AVIF image`);
  }
  const named = imageExtensions[name.slice(name.lastIndexOf('.') + 1).toLowerCase()];
  if (named !== type) {
    refuse(`${name} is named like ${imageTypeNames[named ?? type]} but its bytes are ${imageTypeNames[type]}`);
  }
  if (type !== 'svg') {
    return { type, bytes };
  }
  const clean = await sanitizeSvgInWorker(bytes);
  if (clean === null) {
    refuse(`${name} is not a well-formed SVG picture`);
  }
  return { type, bytes: clean };
}

/** The nearest folder of `path` (itself or an ancestor) that exists, resolved through symbolic links. */
async function nearestExisting(path: string): Promise<string> {
  let folder = resolve(path);
  for (;;) {
    const real = await realpath(folder).catch(() => null);
    if (real !== null) {
      return real;
    }
    const parent = dirname(folder);
    if (parent === folder) {
      return folder;
    }
    folder = parent;
  }
}

/** Makes the target folder, refusing (before anything is created) one that symbolic links lead out of its root. */
export async function prepareFolder(target: Pick<ImageTarget, 'folder' | 'root'>): Promise<void> {
  const rootReal = await realpath(target.root);
  const outside = `the images folder ${target.folder} leads outside ${target.root}`;
  const existing = await nearestExisting(target.folder);
  if (existing !== rootReal && !isPathInside(rootReal, existing)) {
    throw new ServiceError('outside-folder', `${outside}; nothing was written`);
  }
  await mkdir(target.folder, { recursive: true });
  if (!isPathInside(rootReal, await realpath(target.folder))) {
    throw new ServiceError('outside-folder', `${outside}; nothing was written`);
  }
}

/** True when `path` is a regular file (not a link) holding exactly `bytes`. */
async function holdsBytes(path: string, bytes: Uint8Array): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  if (info === null || !info.isFile() || info.size !== bytes.length) {
    return false;
  }
  return Buffer.from(await readFile(path)).equals(bytes);
}

/**
 * Writes `bytes` as `fileName` in `folder`, never over a file: when the name
 * is taken by the same bytes that file is used as it is, when by other bytes
 * the next free `-2`, `-3`, … name is tried. Each write creates a new file
 * atomically (`writeNewFileAtomically`: it appears whole or not at all).
 */
export async function storeWithoutOverwriting(folder: string, fileName: string, bytes: Uint8Array): Promise<{ file: string; reused: boolean }> {
  for (let n = 1; n <= 1000; n++) {
    const file = join(folder, numberedName(fileName, n));
    try {
      await writeNewFileAtomically(file, bytes);
      return { file, reused: false };
    } catch (error) {
      if (!(error instanceof FileExistsError)) {
        throw error;
      }
      if (await holdsBytes(file, bytes)) {
        return { file, reused: true };
      }
    }
  }
  return refuse(`${folder} already holds a thousand other pictures named like ${fileName}`);
}

/**
 * Adds a picture to the post at `post` (already checked to be a post of the
 * open folder): checks it (at most {@link maxImageBytes}; PNG, JPEG, GIF,
 * WebP, SVG or AVIF by its bytes, agreeing with its name's extension; a
 * plain file name), sanitises an SVG (`sanitizeSvg`, in a worker thread), names it (see
 * `imageFileName`) and stores it where the post's pictures go (see
 * `imageTargetFor`: the blog's images folder, or `images/` beside a draft
 * outside the blog) without overwriting anything. Anything refused throws a
 * `ServiceError` naming the picture and the reason, and nothing is written.
 */
export async function addImage(post: string, blog: string | null, source: ImageSource): Promise<AddedImage> {
  const { name, bytes } = await readSource(source);
  const image = await checkedImage(name, bytes);
  const target = await imageTargetFor(post, blog);
  const fileName = imageFileName(name, image.type, parsePostFileName(basename(post)).slug);
  await prepareFolder(target);
  const stored = await storeWithoutOverwriting(target.folder, fileName, image.bytes);
  const storedName = basename(stored.file);
  return { file: stored.file, link: target.link(storedName), alt: altTextOf(name, storedName), reused: stored.reused };
}
