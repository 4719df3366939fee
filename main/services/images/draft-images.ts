import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { imageUrlSpans, rewriteImageUrls } from '../../../shared/blog/image-conventions';
import { isPathInside } from '../disk/folder-scope';
import { ServiceError } from '../disk/service-error';
import { FileExistsError, writeNewFileAtomically } from '../export/write-new-file';
import { parsePostFileName } from '../../../shared/posts/post-file-name';
import { checkedImage, prepareFolder } from './add-image';
import { imageFileName, numberedName } from './image-names';
import { blogImageTarget, inferImageConvention } from './image-folder';
import { maxImageBytes } from './image-types';

/** A picture beside a draft that its export carries into the blog. */
export interface CarriedImage {
  /** The URL as the draft writes it (`images/x.png`). */
  readonly url: string;
  /** The file in the blog it goes to (absolute), and what the exported post writes for it. */
  readonly file: string;
  readonly link: string;
  /** The bytes to write (an SVG sanitised). */
  readonly bytes: Uint8Array;
  /** True when the blog already holds these bytes under that name: nothing to write. */
  readonly present: boolean;
}

/** The draft-relative picture URLs of `text` that name a file inside the draft's folder (`images/x.png`, `./pics/y.gif`), each once. */
function besideDraft(text: string, folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const { url } of imageUrlSpans(text)) {
    const path = url.trim().split(/[?#]/)[0] ?? '';
    if (path === '' || path.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(path) || path.includes('{') || path.includes('\\')) {
      continue;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      continue;
    }
    const file = resolve(folder, ...decoded.split('/'));
    if (isPathInside(folder, file) && !decoded.split('/').includes('..')) {
      files.set(url, file);
    }
  }
  return files;
}

/** The first name for `bytes` in `folder` that is free or already holds them: `x.png`, `x-2.png`, … (nothing is written). */
async function freeName(folder: string, fileName: string, bytes: Uint8Array): Promise<{ file: string; present: boolean }> {
  for (let n = 1; n <= 1000; n++) {
    const file = join(folder, numberedName(fileName, n));
    const info = await stat(file).catch(() => null);
    if (info === null) {
      return { file, present: false };
    }
    if (info.isFile() && info.size === bytes.length && Buffer.from(await readFile(file)).equals(bytes)) {
      return { file, present: true };
    }
  }
  throw new ServiceError('invalid-argument', `${folder} already holds a thousand other pictures named like ${fileName}; nothing was written`);
}

/**
 * The pictures a draft outside the blog shows from beside it (relative
 * paths to files in the draft's folder, `images/x.png` as `addImage` puts
 * them there) and where its export puts each: the blog's images folder for
 * a post dated `date`, in the blog's path style, named as `addImage` names
 * pictures, never over another file (the same bytes are used as they are,
 * others get `-2`, …). Each is checked like a picture added to a post (type
 * by its bytes, size, SVG sanitised). Nothing is written here. A draft
 * inside the blog carries nothing: its pictures are the blog's already.
 */
export async function planDraftImages(draft: string, text: string, blog: string, date: string): Promise<CarriedImage[]> {
  const folder = await realpath(dirname(draft));
  if (isPathInside(await realpath(blog), folder)) {
    return [];
  }
  const sources = besideDraft(text, folder);
  if (sources.size === 0) {
    return [];
  }
  const target = blogImageTarget(blog, await inferImageConvention(blog), date);
  const planned: CarriedImage[] = [];
  for (const [url, source] of sources) {
    const info = await stat(source).catch(() => null);
    if (info === null || !info.isFile()) {
      continue;
    }
    const where = `the draft's picture ${relative(folder, source).split(sep).join('/')}`;
    if (info.size > maxImageBytes) {
      throw new ServiceError('invalid-argument', `${where} is larger than ${maxImageBytes / 1024 / 1024} MB; nothing was written`);
    }
    const image = await checkedImage(basename(source), await readFile(source)).catch((error: unknown) => {
      throw new ServiceError('invalid-argument', `${where}: ${error instanceof Error ? error.message : String(error)}`);
    });
    const name = planned.find((other) => Buffer.from(other.bytes).equals(image.bytes));
    const { file, present } = name !== undefined ? { file: name.file, present: true } : await freeName(target.folder, imageFileName(basename(source), image.type, parsePostFileName(basename(draft)).slug), image.bytes);
    planned.push({ url, file, link: target.link(basename(file)), bytes: image.bytes, present });
  }
  return planned;
}

/** The exported post's text with each carried picture's URL pointing into the blog. */
export function withBlogImageLinks(text: string, images: readonly CarriedImage[]): string {
  const links = new Map(images.map((image) => [image.url, image.link]));
  return rewriteImageUrls(text, (url) => links.get(url) ?? null);
}

/**
 * Writes the carried pictures that the blog does not hold yet, each a new
 * file (`writeNewFileAtomically`), and returns those it wrote. A name taken
 * meanwhile by other bytes stops the export before the post is written.
 */
export async function copyDraftImages(blog: string, images: readonly CarriedImage[]): Promise<string[]> {
  const written: string[] = [];
  for (const image of images.filter((candidate) => !candidate.present)) {
    if (written.includes(image.file)) {
      continue;
    }
    await prepareFolder({ folder: dirname(image.file), root: blog });
    try {
      await writeNewFileAtomically(image.file, image.bytes);
      written.push(image.file);
    } catch (error) {
      const same = error instanceof FileExistsError && Buffer.from(await readFile(image.file)).equals(image.bytes);
      if (!same) {
        throw new ServiceError('internal', `${image.file} appeared while the draft was exported; the post was not written`, { cause: error });
      }
    }
  }
  return written;
}
