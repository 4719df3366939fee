import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { loadWindowState, placeWindow, saveWindowState, WindowStateKeeper, windowStatePath, type Rectangle, type WindowState } from '../../../main/services/desktop/window-state';
import { makeTempFolder, removeFolder } from '../../harness/temp-folders';

const sizes = { width: 1280, height: 820, minWidth: 720, minHeight: 480 };
const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 870 };
const monitorOnTheRight: Rectangle = { x: 1440, y: -200, width: 2560, height: 1400 };
const state = (bounds: Rectangle, maximized = false): WindowState => ({ version: 1, bounds, maximized });

describe('window placement', () => {
  test('nothing remembered: the default size, centred by the system', () => {
    assert.deepEqual(placeWindow(null, [laptop], sizes), { bounds: { width: 1280, height: 820 }, maximized: false });
  });

  test('a place that is still on screen is kept exactly, on any display', () => {
    const onLaptop = { x: 100, y: 40, width: 1000, height: 700 };
    assert.deepEqual(placeWindow(state(onLaptop), [laptop, monitorOnTheRight], sizes).bounds, onLaptop);
    const onMonitor = { x: 2000, y: -100, width: 1600, height: 1000 };
    assert.deepEqual(placeWindow(state(onMonitor), [laptop, monitorOnTheRight], sizes).bounds, onMonitor);
  });

  test('a window hanging off the edge is moved fully onto its display', () => {
    assert.deepEqual(placeWindow(state({ x: 1000, y: 500, width: 1000, height: 700 }), [laptop], sizes).bounds, { x: 440, y: 170, width: 1000, height: 700 });
    assert.deepEqual(placeWindow(state({ x: -300, y: -50, width: 800, height: 600 }), [laptop], sizes).bounds, { x: 0, y: 0, width: 800, height: 600 });
  });

  test('a window left on a monitor that is gone is centred on the primary display, its size fitted to it', () => {
    const placed = placeWindow(state({ x: 2000, y: 0, width: 2400, height: 1300 }), [laptop], sizes);
    assert.deepEqual(placed.bounds, { x: 0, y: 0, width: 1440, height: 870 });
    const small = placeWindow(state({ x: 5000, y: 3000, width: 800, height: 600 }), [laptop], sizes);
    assert.deepEqual(small.bounds, { x: 320, y: 135, width: 800, height: 600 });
  });

  test('a window with only a sliver on screen counts as off screen', () => {
    const sliver = placeWindow(state({ x: 1400, y: 100, width: 800, height: 600 }), [laptop], sizes);
    assert.deepEqual(sliver.bounds, { x: 320, y: 135, width: 800, height: 600 });
  });

  test('sizes are kept within the minimum and the work area; maximized is remembered', () => {
    const tiny = placeWindow(state({ x: 10, y: 10, width: 200, height: 100 }, true), [laptop], sizes);
    assert.deepEqual(tiny, { bounds: { x: 10, y: 10, width: 720, height: 480 }, maximized: true });
    const smallScreen = { x: 0, y: 0, width: 640, height: 400 };
    assert.deepEqual(placeWindow(state({ x: 0, y: 0, width: 1000, height: 800 }), [smallScreen], sizes).bounds, { x: 0, y: 0, width: 640, height: 400 });
  });
});

describe('window state file', () => {
  let folder = '';
  before(async () => {
    folder = await makeTempFolder('window-state');
  });
  after(async () => {
    await removeFolder(folder);
  });

  test('saved atomically and read back; a missing or invalid file reads as nothing remembered', async () => {
    assert.equal(await loadWindowState(folder), null);
    const saved = state({ x: 1, y: 2, width: 900, height: 700 }, true);
    await saveWindowState(folder, saved);
    assert.deepEqual(await loadWindowState(folder), saved);
    assert.deepEqual(await readdir(folder), ['window-state.json'], 'no temporary file left');
    for (const bad of ['{', '{"version":2,"bounds":{"x":0,"y":0,"width":1,"height":1},"maximized":false}', '{"version":1,"bounds":{"x":0,"y":0,"width":-5,"height":1},"maximized":false}']) {
      await writeFile(windowStatePath(folder), bad);
      assert.equal(await loadWindowState(folder), null, bad);
    }
  });

  test('the keeper writes only the latest state after a quiet moment, and flush writes at once', async () => {
    const keeper = new WindowStateKeeper(folder, 60_000);
    keeper.remember(state({ x: 0, y: 0, width: 800, height: 600 }));
    keeper.remember(state({ x: 5, y: 5, width: 1000, height: 700 }));
    assert.equal(keeper.pending, true);
    await keeper.flush();
    assert.equal(keeper.pending, false);
    assert.deepEqual(JSON.parse(await readFile(windowStatePath(folder), 'utf8')), state({ x: 5, y: 5, width: 1000, height: 700 }));
    const quick = new WindowStateKeeper(folder, 10);
    quick.remember(state({ x: 9, y: 9, width: 900, height: 600 }));
    for (let waited = 0; quick.pending && waited < 10_000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.equal(quick.pending, false, 'written by the timer, without a flush');
    await quick.flush(); // resolves once the timer's write is done
    assert.deepEqual((await loadWindowState(folder))?.bounds, { x: 9, y: 9, width: 900, height: 600 });
  });
});
