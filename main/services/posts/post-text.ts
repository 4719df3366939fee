import { createHash } from 'node:crypto';
import type { LineEnding, TextEncoding } from '../../../shared/post';
import { hasMixedLineEndings, restoreLineEndings } from '../../../shared/posts/line-endings';

/** Where a byte sits in a file: its offset, and its 1-based line and column. */
export interface BytePosition {
  /** 0-based offset in the file's bytes, byte order mark included. */
  readonly offset: number;
  /** 1-based: one more than the LF bytes before the offset. */
  readonly line: number;
  /**
   * 1-based, counted in bytes from the start of the line; a byte order mark
   * does not count. In a Latin-1 file one byte is one character, so this is
   * the column the editor shows.
   */
  readonly column: number;
}

/** A post file's bytes decoded for the editor, with what is needed to write them back the same way. */
export interface DecodedPostText {
  /** The text without BOM and with `\n` line endings. */
  readonly text: string;
  readonly lineEnding: LineEnding;
  /** Whether the file starts with the bytes EF BB BF (kept out of `text`, restored on save). */
  readonly hasByteOrderMark: boolean;
  /** `utf-8`, or `latin1` when the bytes are not valid UTF-8 (every byte is then one character, U+0000–U+00FF). */
  readonly encoding: TextEncoding;
  /** For a `latin1` file, where the first byte that is not UTF-8 is; null for `utf-8`. */
  readonly invalidUtf8At: BytePosition | null;
  /**
   * When the file mixes line endings (CRLF beside LF, or any lone CR): its
   * text with the endings as on disk, so a save can give each untouched line
   * its own ending back (see `restoreLineEndings`). Absent when one ending
   * is used throughout.
   */
  readonly mixedLineEndings?: string | null;
}

/** What {@link encodePostText} needs to write text back the way the file was. */
export type PostTextFormat = Pick<DecodedPostText, 'lineEnding' | 'hasByteOrderMark' | 'encoding' | 'mixedLineEndings'>;

/** Thrown by {@link encodePostText} for a character the file's encoding cannot hold. */
export class UnencodableCharacterError extends Error {
  override readonly name = 'UnencodableCharacterError';

