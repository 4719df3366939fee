import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { dispatchCall } from '../../../main/services/bridge/call-dispatcher';
import { createHandlerTable } from '../../../main/services/bridge/handler-table';
import { loadWindowState, WindowStateKeeper, windowStatePath } from '../../../main/services/desktop/window-state';
import { automaticLayout } from '../../../shared/window-layout';
import { makeTempFolder, removeFolder } from '../../harness/temp-folders';
import { makeTestHost, type TestHost } from '../../harness/test-host';

const bounds = { x: 10, y: 20, width: 900, height: 700 };
const layout = { sidebar: 'collapsed', form: 'auto', preview: 'below' } as const;

describe('the window layout in the window state', () => {
  let folder = '';
  let testHost: TestHost;
  before(async () => {
    folder = await makeTempFolder('window-layout');
    testHost = makeTestHost({ postsDir: folder, blogDir: null });
  });
  after(async () => {
    testHost.close();
    await removeFolder(folder);
  });

  test('the layout goes into window-state.json beside the place, written at once; each keeps the other', async () => {
    const keeper = await WindowStateKeeper.open(folder, 60_000);
    assert.deepEqual(keeper.layout(), automaticLayout, 'nothing chosen yet');
    keeper.remember({ version: 1, bounds, maximized: false });
    await keeper.rememberLayout(layout);
    assert.equal(keeper.pending, false, 'the layout write carried the pending place');
    assert.deepEqual(JSON.parse(await readFile(windowStatePath(folder), 'utf8')), { version: 1, bounds, maximized: false, layout });

    const next = await WindowStateKeeper.open(folder, 60_000);
    assert.deepEqual(next.layout(), layout);
    next.remember({ version: 1, bounds: { ...bounds, x: 50 }, maximized: true });
    await next.flush();
    const reread = await loadWindowState(folder);
    assert.deepEqual(reread?.layout, layout, 'moving the window keeps the layout');
    assert.equal(reread?.maximized, true);
  });

  test('a file with a layout and no place (the browser harness) opens the window by default and keeps the layout', async () => {
    await writeFile(windowStatePath(folder), JSON.stringify({ version: 1, layout }));
    assert.equal(await loadWindowState(folder), null);
    assert.deepEqual((await WindowStateKeeper.open(folder)).layout(), layout);
  });

  test('a damaged part is dropped on its own: a bad layout keeps the place, bad bounds keep the layout', async () => {
    await writeFile(windowStatePath(folder), JSON.stringify({ version: 1, bounds, maximized: false, layout: { ...layout, sidebar: 'sideways' } }));
    assert.deepEqual((await loadWindowState(folder))?.bounds, bounds);
    assert.deepEqual((await WindowStateKeeper.open(folder)).layout(), automaticLayout);
    await writeFile(windowStatePath(folder), JSON.stringify({ version: 1, bounds: { x: 0 }, maximized: false, layout }));
    assert.equal(await loadWindowState(folder), null);
    assert.deepEqual((await WindowStateKeeper.open(folder)).layout(), layout);
  });

  test('getWindowLayout and setWindowLayout go through the bridge; a layout the schema refuses is an invalid argument, nothing written', async () => {
    await writeFile(windowStatePath(folder), JSON.stringify({ version: 1, bounds, maximized: false }));
    const table = createHandlerTable(testHost.host, testHost.desktop, testHost.journal, await WindowStateKeeper.open(folder));
    const call = (name: string, ...args: unknown[]) => dispatchCall(table, name, args);
    assert.deepEqual(await call('getWindowLayout'), { ok: true, value: automaticLayout });
    const chosen = { sidebar: 'auto', form: 'shown', preview: 'beside' };
    assert.deepEqual(await call('setWindowLayout', chosen), { ok: true, value: undefined });
    assert.deepEqual(await call('getWindowLayout'), { ok: true, value: chosen });
    for (const bad of [{ ...chosen, sidebar: 'gone' }, { ...chosen, theme: 'dark' }, { form: 'shown' }, {}, 'collapsed']) {
      const outcome = await call('setWindowLayout', bad);
      assert.equal(outcome.ok ? 'ok' : outcome.error.code, 'invalid-argument', JSON.stringify(bad));
    }
    assert.deepEqual((await loadWindowState(folder))?.layout, chosen);
    assert.deepEqual((await loadWindowState(folder))?.bounds, bounds, 'the place is kept');
  });
});
