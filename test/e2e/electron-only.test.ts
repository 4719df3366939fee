/**
 * What only Electron can show: the application menu, dialogs (the dialog
 * module stubbed from the test through `app.evaluate`), the single-instance
 * lock, navigation denial, quitting and the remembered window. Where the
 * Electron binary is missing (or, on Linux, there is no display) every spec is
 * reported as skipped with the reason, never as passed.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { findElectron } from '../harness';
import { electronArguments, launchElectronApp, type ElectronInkpost } from '../harness/electron-app';
import { copyTestPosts, testPostNames, makeTempFolder, removeFolder } from '../harness/temp-folders';

const electron = findElectron();

/** Clicks the application menu's item `id` as a user would (roles run their action on the focused window). */
async function clickMenuItem(running: ElectronInkpost, id: string): Promise<void> {
  await running.app.evaluate(({ BrowserWindow, Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (item === null || item === undefined) {
      throw new Error(`no menu item ${itemId}`);
    }
    const window = BrowserWindow.getAllWindows()[0];
    window?.focus();
    // MenuItem.click runs the role's action (or the click handler) for the given window, as a real click does.
    (item as unknown as { click(event: unknown, window: unknown, contents: unknown): void }).click(undefined, window, window?.webContents);
  }, id);
}

async function openFirstPost(running: ElectronInkpost, postsDir: string): Promise<string> {
  const path = join(postsDir, testPostNames[0] ?? '');
  await running.page.locator(`[data-testid="post-item"][data-path="${path}"]`).click();
  await running.page.locator('[data-testid="editor"] .cm-content').waitFor();
  return path;
}

if ('skip' in electron) {
  void test('Electron-only specs: menus, dialogs, single instance, navigation, quit, window state', { skip: electron.skip }, () => undefined);
} else {
  void describe('Electron only', () => {
    let postsDir = '';
    let running: ElectronInkpost;

    before(async () => {
      postsDir = await makeTempFolder('electron-only');
      await copyTestPosts(postsDir);
      running = await launchElectronApp({ postsDir });
    });

    after(async () => {
      await running.close();
      await removeFolder(postsDir);
    });

    test('the menu bar is File, Edit, View, Window, Help, with the commands and their accelerators', async () => {
      const menus = await running.app.evaluate(({ Menu }) =>
        (Menu.getApplicationMenu()?.items ?? []).map((item) => ({
          label: item.label.replace('&', ''),
          items: (item.submenu?.items ?? []).map((child) => ({ id: child.id, role: child.role, accelerator: child.accelerator })),
        })),
      );
      const tail = process.platform === 'darwin' ? menus.slice(1) : menus;
      assert.deepEqual(tail.map((menu) => menu.label), ['File', 'Edit', 'View', 'Window', 'Help']);
      const save = menus.flatMap((menu) => menu.items).find((item) => item.id === 'command:save');
      assert.equal(save?.accelerator, 'CmdOrCtrl+S');
      const edit = menus.find((menu) => menu.label === 'Edit')?.items ?? [];
      assert.ok(edit.some((item) => item.id === 'undo') && edit.some((item) => item.id === 'redo'));
      assert.ok(['cut', 'copy', 'paste', 'selectall'].every((role) => edit.some((item) => item.role?.toLowerCase() === role)));
    });

    test('File ▸ Save from the menu saves the open post', async () => {
      const path = await openFirstPost(running, postsDir);
      const before = await readFile(path, 'utf8');
      await running.page.locator('[data-testid="editor"] .cm-line').nth(5).click();
      await running.page.keyboard.type('menu-saved ');
      await running.page.locator('[data-testid="save-status"][data-state="unsaved"]').waitFor();
      await clickMenuItem(running, 'command:save');
      await running.page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
      const after = await readFile(path, 'utf8');
      assert.notEqual(after, before);
      assert.ok(after.includes('menu-saved '));
    });

    test('Edit ▸ Undo undoes typing in CodeMirror, and Edit ▸ Redo redoes it', async () => {
      await openFirstPost(running, postsDir);
      const editor = running.page.locator('[data-testid="editor"] .cm-content');
      await running.page.locator('[data-testid="editor"] .cm-line').nth(6).click();
      await running.page.keyboard.type('undo-me');
      assert.ok((await editor.textContent())?.includes('undo-me'));
      await clickMenuItem(running, 'undo');
      await running.page.waitForFunction(() => !document.querySelector('[data-testid="editor"]')?.shadowRoot?.textContent?.includes('undo-me'));
      await clickMenuItem(running, 'redo');
      await running.page.waitForFunction(() => document.querySelector('[data-testid="editor"]')?.shadowRoot?.textContent?.includes('undo-me') === true);
      // Saved, so that switching folders and quitting below have nothing to ask about.
      await clickMenuItem(running, 'command:save');
      await running.page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    });

    test('a stubbed open dialog answers File ▸ Open Posts Folder', async () => {
      const other = await makeTempFolder('electron-only-other');
      try {
        await copyTestPosts(other);
        await running.app.evaluate(({ dialog }, folder) => {
          const answer = { canceled: false, filePaths: [folder] };
          Object.assign(dialog, { showOpenDialog: () => Promise.resolve(answer), showOpenDialogSync: () => [folder] });
        }, other);
        await clickMenuItem(running, 'command:openFolder');
        await running.page.locator(`[data-testid="post-item"][data-path="${join(other, testPostNames[0] ?? '')}"]`).waitFor();
      } finally {
        await removeFolder(other);
      }
    });

    test('the page cannot navigate away or open windows', async () => {
      const before = running.page.url();
      const opened = await running.page.evaluate(() => window.open('https://example.com/') === null);
      assert.equal(opened, true, 'window.open is denied');
      await running.page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(running.page.url(), before);
      assert.equal(await running.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length), 1);
      const denied = await running.page.evaluate(async () => (await navigator.permissions.query({ name: 'geolocation' })).state);
      assert.notEqual(denied, 'granted');
    });

    test('a second launch on the same settings hands its folder to the first and exits', async () => {
      await running.app.evaluate(({ app }) => {
        const seen: string[][] = [];
        (globalThis as unknown as { inkpostSecondLaunches: string[][] }).inkpostSecondLaunches = seen;
        app.on('second-instance', (_event, argv) => seen.push(argv));
      });
      const second = spawn(electron.path, electronArguments({ postsDir, userDataDir: running.userDataDir }), { stdio: 'ignore' });
      const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
      assert.equal(code, 0, 'the second instance quits at once');
      const seen = await running.app.evaluate(() => (globalThis as unknown as { inkpostSecondLaunches: string[][] }).inkpostSecondLaunches);
      assert.equal(seen.length, 1);
      assert.ok(seen[0]?.includes(`--posts-dir=${postsDir}`));
      assert.equal(await running.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length), 1);
    });

    test('the window opens where it was left, and quitting without unsaved changes quits', async () => {
      const bounds = { x: 60, y: 50, width: 900, height: 640 };
      await running.app.evaluate(({ BrowserWindow }, wanted) => BrowserWindow.getAllWindows()[0]?.setBounds(wanted), bounds);
      const exited = new Promise<void>((resolve) => running.app.process().once('exit', () => resolve()));
      await running.app.evaluate(({ app }) => app.quit());
      await exited;
      const relaunched = await launchElectronApp({ postsDir, userDataDir: running.userDataDir });
      try {
        const restored = await relaunched.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getNormalBounds());
        assert.deepEqual({ width: restored?.width, height: restored?.height }, { width: bounds.width, height: bounds.height });
      } finally {
        await relaunched.close();
      }
    });
  });
}
