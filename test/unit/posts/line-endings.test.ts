import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { dispatchCall } from '../../../main/services/bridge/call-dispatcher';
import { decodePostBytes, encodePostText } from '../../../main/services/posts/post-text';
import { hasMixedLineEndings, restoreLineEndings } from '../../../shared/posts/line-endings';
import { projectRoot } from '../../harness/paths';
import { withTempFolder } from '../../harness/temp-folders';
import { makeTestHost } from '../../harness/test-host';

/** What CodeMirror does to a file's text: every CRLF, LF and lone CR becomes `\n`. */
function asEditorText(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\n');
}

/** Replaces line `index` (0-based, breaks as the file has them) of `text` by `line`, keeping every break. */
function replaceLine(text: string, index: number, line: string): string {
  const parts = text.split(/(\r\n|\r|\n)/);
  parts[index * 2] = line;
  return parts.join('');
}

const breakArb = fc.constantFrom('\r\n', '\n', '\r');
const contentArb = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '-', ':', 'é', '#'), maxLength: 6 });
/** A file of lines, each with its own break, the last with none (possibly empty, so the file may end with a break). */
const fileArb = fc
  .tuple(fc.array(fc.tuple(contentArb, breakArb), { maxLength: 12 }), contentArb)
  .map(([lines, last]) => ({ lineCount: lines.length + 1, text: lines.map(([content, lineBreak]) => content + lineBreak).join('') + last }))
  // A lone CR before an empty line's LF reads as one CRLF: not the file generated.
  .filter(({ lineCount, text }) => text.split(/\r\n|\r|\n/).length === lineCount)
  .map(({ text }) => text);

void describe('mixed line endings survive an edit', () => {
  void test('property: editing one line changes only that line\'s content; every break stays byte for byte', () => {
    fc.assert(
      fc.property(fileArb, fc.nat(), contentArb, (original, pick, content) => {
        const lineCount = original.split(/\r\n|\r|\n/).length;
        const index = pick % lineCount;
        const expected = replaceLine(original, index, content);
        // Emptying the line between a lone CR and an LF would make them one CRLF: a different file, not an edit.
        fc.pre(expected.split(/\r\n|\r|\n/).length === lineCount);
        const edited = asEditorText(expected);
        assert.equal(restoreLineEndings(edited, original), expected);
        // And as a save writes it: decoded from the file's bytes, encoded back.
        const decoded = decodePostBytes(Buffer.from(original, 'utf8'));
        assert.deepEqual(encodePostText(edited, decoded), Buffer.from(expected, 'utf8'));
      }),
      { numRuns: 2000 },
    );
  });

  void test('a new line takes the file\'s usual break; a removed line takes its own with it', () => {
    const original = 'a\r\nb\r\nc\nd\re';
    assert.equal(restoreLineEndings('a\nb\nnew\nc\nd\ne', original), 'a\r\nb\r\nnew\r\nc\nd\re');
    assert.equal(restoreLineEndings('a\nB\nc\nd\ne', original), 'a\r\nB\r\nc\nd\re');
    assert.equal(restoreLineEndings('a\nc\nd\ne', original), 'a\r\nc\nd\re');
    assert.equal(hasMixedLineEndings(original), true);
    assert.equal(hasMixedLineEndings('a\r\nb\r\n'), false);
    assert.equal(hasMixedLineEndings('a\nb\n'), false);
    assert.equal(hasMixedLineEndings('a\rb'), true);
  });

  void test('savePost through the bridge: a one-line edit of a mixed file keeps every other line\'s ending', async () => {
    await withTempFolder('mixed-save', async (folder) => {
      const path = join(folder, '2020-01-01-mixed.md');
      const original = '---\r\ntitle: Mixed\r\ntags: [a]\n---\nFirst line\r\nsecond\nthird\rlast\n';
      await writeFile(path, original);
      const session = makeTestHost({ postsDir: folder, blogDir: null });
      try {
        const read = await dispatchCall(session.table, 'readPost', [path]);
        assert.ok(read.ok);
        const document = read.value as { text: string; version: string };
        const edited = asEditorText(document.text).replace('second', 'second, edited');
        const saved = await dispatchCall(session.table, 'savePost', [{ path, text: edited, baseVersion: document.version }]);
        assert.ok(saved.ok);
        assert.equal(await readFile(path, 'utf8'), original.replace('second', 'second, edited'));
      } finally {
        session.close();
      }
    });
  });

  void test('inkpost set changes one field of a mixed file; every other line keeps its ending', async () => {
    await withTempFolder('mixed-set', async (folder) => {
      await mkdir(join(folder, '_posts'));
      const path = join(folder, '_posts', '2020-01-01-mixed.md');
      const original = '---\r\ntitle: Old\r\nlayout: post\n---\nBody one\r\nBody two\n';
      await writeFile(path, original);
      const run = spawnSync(process.execPath, [join(projectRoot, 'bin', 'inkpost.js'), 'set', path, '--title', 'New'], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(await readFile(path, 'utf8'), '---\r\ntitle: New\r\nlayout: post\n---\nBody one\r\nBody two\n');
    });
  });
});
