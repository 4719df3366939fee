/** The picture types Inkpost writes, by the extension it gives them. */
export type ImageType = 'png' | 'jpg' | 'gif' | 'webp' | 'svg' | 'avif';

/** The largest picture Inkpost copies into a blog: 20 MiB. */
export const maxImageBytes = 20 * 1024 * 1024;

/** The extensions a picture's name may have, and the type each stands for. */
export const imageExtensions: Readonly<Record<string, ImageType>> = {
  png: 'png',
  jpg: 'jpg',
  jpeg: 'jpg',
  gif: 'gif',
  webp: 'webp',
  svg: 'svg',
  avif: 'avif',
};

/** How each type is named in a message. */
export const imageTypeNames: Readonly<Record<ImageType, string>> = {
  png: 'a PNG image',
  jpg: 'a JPEG image',
  gif: 'a GIF image',
  webp: 'a WebP image',
  svg: 'an SVG image',
  avif: 'an AVIF image',
};

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return bytes.length >= at + signature.length && signature.every((byte, index) => bytes[at + index] === byte);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

/** True for an ISO media file (`ftyp` box first) whose major or compatible brands name AVIF. */
function isAvif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') {
    return false;
  }
  const boxSize = Math.min(((bytes[0] ?? 0) << 24 | (bytes[1] ?? 0) << 16 | (bytes[2] ?? 0) << 8 | (bytes[3] ?? 0)) >>> 0, bytes.length, 4096);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= boxSize; at += 4) {
    brands.push(ascii(bytes, at, at + 4));
  }
  return brands.includes('avif') || brands.includes('avis');
}

/**
 * True when the bytes read as UTF-8 text whose first element is `<svg`:
 * after an optional BOM, XML declaration, comments, processing instructions
 * and a doctype. The sanitiser then parses it for real.
 */
function looksLikeSvg(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 4096));
  } catch {
    // Cut in the middle of a character at 4096 bytes is fine; any other invalid byte is not text.
    if (bytes.length <= 4096) {
      return false;
    }
    text = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  }
  const rest = text.replace(/^\uFEFF/, '').replace(/^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/i, '');
  return /^<svg[\s>/]/.test(rest);
}

/**
 * What the bytes are, by their content and never by a name: PNG, JPEG, GIF,
 * WebP and AVIF by their signatures, SVG as text whose first element is
 * `<svg`. Null for anything else.
 */
export function detectImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return 'png';
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    return 'jpg';
  }
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a')) {
    return 'gif';
  }
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') {
    return 'webp';
  }
  if (isAvif(bytes)) {
    return 'avif';
  }
  return looksLikeSvg(bytes) ? 'svg' : null;
}
