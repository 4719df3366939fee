// Editor features that live in the editor's state, checked on an EditorState built from strings, without a DOM.
import assert from 'node:assert/strict';
import { EditorState } from '@codemirror/state';
import { test } from 'node:test';
import { excerptMarkerLine, markedExcerptLine } from '../../../renderer/src/editor/excerpt-marker';

const post = ['---', 'title: A post', 'extended: ":MORE:"', '---', '', 'The excerpt.', '', ':MORE:', '', 'The rest.', ''].join('\n');

function markedLineNumber(state: EditorState): number | null {
  const start = markedExcerptLine(state);
  return start === null ? null : state.doc.lineAt(start).number;
}

function stateOf(doc: string): EditorState {
  return EditorState.create({ doc, extensions: excerptMarkerLine() });
}

void test('marks the line that is the declared marker, as the preview splits there', () => {
  assert.equal(markedLineNumber(stateOf(post)), 8);
  assert.equal(markedLineNumber(stateOf(post.replace('extended', 'excerpt_separator'))), 8);
  assert.equal(markedLineNumber(stateOf(post.replace('\n:MORE:\n', '\nsome :MORE: inline\n'))), null, 'a marker inside a line is no boundary');
  assert.equal(markedLineNumber(stateOf(post.replace('extended: ":MORE:"\n', ''))), null, 'no declared marker');
  assert.equal(markedLineNumber(stateOf(':MORE:\nno front matter\n')), null);
  assert.equal(markedLineNumber(stateOf(`${post}:MORE:\n`)), 8, 'the first marker line counts');
});

void test('follows edits of the body and of the front matter', () => {
  let state = stateOf(post);
  const excerptEnd = post.indexOf('The excerpt.') + 'The excerpt.'.length;
  state = state.update({ changes: { from: excerptEnd, insert: '\nOne more line.' } }).state;
  assert.equal(markedLineNumber(state), 9, 'a line added above moves the mark down');
  state = state.update({ changes: { from: state.doc.toString().indexOf(':MORE:\n\nThe rest'), to: state.doc.toString().indexOf(':MORE:\n\nThe rest') + 1 } }).state;
  assert.equal(markedLineNumber(state), null, 'an edited marker line is no longer one');
  state = state.update({ changes: { from: state.doc.toString().indexOf('MORE:\n\nThe rest'), insert: ':' } }).state;
  assert.equal(markedLineNumber(state), 9);
  const key = state.doc.toString().indexOf('":MORE:"');
  state = state.update({ changes: { from: key + 1, to: key + 7, insert: ':CUT:' } }).state;
  assert.equal(markedLineNumber(state), null, 'another marker in the front matter');
  state = state.update({ changes: { from: state.doc.length, insert: ':CUT:\n' } }).state;
  assert.equal(markedLineNumber(state), state.doc.lines - 1);
});

void test('a post typed from nothing gets its mark once the front matter closes', () => {
  let state = stateOf('');
  for (const line of ['---\n', 'extended: x\n', '---\n', 'intro\n', 'x\n', 'after\n']) {
    state = state.update({ changes: { from: state.doc.length, insert: line } }).state;
  }
  assert.equal(markedLineNumber(state), 5);
});

void test('after any sequence of edits, the mark is where a fresh read of the text puts it', () => {
  const pieces = ['\n', ':MORE:', '\n:MORE:\n', 'word ', ' ', ':MO', 'RE:', '---\n', 'extended: ":MORE:"\n', '  :MORE:  \n'];
  let seed = 7;
  const random = (below: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % below;
  };
  let state = stateOf(post);
  for (let step = 0; step < 3000; step += 1) {
    const length = state.doc.length;
    const from = random(length + 1);
    const change = random(3) === 0 ? { from, to: Math.min(length, from + random(8)) } : { from, insert: pieces[random(pieces.length)] ?? '' };
    state = state.update({ changes: change }).state;
    if (step % 300 === 299) {
      state = stateOf(post); // start again from a well-formed post now and then
    }
    assert.equal(markedExcerptLine(state), markedExcerptLine(stateOf(state.doc.toString())), `after step ${step}: ${JSON.stringify(state.doc.toString())}`);
  }
});
