import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePostBytes, encodePostText, sameEditorText, versionOf, type DecodedPostText } from '../../main/services/post-text';
import { fixturePostsDir } from '../harness/paths';
import { fixturePostNames } from '../harness/temp-folders';

const bom = [0xef, 0xbb, 0xbf];

function bytes(...parts: readonly (string | readonly number[])[]): Buffer {
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));
}

describe('decodePostBytes', () => {
  const cases: readonly (readonly [string, Buffer, DecodedPostText])[] = [
    ['LF', bytes('hello\nworld\n'), { text: 'hello\nworld\n', lineEnding: 'lf', hasByteOrderMark: false }],
    ['empty file defaults to LF', bytes(''), { text: '', lineEnding: 'lf', hasByteOrderMark: false }],
    ['no line break defaults to LF', bytes('one line'), { text: 'one line', lineEnding: 'lf', hasByteOrderMark: false }],
    ['CRLF detected', bytes('a\r\nb\r\n'), { text: 'a\nb\n', lineEnding: 'crlf', hasByteOrderMark: false }],
    ['BOM kept out of the text', bytes(bom, 'a\nb'), { text: 'a\nb', lineEnding: 'lf', hasByteOrderMark: true }],
    ['BOM and CRLF', bytes(bom, '---\r\ntitle: x\r\n---\r\n'), { text: '---\ntitle: x\n---\n', lineEnding: 'crlf', hasByteOrderMark: true }],
    ['BOM alone', bytes(bom), { text: '', lineEnding: 'lf', hasByteOrderMark: true }],
    ['only the leading BOM is removed', bytes(bom, bom, 'x'), { text: '\uFEFFx', lineEnding: 'lf', hasByteOrderMark: true }],
    ['a BOM in the middle is text', bytes('a\uFEFFb'), { text: 'a\uFEFFb', lineEnding: 'lf', hasByteOrderMark: false }],
    ['mixed, mostly CRLF', bytes('a\r\nb\r\nc\n'), { text: 'a\nb\nc\n', lineEnding: 'crlf', hasByteOrderMark: false }],
    ['mixed, half CRLF', bytes('a\r\nb\n'), { text: 'a\nb\n', lineEnding: 'crlf', hasByteOrderMark: false }],
    ['mixed, mostly LF', bytes('a\r\nb\nc\n'), { text: 'a\nb\nc\n', lineEnding: 'lf', hasByteOrderMark: false }],
    ['a lone CR is kept', bytes('a\rb\n'), { text: 'a\rb\n', lineEnding: 'lf', hasByteOrderMark: false }],
    ['multibyte UTF-8', bytes('café ✓ 𝄞\n'), { text: 'café ✓ 𝄞\n', lineEnding: 'lf', hasByteOrderMark: false }],
  ];
  for (const [name, input, expected] of cases) {
    test(name, () => {
      assert.deepEqual(decodePostBytes(input), expected);
    });
  }

  const failures: readonly (readonly [string, Buffer, string])[] = [
    ['Latin-1 é', Buffer.from('caf\xe9', 'latin1'), 'not valid UTF-8 (first bad byte at offset 3)'],
    ['Latin-1 é mid-text', Buffer.from('caf\xe9 au lait\n', 'latin1'), 'not valid UTF-8 (first bad byte at offset 3)'],
    ['0xFF first', bytes([0xff], 'abc'), 'not valid UTF-8 (first bad byte at offset 0)'],
    ['stray continuation byte after a valid é', bytes('é', [0x80]), 'not valid UTF-8 (first bad byte at offset 2)'],
    ['truncated sequence at the end', bytes('a', [0xe2, 0x82]), 'not valid UTF-8 (first bad byte at offset 1)'],
    ['overlong encoding', bytes('ok', [0xc0, 0xaf]), 'not valid UTF-8 (first bad byte at offset 2)'],
    ['encoded surrogate', bytes([0xed, 0xa0, 0x80]), 'not valid UTF-8 (first bad byte at offset 0)'],
    ['beyond U+10FFFF', bytes('x', [0xf4, 0x90, 0x80, 0x80]), 'not valid UTF-8 (first bad byte at offset 1)'],
    ['after a BOM', bytes(bom, 'a', [0xfe]), 'not valid UTF-8 (first bad byte at offset 4)'],
    ['UTF-16LE', bytes([0xff, 0xfe, 0x61, 0x00]), 'not valid UTF-8 (first bad byte at offset 0)'],
    ['PNG header', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'not valid UTF-8 (first bad byte at offset 0)'],
    ['NUL', bytes('ab\0c'), 'looks binary (a NUL byte at offset 2)'],
    ['NUL first', bytes('\0'), 'looks binary (a NUL byte at offset 0)'],
    ['NUL after multibyte text: the offset counts bytes', bytes('é✓\0'), 'looks binary (a NUL byte at offset 5)'],
    ['NUL after a BOM: the offset counts bytes', bytes(bom, 'a\0'), 'looks binary (a NUL byte at offset 4)'],
  ];
  for (const [name, input, message] of failures) {
    test(`refuses ${name}`, () => {
      assert.throws(() => decodePostBytes(input), { name: 'TypeError', message });
    });
  }
});

describe('encodePostText', () => {
  const cases: readonly (readonly [string, string, Omit<DecodedPostText, 'text'>, Buffer])[] = [
    ['LF', 'a\nb\n', { lineEnding: 'lf', hasByteOrderMark: false }, bytes('a\nb\n')],
    ['CRLF restored', 'a\nb\n', { lineEnding: 'crlf', hasByteOrderMark: false }, bytes('a\r\nb\r\n')],
    ['CRLF not doubled', 'a\r\nb\n', { lineEnding: 'crlf', hasByteOrderMark: false }, bytes('a\r\nb\r\n')],
    ['a lone CR stays', 'a\rb\n', { lineEnding: 'crlf', hasByteOrderMark: false }, bytes('a\rb\r\n')],
    ['BOM restored', 'a\n', { lineEnding: 'lf', hasByteOrderMark: true }, bytes(bom, 'a\n')],
    ['BOM and CRLF', 'é\n', { lineEnding: 'crlf', hasByteOrderMark: true }, bytes(bom, 'é\r\n')],
    ['empty', '', { lineEnding: 'lf', hasByteOrderMark: false }, bytes('')],
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
  ];
  for (const [name, input] of roundTrips) {
    test(`round trip is byte-identical: ${name}`, () => {
      const decoded = decodePostBytes(input);
      assert.deepEqual(encodePostText(decoded.text, decoded), input);
    });
  }

  for (const name of fixturePostNames) {
    test(`round trip is byte-identical: fixture ${name}`, () => {
      const original = readFileSync(join(fixturePostsDir, name));
      const decoded = decodePostBytes(original);
      assert.equal(decoded.lineEnding, 'lf');
      assert.equal(decoded.hasByteOrderMark, false);
      assert.equal(decoded.text, original.toString('utf8'));
      assert.deepEqual(encodePostText(decoded.text, decoded), original);
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
