/**
 * The application menu's commands as the renderer receives them: a
 * `menuCommand` event, sent the way main sends it. Undo and Redo must reach
 * CodeMirror's history (Electron's roles did not: see main/electron/menu-template.ts)
 * and a text field's own; Save saves.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { InkpostSession, Launcher } from '../../harness';
import { makeTempFolder, removeFolder } from '../../harness/temp-folders';
import { inkpostPage, type InkpostPage } from '../../harness/pages';

/** The editor's text as rendered (short posts are rendered whole). */
function editorText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('[data-testid="editor"]')?.shadowRoot?.querySelector('.cm-content')?.textContent ?? '');
}

/** Registers the menu command specs on a folder with one short post. */
export function menuCommandSpecs(launch: Launcher): void {
  let folder = '';
  let post = '';
  let session: InkpostSession | undefined;
  let page: Page;
  let app: InkpostPage;

  before(async () => {
    folder = await makeTempFolder('e2e-menu');
    post = join(folder, '2024-05-01-menu.md');
    await writeFile(post, '---\ntitle: Menu\n---\nFirst line.\n');
    session = await launch({ postsDir: folder });
    page = session.page;
    app = inkpostPage(page);
    await app.sidebar.item(post).click();
    await app.editor.content.waitFor();
  });

  after(async () => {
    await session?.close();
    await removeFolder(folder);
  });

  test('Edit ▸ Undo and Redo from the menu undo and redo typing in the editor', async () => {
    await app.editor.lines.nth(3).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed.');
    assert.ok((await editorText(page)).includes('First line. Typed.'));
    await session?.sendEvent('menuCommand', { command: 'undo' });
    await page.waitForFunction(() => !(document.querySelector('[data-testid="editor"]')?.shadowRoot?.textContent ?? '').includes('Typed.'));
    await session?.sendEvent('menuCommand', { command: 'redo' });
    await page.waitForFunction(() => (document.querySelector('[data-testid="editor"]')?.shadowRoot?.textContent ?? '').includes('First line. Typed.'));
  });

  test('File ▸ Save from the menu writes the post', async () => {
    await app.editor.saveState('unsaved').waitFor();
    await session?.sendEvent('menuCommand', { command: 'save' });
    await app.editor.saveState('saved').waitFor();
    assert.equal(await readFile(post, 'utf8'), '---\ntitle: Menu\n---\nFirst line. Typed.\n');
  });
}
