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
  test('after a comment has ended the block, the removed field takes only its own line', () => {
    const post = editPost('2021-01-16-keep-block-comment.md');
    const edited = editFrontMatter(post, { layout: undefined });
    assert.equal(edited, post.replace('layout: post\n', ''));
    assert.equal(parsePost(edited).data['summary'], 'Kept text\n\n');
  });
});

describe('editFrontMatter: a refused edit says what and where', () => {
  test('a key written twice: its lines in the file, and that Jekyll uses the last', () => {
    const post = editPost('2021-01-09-duplicate-title.md');
    assert.throws(() => editFrontMatter(post, { title: 'New' }), /^Error: the key "title" is written more than once \(lines 3 and 5; Jekyll uses the last\)/);
  });
  test('an edit an alias would see: the key asked for and why the result would not do', () => {
    const post = editPost('2021-01-07-anchors.md');
    assert.throws(() => editFrontMatter(post, { author: 'Someone Else' }), /^Error: Inkpost could not change "author" safely: the edited front matter would not read \(.*unknown alias \*me\)/);
  });
  test('an edit a merge key would undo: the key that would read differently, with its line', () => {
    // Without its own `title`, the post would get the merged one.
    const post = '---\ntitle: "Mine"\n<<: {title: Merged}\n---\n';
    assert.throws(() => editFrontMatter(post, { title: undefined }), /^Error: Inkpost could not change "title" safely: the edited front matter would read differently for "title" \(line 2\)/);
  });
  test('a carriage return without a line feed: its line in the file', () => {
    assert.throws(() => editFrontMatter('---\ntitle: a\nlayout: x\rtags: [a]\n---\n', { title: 'b' }), /^Error: line 3 of the front matter has a carriage return without a line feed/);
  });
});
