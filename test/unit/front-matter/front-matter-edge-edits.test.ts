// Front matter edits on the edit fixtures (test/fixtures/edit-blog), byte for byte: cases the
// real-blog and adversarial runs found mangled or refused.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editFrontMatter } from '../../../shared/front-matter/edit-front-matter';
import { parsePost } from '../../../shared/front-matter/parse-post';
import { testFixturesDir } from '../../harness/paths';

function editPost(name: string): string {
  return readFileSync(join(testFixturesDir, 'edit-blog', '_posts', name), 'utf8');
}

describe('editFrontMatter: a field written with an explicit key (`? title` then `: value`)', () => {
  const post = editPost('2021-01-01-explicit-key.md');
  test('a new key goes at the mapping\'s column, not at the explicit key\'s text', () => {
    assert.equal(editFrontMatter(post, { time: '09:30' }), post.replace('tags: [yaml, keys]\n', 'tags: [yaml, keys]\ntime: "09:30"\n'));
  });
  test('removing it takes the `?` line and the `:` line', () => {
    assert.equal(editFrontMatter(post, { title: undefined }), post.replace('? title\n: A title given as an explicit key\n', ''));
  });
});

describe('editFrontMatter: a keep-chomped block scalar (`|+`, `>+`) owns the blank lines after it', () => {
  test('a new key goes after its blank lines, which stay its text', () => {
    const post = editPost('2021-01-02-keep-block-last.md');
    const edited = editFrontMatter(post, { time: '09:30' });
    assert.equal(edited, post.replace('  Written on a train\n\n\n---', '  Written on a train\n\n\ntime: "09:30"\n---'));
    assert.equal(parsePost(edited).data['signature'], '-- \nWritten on a train\n\n\n');
  });
  test('removing it removes its blank lines too', () => {
    const post = editPost('2021-01-02-keep-block-last.md');
    assert.equal(editFrontMatter(post, { signature: undefined }), post.replace('signature: |+\n  -- \n  Written on a train\n\n\n', ''));
  });
  test('removing the field after it takes the blank line the block would otherwise take in', () => {
    const post = editPost('2021-01-03-keep-block-before.md');
    const edited = editFrontMatter(post, { layout: undefined });
    assert.equal(edited, post.replace('layout: post\n\n', ''));
    assert.equal(parsePost(edited).data['summary'], 'A folded summary that keeps its breaks\n\n\n');
  });
});
