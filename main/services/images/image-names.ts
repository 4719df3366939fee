import { slugify, untitledSlug } from '../../../shared/posts/slug';
import { ServiceError } from '../disk/service-error';
import { imageExtensions, type ImageType } from './image-types';

/** Names browsers and systems give pictures that say nothing of what they show (a pasted `image.png`, `Screenshot 3.png`). */
const meaninglessName = /^(?:image|img|pasted|paste|clipboard|untitled|blob|screenshot|screen-shot|capture|photo|picture|unknown|file)(?:-\d+)*$/;

/** The longest stem a picture's file name gets (before `-2` and the extension). */
const maxStemLength = 60;

/**
 * Why a picture's own file name may not be used to name it, or null when it
 * may: it must be a plain file name (no folder part, no `..`, no NUL or
 * other control character) with one of the picture extensions.
 */
export function imageNameRefusal(name: string): string | null {
  if (name === '' || name.length > 255) {
    return `the picture's name ${JSON.stringify(name.slice(0, 80))} is empty or too long`;
  }
  if (/[/\\]|\p{Cc}/u.test(name) || name === '.' || name === '..' || name.startsWith('..')) {
    return `the picture's name ${JSON.stringify(name)} is not a plain file name: it names a folder or leads out of one`;
  }
  const dot = name.lastIndexOf('.');
  const extension = dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
  if (imageExtensions[extension] === undefined) {
    return `${JSON.stringify(name)} is not a picture Inkpost adds: only .png, .jpg, .jpeg, .gif, .webp, .svg and .avif files are`;
  }
  return null;
}

/** The stem a name gives: lower-case ASCII words joined by `-` (see `slugify`), or null when it says nothing. */
function meaningfulStem(name: string): string | null {
  const dot = name.lastIndexOf('.');
  const stem = slugify(dot <= 0 ? name : name.slice(0, dot));
  if (stem === untitledSlug || meaninglessName.test(stem)) {
    return null;
  }
  return stem.length <= maxStemLength ? stem : stem.slice(0, maxStemLength).replace(/-[^-]*$/, '') || stem.slice(0, maxStemLength);
}

/**
 * The file name a picture gets: its own name's words, lower-case and folded
 * to ASCII (`Café Photo.JPG` → `cafe-photo.jpg`), or the post's slug when its
 * own name says nothing (a pasted `image.png` in `2024-05-01-kite.md` →
 * `kite.png`); the extension is the type's own (`jpg` for JPEG). Throws a
 * `ServiceError` for a name that is not a plain picture file name (see
 * {@link imageNameRefusal}).
 */
export function imageFileName(name: string, type: ImageType, postSlug: string): string {
  const refusal = imageNameRefusal(name);
  if (refusal !== null) {
    throw new ServiceError('invalid-argument', `${refusal}; nothing was written`);
  }
  const stem = meaningfulStem(name) ?? meaningfulStem(postSlug) ?? 'image';
  return `${stem}.${type}`;
}

/** The `n`th name to try for `fileName`: itself, then `x-2.png`, `x-3.png`, … */
export function numberedName(fileName: string, n: number): string {
  if (n <= 1) {
    return fileName;
  }
  const dot = fileName.lastIndexOf('.');
  return `${fileName.slice(0, dot)}-${n}${fileName.slice(dot)}`;
}

/**
 * The alt text a picture's names suggest: its own name's words as written
 * (`Kite over the hill.png` → `Kite over the hill`), or, when its own name
 * says nothing (a pasted `image.png`), the stored name's (`kite-flying.png`
 * → `kite flying`).
 */
export function altTextOf(ownName: string, storedName: string): string {
  const stemOf = (name: string): string => {
    const dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.slice(0, dot);
  };
  const own = stemOf(ownName).replace(/[-_\s]+/g, ' ').replace(/[[\]\\]/g, '').trim();
  if (meaningfulStem(ownName) !== null && own !== '') {
    return own;
  }
  return stemOf(storedName).replace(/-\d+$/, '').replace(/-/g, ' ');
}