  constructor(
    /** The character, as one code point. */
    readonly character: string,
    /** 1-based line of the editor text. */
    readonly line: number,
    /** 1-based column in that line. */
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: '${character}' cannot be saved in this Latin-1 file`);
  }
}

const byteOrderMark = '\uFEFF';
const byteOrderMarkBytes = Buffer.from([0xef, 0xbb, 0xbf]);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a post file. Valid UTF-8 decodes as UTF-8. Other bytes decode as
 * Latin-1 (ISO-8859-1), which maps every byte to one character and back, so
 * the file opens without replacement characters and saves without losing a
 * byte; `invalidUtf8At` says where the first non-UTF-8 byte is. A file holding
 * a NUL byte is binary, not a post: that throws a `TypeError` naming the NUL's
 * offset, line and column.
 *
 * In both encodings a leading EF BB BF is kept out of the text
 * (`hasByteOrderMark`) and the line ending is the file's dominant one.
 */
export function decodePostBytes(bytes: Uint8Array): DecodedPostText {
  const hasByteOrderMark = startsWithByteOrderMark(bytes);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const at = positionOf(bytes, nul, hasByteOrderMark);
    throw new BinaryFileError(at);
  }
  let decoded: string;
  let encoding: TextEncoding = 'utf-8';
  let invalidUtf8At: BytePosition | null = null;
  try {
    decoded = strictUtf8.decode(bytes);
  } catch {
    encoding = 'latin1';
    invalidUtf8At = positionOf(bytes, firstInvalidUtf8Offset(bytes), hasByteOrderMark);
    decoded = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  }
  // In UTF-8 the mark is one character; in Latin-1 it is three ("ï»¿").
  const withoutMark = hasByteOrderMark ? decoded.slice(encoding === 'utf-8' ? byteOrderMark.length : byteOrderMarkBytes.length) : decoded;
  const crlfCount = countOccurrences(withoutMark, '\r\n');
  const lineEnding: LineEnding = crlfCount > 0 && crlfCount * 2 >= countOccurrences(withoutMark, '\n') ? 'crlf' : 'lf';
  const text = crlfCount > 0 ? withoutMark.replace(/\r\n/g, '\n') : withoutMark;
  const uniform: DecodedPostText = { text, lineEnding, hasByteOrderMark, encoding, invalidUtf8At };
  return hasMixedLineEndings(withoutMark) ? { ...uniform, mixedLineEndings: withoutMark } : uniform;
}

/** How often `needle` occurs in `text`, without building the pieces `split` would. */
function countOccurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    count += 1;
  }
  return count;
}

/** A file with a NUL byte: not a text file, so not a post. `position` is where the first NUL is. */
export class BinaryFileError extends TypeError {
  readonly position: BytePosition;

  constructor(position: BytePosition) {
    super(`looks binary (a NUL byte at offset ${position.offset}, line ${position.line}, column ${position.column})`);
    this.name = 'BinaryFileError';
    this.position = position;
  }
}

/**
 * Turns editor text back into file bytes with the file's own encoding, line
 * endings and BOM. In a file of mixed line endings every line the edit left
 * untouched keeps its own ending byte for byte; edited and new lines take the
 * file's usual one. For a Latin-1 file, a character above U+00FF has no byte:
 * that throws an {@link UnencodableCharacterError} naming the first such
 * character's line and column in `text`, rather than write something else.
 */
export function encodePostText(text: string, format: PostTextFormat): Buffer {
  const mixed = format.mixedLineEndings ?? null;
  const withEndings = mixed !== null ? restoreLineEndings(text, mixed) : format.lineEnding === 'crlf' ? text.replace(/\r?\n/g, '\r\n') : text;
  if (format.encoding === 'utf-8') {
    return Buffer.from((format.hasByteOrderMark ? byteOrderMark : '') + withEndings, 'utf8');
  }
  const unencodable = /[\u0100-\u{10ffff}]/u.exec(text);
  if (unencodable !== null) {
    const lineStart = text.lastIndexOf('\n', unencodable.index) + 1;
    const line = countLineFeeds(text, unencodable.index) + 1;
    // Everything before the first unencodable character is one UTF-16 unit per character.
    throw new UnencodableCharacterError(unencodable[0], line, unencodable.index - lineStart + 1);
  }
  const body = Buffer.from(withEndings, 'latin1');
  return format.hasByteOrderMark ? Buffer.concat([byteOrderMarkBytes, body]) : body;
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

function startsWithByteOrderMark(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** The line and column of the byte at `offset` (see {@link BytePosition}). */
function positionOf(bytes: Uint8Array, offset: number, hasByteOrderMark: boolean): BytePosition {
  let line = 1;
  let lineStart = hasByteOrderMark ? byteOrderMarkBytes.length : 0;
  for (let index = bytes.indexOf(0x0a); index !== -1 && index < offset; index = bytes.indexOf(0x0a, index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { offset, line, column: offset - lineStart + 1 };
}

function countLineFeeds(text: string, end: number): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) {
    count += 1;
  }
  return count;
}

/**
 * Where strict decoding failed: the offset of the first byte that does not
 * start a well-formed UTF-8 sequence (Unicode table 3-7: no overlong forms,
 * no surrogates, nothing above U+10FFFF, no truncated sequence).
 */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset] ?? 0;
    if (lead < 0x80) {
      offset += 1;
      continue;
    }
    let length: number;
    // The allowed range of the second byte depends on the lead; later bytes are always 80–BF.
    let secondLow = 0x80;
    let secondHigh = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) {
        secondLow = 0xa0;
      } else if (lead === 0xed) {
        secondHigh = 0x9f;
      }
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) {
        secondLow = 0x90;
      } else if (lead === 0xf4) {
        secondHigh = 0x8f;
      }
    } else {
      return offset;
    }
    const second = bytes[offset + 1];
    if (second === undefined || second < secondLow || second > secondHigh) {
      return offset;
    }
    for (let index = offset + 2; index < offset + length; index += 1) {
      const next = bytes[index];
      if (next === undefined || next < 0x80 || next > 0xbf) {
        return offset;
      }
    }
    offset += length;
  }
  return bytes.length;
}
