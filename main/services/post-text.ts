import { createHash } from 'node:crypto';
import type { LineEnding } from '../../shared/post';

/** A post file's bytes decoded for the editor, with what is needed to write them back the same way. */
export interface DecodedPostText {
  /** The text without BOM and with `\n` line endings. */
  readonly text: string;
  readonly lineEnding: LineEnding;
  readonly hasByteOrderMark: boolean;
}

const byteOrderMark = '\uFEFF';
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a post file as UTF-8. Throws a `TypeError` naming the byte offset
 * when the bytes are not valid UTF-8, so a Latin-1 or binary file is never
 * shown (and later saved) with replacement characters.
 */
export function decodePostBytes(bytes: Uint8Array): DecodedPostText {
  let decoded: string;
  try {
    decoded = strictUtf8.decode(bytes);
  } catch {
    throw new TypeError(`not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)})`);
  }
  if (decoded.includes('\0')) {
    throw new TypeError(`looks binary (a NUL byte at offset ${bytes.indexOf(0)})`);
  }
  const hasByteOrderMark = decoded.startsWith(byteOrderMark);
  const withoutMark = hasByteOrderMark ? decoded.slice(1) : decoded;
  const crlfCount = withoutMark.split('\r\n').length - 1;
  const lfCount = withoutMark.split('\n').length - 1;
  const lineEnding: LineEnding = crlfCount > 0 && crlfCount * 2 >= lfCount ? 'crlf' : 'lf';
  return { text: withoutMark.replace(/\r\n/g, '\n'), lineEnding, hasByteOrderMark };
}

/** Turns editor text back into file bytes with the file's own line endings and BOM. */
export function encodePostText(text: string, format: Omit<DecodedPostText, 'text'>): Buffer {
  const withEndings = format.lineEnding === 'crlf' ? text.replace(/\r?\n/g, '\r\n') : text;
  return Buffer.from((format.hasByteOrderMark ? byteOrderMark : '') + withEndings, 'utf8');
}

/**
 * True when two editor texts are the same post: CodeMirror turns a lone `\r`
 * into a line break, which must not count as an edit.
 */
export function sameEditorText(left: string, right: string): boolean {
  return left === right || left.replace(/\r\n?/g, '\n') === right.replace(/\r\n?/g, '\n');
}

/** The version token of a file's exact bytes. */
export function versionOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

/** Where strict decoding failed, found by walking UTF-8 sequences (the decoder does not say). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) {
      return offset;
    }
    try {
      strictUtf8.decode(bytes.subarray(offset, offset + length));
    } catch {
      return offset;
    }
    offset += length;
  }
  return bytes.length;
}
