import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EditorState } from '@codemirror/state';
import { insertImageMarkdown } from '../../../renderer/src/editor/image-insertion';

/** Applies the insertion at the `|` in `text`; returns the new text with the selection marked `«…»`. */
function insert(text: string, image = { alt: 'red kite', link: '/images/kite.png' }): string {
  const pos = text.indexOf('|');
  const state = EditorState.create({ doc: text.replace('|', '') });
  const next = state.update(insertImageMarkdown(state, pos, image)).state;
  const { from, to } = next.selection.main;
  const doc = next.doc.toString();
  return `${doc.slice(0, from)}«${doc.slice(from, to)}»${doc.slice(to)}`;
}

test('at the start of a line the picture is a new line before it; the alt text is selected', () => {
  assert.equal(insert('One.\n\n|Two.\n'), 'One.\n\n![«red kite»](/images/kite.png)\nTwo.\n');
  assert.equal(insert('One.\n|'), 'One.\n![«red kite»](/images/kite.png)\n');
});

test('at the end of a line it is a new line after it; inside a line it goes where it was dropped', () => {
  assert.equal(insert('One.|\nTwo.\n'), 'One.\n![«red kite»](/images/kite.png)\nTwo.\n');
  assert.equal(insert('One| two.\n'), 'One![«red kite»](/images/kite.png) two.\n');
});

test('alt text is escaped and kept on one line; Liquid links go in as they are', () => {
  assert.equal(insert('|', { alt: 'a [b]\nc', link: '{{ site.baseurl }}/images/x.png' }), '![«a \\[b\\] c»]({{ site.baseurl }}/images/x.png)\n');
});
