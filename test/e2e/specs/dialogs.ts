/**
 * The app's dialogs from the keyboard (renderer/src/ui/dialog.ts), each kind
 * through the app itself: `input` (New post), `confirm` (Unpublish) and its
 * destructive form (Delete), and `choose` (unsaved changes). Tab stays inside,
 * Escape cancels, Enter answers the default, a destructive question starts on
 * Cancel, the focus goes back where it was, and one dialog is open at a time:
 * a second one waits for the first to be answered.
 */
import assert from 'node:assert/strict';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { InkpostSession, Launcher } from '../../harness';
import { inkpostPage, type InkpostPage } from '../../harness/pages';
import { copyTestBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';

/** What has the focus, looking inside shadow roots: its test id, else `.class` (the editor's `.cm-content`), else its tag. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) {
      active = active.shadowRoot.activeElement;
    }
    if (!(active instanceof HTMLElement)) {
      return 'nothing';
    }
    return active.dataset['testid'] ?? (active.classList.contains('cm-content') ? '.cm-content' : active.tagName.toLowerCase());
  });
}

/** The test ids of the dialogs on screen. */
function openDialogs(page: Page): Promise<string[]> {
  return page.locator('dialog[open]').evaluateAll((dialogs) => dialogs.map((dialog) => (dialog as HTMLElement).dataset['testid'] ?? ''));
}

/** Presses Tab (or Shift+Tab) `count` times and returns what had the focus after each press. */
async function tabThrough(page: Page, count: number, backwards = false): Promise<string[]> {
  const seen: string[] = [];
  for (let press = 0; press < count; press += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    seen.push(await focused(page));
  }
  return seen;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Registers the dialog keyboard specs on a copy of the test blog. */
export function dialogSpecs(launch: Launcher): void {
  let blog = '';
  let session: InkpostSession | undefined;
  let page: Page;
  let app: InkpostPage;
  const draft = (name: string): string => join(blog, '_drafts', name);

  before(async () => {
    blog = await makeTempFolder('e2e-dialogs');
    await copyTestBlog(blog);
    await writeFile(draft('dialog-notes.markdown'), '---\nlayout: post\ntitle: Dialog notes\n---\nA draft for the dialog specs.\n');
    session = await launch({ postsDir: blog, blogDir: blog });
    page = session.page;
    app = inkpostPage(page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(blog);
  });

  test('input: the field starts focused, Tab cycles inside, Escape cancels and the focus goes back; Enter creates', async () => {
    const newPost = app.sidebar.newPostButton;
    await newPost.focus();
    await page.keyboard.press('Enter');
    await app.dialogs.app.root.waitFor();
    assert.equal(await focused(page), 'app-dialog-input');
    assert.deepEqual(await tabThrough(page, 3), ['app-dialog-cancel', 'app-dialog-confirm', 'app-dialog-input'], 'Tab wraps from the last button to the field');
    assert.deepEqual(await tabThrough(page, 2, true), ['app-dialog-confirm', 'app-dialog-cancel'], 'Shift+Tab wraps from the field to the last button');
    await page.keyboard.press('Escape');
    await app.dialogs.app.root.waitFor({ state: 'detached' });
    assert.equal(await focused(page), 'new-post', 'the focus is back on the button that opened the dialog');

    await page.keyboard.press('Enter');
    await app.dialogs.app.root.waitFor();
    await page.keyboard.type('Made from the keyboard');
    await page.keyboard.press('Enter');
    await app.dialogs.app.root.waitFor({ state: 'detached' });
    await app.sidebar.item(draft('made-from-the-keyboard.markdown')).waitFor();
    assert.equal(await exists(draft('made-from-the-keyboard.markdown')), true);
  });

  test('destructive confirm: Cancel has the focus, so Enter and Escape both keep the post', async () => {
    const path = draft('dialog-notes.markdown');
    await app.openPost(path);
    const deleteButton = app.sidebar.deleteButton;
    await deleteButton.focus();
    await page.keyboard.press('Enter');
    await app.dialogs.app.root.waitFor();
    assert.equal(await focused(page), 'app-dialog-cancel', 'a destructive question never starts on its destructive answer');
    assert.deepEqual(await tabThrough(page, 2), ['app-dialog-confirm', 'app-dialog-cancel']);
    await page.keyboard.press('Enter');
    await app.dialogs.app.root.waitFor({ state: 'detached' });
    assert.equal(await exists(path), true, 'Enter answered Cancel');
    assert.equal(await focused(page), 'post-delete');

    await page.keyboard.press('Enter');
    await app.dialogs.app.root.waitFor();
    await page.keyboard.press('Escape');
    await app.dialogs.app.root.waitFor({ state: 'detached' });
    assert.equal(await exists(path), true, 'Escape answered Cancel');
    assert.equal(await focused(page), 'post-delete');
  });

  test('confirm: the confirm button has the focus, so Enter confirms', async () => {
    const from = join(blog, '_posts', '2013-01-20-tabs-a-short-note.markdown');
    const to = draft('tabs-a-short-note.markdown');
    await app.openPost(from);
    await app.sidebar.unpublishButton.focus();
    await page.keyboard.press('Enter');
    await app.dialogs.app.root.waitFor();
    assert.equal(await focused(page), 'app-dialog-confirm');
    assert.deepEqual(await tabThrough(page, 2, true), ['app-dialog-cancel', 'app-dialog-confirm']);
    await page.keyboard.press('Enter');
    await app.dialogs.app.root.waitFor({ state: 'detached' });
    await app.sidebar.currentItem(to).waitFor();
    assert.equal(await exists(from), false);
  });

  test('choose: the first answer has the focus, Tab cycles the answers, Escape cancels back into the editor, Enter saves', async () => {
    const path = draft('dialog-notes.markdown');
    await app.openPost(path);
    await app.editor.cursorToEndOfLine(5);
    await page.keyboard.type(' Typed.');
    assert.equal(await focused(page), '.cm-content');
    await session?.sendEvent('closeRequested', { reason: 'close' });
    await app.dialogs.unsaved.root.waitFor();
    assert.equal(await app.dialogs.unsaved.root.getAttribute('role'), 'alertdialog');
    assert.equal(await focused(page), 'unsaved-save');
    assert.deepEqual(await tabThrough(page, 3), ['unsaved-discard', 'unsaved-cancel', 'unsaved-save']);
    await page.keyboard.press('Escape');
    await app.dialogs.unsaved.root.waitFor({ state: 'detached' });
    assert.equal(await focused(page), '.cm-content', 'the focus is back in the editor');
    assert.equal(await app.editor.saveStatus.getAttribute('data-state'), 'unsaved');

    const other = draft('made-from-the-keyboard.markdown');
    await app.sidebar.item(other).click();
    await app.dialogs.unsaved.root.waitFor();
    await page.keyboard.press('Enter');
    await app.dialogs.unsaved.root.waitFor({ state: 'detached' });
    await app.sidebar.currentItem(other).waitFor();
    assert.match(await readFile(path, 'utf8'), /dialog specs\. Typed\.\n$/);
  });

  test('one dialog at a time: a second one waits until the first is answered, then opens', async () => {
    const path = draft('dialog-notes.markdown');
    await app.openPost(path);
    await app.editor.cursorToEndOfLine(5);
    await page.keyboard.type(' Again.');
    await session?.sendEvent('menuCommand', { command: 'newPost' });
    await app.dialogs.app.root.waitFor();
    await session?.sendEvent('closeRequested', { reason: 'close' });
    await session?.sendEvent('menuCommand', { command: 'newPost' });
    // Give the waiting requests time to (wrongly) show themselves.
    await page.waitForTimeout(300);
    assert.deepEqual(await openDialogs(page), ['app-dialog']);
    await page.keyboard.press('Escape');
    await app.dialogs.unsaved.root.waitFor();
    assert.deepEqual(await openDialogs(page), ['unsaved-dialog'], 'the close question opens once the first dialog is answered');
    assert.equal(await focused(page), 'unsaved-save');
    await page.keyboard.press('Escape');
    await app.dialogs.app.root.waitFor();
    assert.deepEqual(await openDialogs(page), ['app-dialog'], 'then the second New post');
    await page.keyboard.press('Escape');
    await app.dialogs.app.root.waitFor({ state: 'detached' });
    assert.deepEqual(await openDialogs(page), []);
    assert.equal(await app.editor.saveStatus.getAttribute('data-state'), 'unsaved', 'nothing was answered on the user’s behalf');
  });
}
