import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { automaticLayout, type WindowLayout } from '../../../shared/window-layout';
import { paneWidths, shownLayout, togglePane, togglePreview, togglePreviewBelow } from '../../../renderer/src/layout/pane-layout';

const chose = (choices: Partial<WindowLayout>): WindowLayout => ({ ...automaticLayout, ...choices });

describe('the panes shown for a window width', () => {
  test('nothing chosen: an 800 px window collapses the form and puts the preview below, leaving the editor 540 px', () => {
    assert.deepEqual(shownLayout(automaticLayout, 800), { sidebar: 'shown', form: 'collapsed', preview: 'below' });
    assert.equal(800 - paneWidths.sidebar, 540);
  });

  test('nothing chosen: wide windows show everything side by side; between, the preview goes below when the columns would be too narrow', () => {
    assert.deepEqual(shownLayout(automaticLayout, 1600), { sidebar: 'shown', form: 'shown', preview: 'beside' });
    assert.deepEqual(shownLayout(automaticLayout, 1280), { sidebar: 'shown', form: 'shown', preview: 'beside' });
    assert.deepEqual(shownLayout(automaticLayout, 1100), { sidebar: 'shown', form: 'shown', preview: 'below' });
    assert.deepEqual(shownLayout(automaticLayout, 999), { sidebar: 'shown', form: 'collapsed', preview: 'beside' });
    assert.deepEqual(shownLayout(chose({ sidebar: 'collapsed' }), 800), { sidebar: 'collapsed', form: 'collapsed', preview: 'beside' });
  });

  test('a choice holds at every width', () => {
    const chosen = { sidebar: 'collapsed', form: 'shown', preview: 'hidden' } as const;
    for (const width of [720, 800, 1280, 2560]) {
      assert.deepEqual(shownLayout(chosen, width), chosen);
    }
  });

  test('toggling a side pane chooses the opposite of what is shown, whether it was chosen or followed the width', () => {
    const narrow = shownLayout(automaticLayout, 800);
    assert.deepEqual(togglePane(automaticLayout, narrow, 'form'), chose({ form: 'shown' }));
    assert.deepEqual(togglePane(automaticLayout, narrow, 'sidebar'), chose({ sidebar: 'collapsed' }));
    const collapsed = chose({ sidebar: 'collapsed' });
    assert.deepEqual(togglePane(collapsed, shownLayout(collapsed, 800), 'sidebar'), chose({ sidebar: 'shown' }));
  });

  test('the preview hides, and comes back where it fits; its place flips between beside and below', () => {
    const formShown = chose({ form: 'shown' });
    const wide = shownLayout(formShown, 1600);
    const hidden = togglePreview(formShown, wide);
    assert.deepEqual(hidden, chose({ form: 'shown', preview: 'hidden' }));
    assert.deepEqual(togglePreview(hidden, shownLayout(hidden, 1600)), formShown);
    assert.deepEqual(togglePreviewBelow(automaticLayout, wide), chose({ preview: 'below' }));
    const below = chose({ preview: 'below' });
    assert.deepEqual(togglePreviewBelow(below, shownLayout(below, 1600)), chose({ preview: 'beside' }));
    const none = chose({ preview: 'hidden' });
    assert.deepEqual(togglePreviewBelow(none, shownLayout(none, 1600)), below);
  });
});
