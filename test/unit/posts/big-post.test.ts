// A 10 MB post goes through the same code as any other: decoded, encoded back byte-identical, and
// written atomically. Nothing here is timed; bench/ measures speed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from '../../../main/services/disk/atomic-write';
import { decodePostBytes, encodePostText, type PostTextFormat } from '../../../main/services/posts/post-text';
import { generatePost } from '../../harness/generated-posts';
import { withTempFolder } from '../../harness/temp-folders';

const size = 10 * 1024 * 1024;
const text = generatePost('A very long post', size);
/** The same post with every character Latin-1 cannot hold replaced by `?`. */
const latin1Text = Array.from(text, (character) => (character.codePointAt(0)! > 0xff ? '?' : character)).join('');

describe('a 10 MB post', () => {
  const variants: readonly (readonly [string, Buffer, PostTextFormat, string])[] = [
    ['UTF-8, LF', Buffer.from(text, 'utf8'), { encoding: 'utf-8', lineEnding: 'lf', hasByteOrderMark: false }, text],
    ['UTF-8 with BOM, CRLF', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')]), { encoding: 'utf-8', lineEnding: 'crlf', hasByteOrderMark: true }, text],
    // Its first non-ASCII character (è of "crème", 0xE8 in Latin-1) is followed by ASCII: never valid UTF-8.
    ['Latin-1', Buffer.from(latin1Text, 'latin1'), { encoding: 'latin1', lineEnding: 'lf', hasByteOrderMark: false }, latin1Text],
  ];
  for (const [name, bytes, expected, expectedText] of variants) {
    test(`${name}: decodes and encodes back byte-identical`, () => {
      assert.ok(bytes.length >= 10_000_000, `${bytes.length} bytes`);
      const decoded = decodePostBytes(bytes);
      assert.deepEqual({ encoding: decoded.encoding, lineEnding: decoded.lineEnding, hasByteOrderMark: decoded.hasByteOrderMark }, expected);
      assert.equal(decoded.text, expectedText);
      if (decoded.encoding === 'latin1') {
        const offset = bytes.findIndex((byte) => byte >= 0x80);
        assert.equal(decoded.invalidUtf8At?.offset, offset);
        assert.equal(decoded.invalidUtf8At?.line, bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1);
      } else {
        assert.equal(decoded.invalidUtf8At, null);
      }
      assert.ok(encodePostText(decoded.text, decoded).equals(bytes));
    });
  }

  test('a bad byte near the end of 10 MB of UTF-8 is found and located', () => {
    const bytes = Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from('last line caf\xe9\n', 'latin1')]);
    const decoded = decodePostBytes(bytes);
    assert.equal(decoded.encoding, 'latin1');
    assert.deepEqual(decoded.invalidUtf8At, {
      offset: bytes.length - 2,
      line: text.split('\n').length,
      column: 'last line caf'.length + 1,
    });
    assert.ok(encodePostText(decoded.text, decoded).equals(bytes));
  });

  test('an edit near the end encodes to the edited bytes', () => {
    const bytes = Buffer.from(text, 'utf8');
    const decoded = decodePostBytes(bytes);
    const edited = `${decoded.text}\nOne more paragraph.\n`;
    assert.ok(encodePostText(edited, decoded).equals(Buffer.concat([bytes, Buffer.from('\nOne more paragraph.\n')])));
  });

  test('writeFileAtomically writes it, replacing a smaller and then a larger file', async () => {
    await withTempFolder('big-post', async (folder) => {
      const path = join(folder, '2024-01-01-a-very-long-post.markdown');
      const bytes = Buffer.from(text, 'utf8');
      await writeFileAtomically(path, 'a short post\n');
      await writeFileAtomically(path, bytes);
      assert.equal((await stat(path)).size, bytes.length);
      assert.ok((await readFile(path)).equals(bytes));
      const twice = Buffer.concat([bytes, bytes]);
      await writeFileAtomically(path, twice);
      assert.ok((await readFile(path)).equals(twice));
      await writeFileAtomically(path, bytes);
      assert.ok((await readFile(path)).equals(bytes));
      assert.deepEqual(await readdir(folder), ['2024-01-01-a-very-long-post.markdown']);
    });
  });
});
