import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readForm } from '../../../renderer/src/form/form-model';
import { brokenFences } from '../../../shared/front-matter/broken-fences';

const context = { path: '/blog/_drafts/x.md', kind: 'draft' as const, now: new Date(2026, 0, 2, 3, 4), permalinkPattern: null };

void describe('front matter whose fences an edit broke', () => {
  void test('text typed onto the opening fence, or the fence deleted, is broken on line 1', () => {
    assert.equal(brokenFences('Hello---\nlayout: post\ntitle: T\n---\nBody\n')?.line, 1);
    assert.equal(brokenFences('---Hello\nlayout: post\n---\n')?.line, 1);
    assert.match(brokenFences('layout: post\ntitle: T\ntags:\n  - a\n---\n\nBody\n')?.message ?? '', /opening "---" line is missing .*line 5/);
  });

  void test('a plain body is not broken', () => {
    for (const text of ['', 'Just a body.\n', '----\nA rule first.\n', 'Note: this is prose.\nMore prose.\n---\n', 'title: T\nBut then prose follows.\n---\n']) {
      assert.equal(brokenFences(text), null, JSON.stringify(text));
    }
  });

  void test('the form says the front matter is broken, with its line, instead of empty fields', () => {
    const reading = readForm('Oops---\nlayout: post\ntitle: Kept\n---\nBody\n', context);
    assert.equal(reading.ok, false);
    assert.match(reading.ok ? '' : reading.message, /^The front matter is broken: line 1: /);
    const unclosed = readForm('---\ntitle: Kept\nBody\n', context);
    assert.match(unclosed.ok ? '' : unclosed.message, /^The front matter is broken: Line 1/);
    assert.equal(readForm('---\ntitle: Kept\n---\nBody\n', context).ok, true);
  });
});
