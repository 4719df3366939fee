import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createWindowOptions } from '../../../main/electron/window-options';

void test('every window is isolated, sandboxed, without Node and with web security on', () => {
  for (const darkMode of [false, true]) {
    const options = createWindowOptions({ preloadPath: '/app/dist/preload/preload.js', darkMode });
    const preferences = options.webPreferences;
    assert.ok(preferences !== undefined);
    assert.equal(preferences.contextIsolation, true);
    assert.equal(preferences.sandbox, true);
    assert.equal(preferences.nodeIntegration, false);
    assert.equal(preferences.nodeIntegrationInWorker, false);
    assert.equal(preferences.nodeIntegrationInSubFrames, false);
    assert.equal(preferences.webSecurity, true);
    assert.equal(preferences.allowRunningInsecureContent, false);
    assert.equal(preferences.webviewTag, false);
    assert.equal(preferences.experimentalFeatures, false);
    assert.equal(preferences.navigateOnDragDrop, false);
    assert.equal(preferences.disableBlinkFeatures, 'Auxclick', 'a middle click never asks for a new window');
    assert.equal(preferences.spellcheck, false, "Chromium's spellchecker is off: it downloads dictionaries; the editor checks spelling offline");
    assert.equal(preferences.preload, '/app/dist/preload/preload.js');
    assert.equal(options.show, false, 'shown only once painted, so no white flash');
  }
});

void test('the background follows the system theme before the page paints', () => {
  assert.notEqual(
    createWindowOptions({ preloadPath: '/p.js', darkMode: true }).backgroundColor,
    createWindowOptions({ preloadPath: '/p.js', darkMode: false }).backgroundColor,
  );
});

void test('the window opens where it was, or at the default size', () => {
  assert.deepEqual(
    (({ x, y, width, height }) => ({ x, y, width, height }))(createWindowOptions({ preloadPath: '/p.js', darkMode: false, bounds: { x: 10, y: 20, width: 900, height: 600 } })),
    { x: 10, y: 20, width: 900, height: 600 },
  );
  const fresh = createWindowOptions({ preloadPath: '/p.js', darkMode: false });
  assert.deepEqual([fresh.x, fresh.y, fresh.width, fresh.height], [undefined, undefined, 1280, 820]);
  assert.deepEqual([fresh.minWidth, fresh.minHeight], [720, 480]);
});
