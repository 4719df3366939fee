import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  decodePostBytes,
  encodePostText,
  sameEditorText,
  UnencodableCharacterError,
  versionOf,
  type BytePosition,
  type DecodedPostText,
  type PostTextFormat,
} from '../../../main/services/posts/post-text';
import { postSets } from '../../harness/temp-folders';

const bom = [0xef, 0xbb, 0xbf];
const utf8 = { encoding: 'utf-8', invalidUtf8At: null } as const;

function bytes(...parts: readonly (string | readonly number[])[]): Buffer {
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));
}

describe('decodePostBytes', () => {
  const cases: readonly (readonly [string, Buffer, DecodedPostText])[] = [
    ['LF', bytes('hello\nworld\n'), { text: 'hello\nworld\n', lineEnding: 'lf', hasByteOrderMark: false, ...utf8 }],
    ['empty file defaults to LF', bytes(''), { text: '', lineEnding: 'lf', hasByteOrderMark: false, ...utf8 }],
    ['no line break defaults to LF', bytes('one line'), { text: 'one line', lineEnding: 'lf', hasByteOrderMark: false, ...utf8 }],
    ['CRLF detected', bytes('a\r\nb\r\n'), { text: 'a\nb\n', lineEnding: 'crlf', hasByteOrderMark: false, ...utf8 }],
    ['BOM kept out of the text', bytes(bom, 'a\nb'), { text: 'a\nb', lineEnding: 'lf', hasByteOrderMark: true, ...utf8 }],
    ['BOM and CRLF', bytes(bom, '---\r\ntitle: x\r\n---\r\n'), { text: '---\ntitle: x\n---\n', lineEnding: 'crlf', hasByteOrderMark: true, ...utf8 }],
    ['BOM alone', bytes(bom), { text: '', lineEnding: 'lf', hasByteOrderMark: true, ...utf8 }],
    ['only the leading BOM is removed', bytes(bom, bom, 'x'), { text: '\uFEFFx', lineEnding: 'lf', hasByteOrderMark: true, ...utf8 }],
    ['a BOM in the middle is text', bytes('a\uFEFFb'), { text: 'a\uFEFFb', lineEnding: 'lf', hasByteOrderMark: false, ...utf8 }],
    ['mixed, mostly CRLF', bytes('a\r\nb\r\nc\n'), { text: 'a\nb\nc\n', lineEnding: 'crlf', hasByteOrderMark: false, ...utf8, mixedLineEndings: 'a\r\nb\r\nc\n' }],
    ['mixed, half CRLF', bytes('a\r\nb\n'), { text: 'a\nb\n', lineEnding: 'crlf', hasByteOrderMark: false, ...utf8, mixedLineEndings: 'a\r\nb\n' }],
    ['mixed, mostly LF', bytes('a\r\nb\nc\n'), { text: 'a\nb\nc\n', lineEnding: 'lf', hasByteOrderMark: false, ...utf8, mixedLineEndings: 'a\r\nb\nc\n' }],
    ['a lone CR is kept', bytes('a\rb\n'), { text: 'a\rb\n', lineEnding: 'lf', hasByteOrderMark: false, ...utf8, mixedLineEndings: 'a\rb\n' }],
    ['multibyte UTF-8', bytes('café ✓ 𝄞\n'), { text: 'café ✓ 𝄞\n', lineEnding: 'lf', hasByteOrderMark: false, ...utf8 }],
  ];
  for (const [name, input, expected] of cases) {
    test(name, () => {
      assert.deepEqual(decodePostBytes(input), expected);
    });
  }

  const latin1Cases: readonly (readonly [string, Buffer, string, DecodedPostText['lineEnding'], boolean, BytePosition])[] = [
    ['Latin-1 é', Buffer.from('caf\xe9', 'latin1'), 'café', 'lf', false, { offset: 3, line: 1, column: 4 }],
    ['Latin-1 é mid-text', Buffer.from('caf\xe9 au lait\n', 'latin1'), 'café au lait\n', 'lf', false, { offset: 3, line: 1, column: 4 }],
    ['0xFF first', bytes([0xff], 'abc'), 'ÿabc', 'lf', false, { offset: 0, line: 1, column: 1 }],
    ['stray continuation byte after a valid é', bytes('é', [0x80]), '\u00c3\u00a9\u0080', 'lf', false, { offset: 2, line: 1, column: 3 }],
    ['truncated sequence at the end', bytes('a', [0xe2, 0x82]), 'a\u00e2\u0082', 'lf', false, { offset: 1, line: 1, column: 2 }],
    ['overlong encoding', bytes('ok', [0xc0, 0xaf]), 'ok\u00c0\u00af', 'lf', false, { offset: 2, line: 1, column: 3 }],
    ['encoded surrogate', bytes([0xed, 0xa0, 0x80]), '\u00ed\u00a0\u0080', 'lf', false, { offset: 0, line: 1, column: 1 }],
    ['beyond U+10FFFF', bytes('x', [0xf4, 0x90, 0x80, 0x80]), 'x\u00f4\u0090\u0080\u0080', 'lf', false, { offset: 1, line: 1, column: 2 }],
    ['after a BOM: the BOM stays out of the text and the column', bytes(bom, 'a', [0xfe]), 'a\u00fe', 'lf', true, { offset: 4, line: 1, column: 2 }],
    ['after a BOM, on line 2', bytes(bom, 'x\n', [0xe9]), 'x\n\u00e9', 'lf', true, { offset: 5, line: 2, column: 1 }],
    ['on a later line of a CRLF file', bytes('ab\ncd\r\nxy', [0xe9], 'z\r\n'), 'ab\ncd\nxy\u00e9z\n', 'crlf', false, { offset: 9, line: 3, column: 3 }],
    ['after valid multibyte UTF-8: the column counts bytes, one per Latin-1 character', bytes('✓ ', [0xe9]), '\u00e2\u009c\u0093 \u00e9', 'lf', false, { offset: 4, line: 1, column: 5 }],
    ['0x80–0x9F are U+0080–U+009F (ISO-8859-1, not windows-1252)', bytes([0x80, 0x9f]), '\u0080\u009f', 'lf', false, { offset: 0, line: 1, column: 1 }],
    ['a PNG header without its NUL bytes', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), '\u0089PNG\n\u001a\n', 'crlf', false, { offset: 0, line: 1, column: 1 }],
  ];
  for (const [name, input, text, lineEnding, hasByteOrderMark, invalidUtf8At] of latin1Cases) {
    test(`not UTF-8, decoded as Latin-1: ${name}`, () => {
      const decoded = decodePostBytes(input);
      assert.deepEqual({ ...decoded, mixedLineEndings: undefined }, { text, lineEnding, hasByteOrderMark, encoding: 'latin1', invalidUtf8At, mixedLineEndings: undefined });
    });
  }

  const binaries: readonly (readonly [string, Buffer, string])[] = [
    ['NUL', bytes('ab\0c'), 'looks binary (a NUL byte at offset 2, line 1, column 3)'],
    ['NUL first', bytes('\0'), 'looks binary (a NUL byte at offset 0, line 1, column 1)'],
    ['NUL after multibyte text: the offset and column count bytes', bytes('é✓\0'), 'looks binary (a NUL byte at offset 5, line 1, column 6)'],
    ['NUL after a BOM: the offset counts bytes, the column does not count the BOM', bytes(bom, 'a\0'), 'looks binary (a NUL byte at offset 4, line 1, column 2)'],
    ['NUL on a later line', bytes('a\r\nb\0'), 'looks binary (a NUL byte at offset 4, line 2, column 2)'],
    ['NUL in a file that is not UTF-8 either', Buffer.from('caf\xe9\n\0', 'latin1'), 'looks binary (a NUL byte at offset 5, line 2, column 1)'],
    ['UTF-16LE', bytes([0xff, 0xfe, 0x61, 0x00]), 'looks binary (a NUL byte at offset 3, line 1, column 4)'],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d], 'IHDR'), 'looks binary (a NUL byte at offset 8, line 3, column 1)'],
  ];
  for (const [name, input, message] of binaries) {
    test(`refuses binary: ${name}`, () => {
      assert.throws(() => decodePostBytes(input), (error: unknown) => error instanceof TypeError && error.name === 'BinaryFileError' && error.message === message);
    });
  }

  test('any bytes without NUL decode; bytes that are not UTF-8 become one character per byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), (raw) => {
        const input = Buffer.from(raw.map((byte) => (byte === 0 ? 0x20 : byte)));
        const decoded = decodePostBytes(input);
        if (decoded.encoding === 'utf-8') {
          assert.equal(decoded.invalidUtf8At, null);
          assert.equal(Buffer.from(input).toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'), decoded.text);
        } else {
          assert.notEqual(decoded.invalidUtf8At, null);
          assert.equal(decoded.text, input.toString('latin1').slice(decoded.hasByteOrderMark ? 3 : 0).replace(/\r\n/g, '\n'));
          assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(input.subarray(0, (decoded.invalidUtf8At?.offset ?? 0) + 4)));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('encodePostText', () => {
  const cases: readonly (readonly [string, string, PostTextFormat, Buffer])[] = [
    ['LF', 'a\nb\n', { lineEnding: 'lf', hasByteOrderMark: false, encoding: 'utf-8' }, bytes('a\nb\n')],
    ['CRLF restored', 'a\nb\n', { lineEnding: 'crlf', hasByteOrderMark: false, encoding: 'utf-8' }, bytes('a\r\nb\r\n')],
    ['CRLF not doubled', 'a\r\nb\n', { lineEnding: 'crlf', hasByteOrderMark: false, encoding: 'utf-8' }, bytes('a\r\nb\r\n')],
    ['a lone CR stays', 'a\rb\n', { lineEnding: 'crlf', hasByteOrderMark: false, encoding: 'utf-8' }, bytes('a\rb\r\n')],
    ['BOM restored', 'a\n', { lineEnding: 'lf', hasByteOrderMark: true, encoding: 'utf-8' }, bytes(bom, 'a\n')],
    ['BOM and CRLF', 'é\n', { lineEnding: 'crlf', hasByteOrderMark: true, encoding: 'utf-8' }, bytes(bom, 'é\r\n')],
    ['empty', '', { lineEnding: 'lf', hasByteOrderMark: false, encoding: 'utf-8' }, bytes('')],
    ['Latin-1', 'café\n', { lineEnding: 'lf', hasByteOrderMark: false, encoding: 'latin1' }, Buffer.from('caf\xe9\n', 'latin1')],
    ['Latin-1 CRLF', 'é\nü', { lineEnding: 'crlf', hasByteOrderMark: false, encoding: 'latin1' }, bytes([0xe9, 0x0d, 0x0a, 0xfc])],
    ['Latin-1 with the BOM bytes', 'a', { lineEnding: 'lf', hasByteOrderMark: true, encoding: 'latin1' }, bytes(bom, 'a')],
    ['Latin-1 U+0080–U+009F and U+00FF', '\u0080\u009f\u00ff', { lineEnding: 'lf', hasByteOrderMark: false, encoding: 'latin1' }, bytes([0x80, 0x9f, 0xff])],
    ['Latin-1 empty', '', { lineEnding: 'lf', hasByteOrderMark: false, encoding: 'latin1' }, bytes('')],
  ];
  for (const [name, text, format, expected] of cases) {
    test(name, () => {
      assert.deepEqual(encodePostText(text, format), expected);
    });
  }

  const roundTrips: readonly (readonly [string, Buffer])[] = [
    ['LF', bytes('---\ntitle: x\n---\nbody\n')],
    ['CRLF', bytes('---\r\ntitle: x\r\n---\r\nbody\r\n')],
    ['BOM + CRLF', bytes(bom, '---\r\ntitle: "é"\r\n---\r\n\r\nbody')],
    ['BOM + LF', bytes(bom, 'x\n')],
    ['empty', bytes('')],
    ['no final newline', bytes('a\r\nb')],
    ['Latin-1 LF', Buffer.from('---\ntitle: "caf\xe9"\n---\nna\xefve\n', 'latin1')],
    ['Latin-1 CRLF', Buffer.from('---\r\ntitle: "caf\xe9"\r\n---\r\n\r\nbody\xa0\r\n', 'latin1')],
    ['Latin-1 with the BOM bytes', bytes(bom, [0xe9], '\r\n')],
    ['Latin-1 with a lone CR', bytes('a\rb', [0xe9], '\n')],
    ['every byte but NUL', bytes(Array.from({ length: 255 }, (_, index) => index + 1))],
  ];
  for (const [name, input] of roundTrips) {
    test(`round trip is byte-identical: ${name}`, () => {
      const decoded = decodePostBytes(input);
      assert.deepEqual(encodePostText(decoded.text, decoded), input);
    });
  }

  test('round trip is byte-identical: any Latin-1 file with consistent line endings, with or without BOM bytes', () => {
    // Consistent: every line break LF, or every one CRLF (a mixed file is normalised on save, as for UTF-8).
    const latin1File = fc
      .record({
        raw: fc.uint8Array({ maxLength: 300 }),
        badAt: fc.nat(),
        badByte: fc.constantFrom(0x80, 0xa0, 0xc0, 0xe9, 0xff),
        crlf: fc.boolean(),
        withBom: fc.boolean(),
      })
      .map(({ raw, badAt, badByte, crlf, withBom }) => {
        const content = [...raw].filter((byte) => byte !== 0 && byte !== 0x0d);
        content.splice(badAt % (content.length + 1), 0, badByte);
        const withEndings = crlf ? content.flatMap((byte) => (byte === 0x0a ? [0x0d, 0x0a] : [byte])) : content;
        return Buffer.from(withBom ? [...bom, ...withEndings] : withEndings);
      })
      .filter((input) => decodePostBytes(input).encoding === 'latin1');
    fc.assert(
      fc.property(latin1File, (input) => {
        const decoded = decodePostBytes(input);
        assert.deepEqual(encodePostText(decoded.text, decoded), input);
      }),
      { numRuns: 500 },
    );
  });

  const unencodable: readonly (readonly [string, string, PostTextFormat, string, number, number])[] = [
    ['ł on line 12', `${'line\n'.repeat(11)}abcł and more\n`, { lineEnding: 'lf', hasByteOrderMark: false, encoding: 'latin1' }, 'ł', 12, 4],
    ['€ (windows-1252 has it, Latin-1 does not)', '€5', { lineEnding: 'lf', hasByteOrderMark: false, encoding: 'latin1' }, '€', 1, 1],
    ['the first of several', 'é\nü ł €\n', { lineEnding: 'lf', hasByteOrderMark: false, encoding: 'latin1' }, 'ł', 2, 3],
    ['a character outside the BMP is one character', 'ab\ncd😀', { lineEnding: 'lf', hasByteOrderMark: false, encoding: 'latin1' }, '😀', 2, 3],
    ['a lone surrogate', 'x\ud800', { lineEnding: 'lf', hasByteOrderMark: false, encoding: 'latin1' }, '\ud800', 1, 2],
    ['CRLF file: lines of the editor text', 'a\r\nbł', { lineEnding: 'crlf', hasByteOrderMark: false, encoding: 'latin1' }, 'ł', 2, 2],
    ['BOM bytes do not count', 'ł', { lineEnding: 'lf', hasByteOrderMark: true, encoding: 'latin1' }, 'ł', 1, 1],
    ['a BOM character in the text', 'a\uFEFF', { lineEnding: 'lf', hasByteOrderMark: false, encoding: 'latin1' }, '\uFEFF', 1, 2],
  ];
  for (const [name, text, format, character, line, column] of unencodable) {
    test(`Latin-1 refuses a character above U+00FF: ${name}`, () => {
      assert.throws(() => encodePostText(text, format), (error: unknown) => {
        assert.ok(error instanceof UnencodableCharacterError);
        assert.ok(error instanceof Error);
        assert.equal(error.name, 'UnencodableCharacterError');
        assert.equal(error.message, `line ${line}, column ${column}: '${character}' cannot be saved in this Latin-1 file`);
        assert.deepEqual([error.character, error.line, error.column], [character, line, column]);
        return true;
      });
    });
  }

  test('the message reads as the user sees it', () => {
    assert.throws(() => encodePostText(`${'x\n'.repeat(11)}abcł`, { lineEnding: 'lf', hasByteOrderMark: false, encoding: 'latin1' }), {
      message: "line 12, column 4: 'ł' cannot be saved in this Latin-1 file",
    });
  });

  test('UTF-8 files take any character', () => {
    assert.deepEqual(encodePostText('ł€😀', { lineEnding: 'lf', hasByteOrderMark: false, encoding: 'utf-8' }), bytes('ł€😀'));
  });

  for (const set of postSets) {
    test(`round trip is byte-identical: every post of the ${set.label}`, { skip: set.skip }, () => {
      for (const name of set.names) {
        const original = readFileSync(join(set.dir, name));
        const decoded = decodePostBytes(original);
        assert.equal(decoded.lineEnding, 'lf');
        assert.equal(decoded.hasByteOrderMark, false);
        assert.equal(decoded.encoding, 'utf-8');
        assert.equal(decoded.invalidUtf8At, null);
        assert.equal(decoded.text, original.toString('utf8'));
        assert.deepEqual(encodePostText(decoded.text, decoded), original, name);
      }
    });
  }
});

describe('sameEditorText', () => {
  const cases: readonly (readonly [string, string, boolean])[] = [
    ['a', 'a', true],
    ['', '', true],
    ['a\nb', 'a\r\nb', true],
    ['a\rb', 'a\nb', true],
    ['a\r\r\nb', 'a\n\nb', true],
    ['a\n', 'a', false],
    ['a\n\n', 'a\r\n', false],
    ['a b', 'a  b', false],
    ['A', 'a', false],
    ['\uFEFFa', 'a', false],
  ];
  for (const [left, right, expected] of cases) {
    test(`${JSON.stringify(left)} vs ${JSON.stringify(right)} → ${String(expected)}`, () => {
      assert.equal(sameEditorText(left, right), expected);
      assert.equal(sameEditorText(right, left), expected);
    });
  }
});

describe('versionOf', () => {
  test('is the base64url SHA-256 of the bytes', () => {
    assert.equal(versionOf(new Uint8Array()), '47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU');
    assert.equal(versionOf(bytes('abc')), 'ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
    assert.equal(versionOf(new Uint8Array([0x61, 0x62, 0x63])), 'ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
  });

  test('differs when only the BOM or the line endings differ', () => {
    const versions = new Set([bytes('a\nb\n'), bytes('a\r\nb\r\n'), bytes(bom, 'a\nb\n'), bytes('a\nb')].map((input) => versionOf(input)));
    assert.equal(versions.size, 4);
  });
});
