/**
 * The open post deleted, or its posts folder removed: the journal keeps the
 * words typed afterwards (it lives in the user-data folder and needs no
 * post), the editor says plainly that the file is gone and offers "Save again
 * here" or "Save as…", and after a kill the words are offered back.
 */
import assert from 'node:assert/strict';
import { readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { JournalFile } from '../../../shared/journal';
import type { InkpostSession, Launcher } from '../../harness';
import { makeTempFolder, removeFolder } from '../../harness/temp-folders';
import { inkpostPage } from '../../harness/pages';

const text = '---\ntitle: "Soon gone"\n---\nFirst words.\n';

async function journalTexts(userDataDir: string): Promise<string[]> {
  const folder = join(userDataDir, 'journal');
  const names = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.json'));
  return Promise.all(names.map(async (name) => (JSON.parse(await readFile(join(folder, name), 'utf8')) as JournalFile).text));
}

async function waitForJournal(userDataDir: string, words: string): Promise<void> {
  for (let waited = 0; waited < 15_000; waited += 100) {
    if ((await journalTexts(userDataDir)).some((journaled) => journaled.includes(words))) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`the journal never held "${words}": ${JSON.stringify(await journalTexts(userDataDir))}`);
}


/** Types `words` at the very end of the open post. */
async function typeAtEnd(page: Page, words: string): Promise<void> {
  const app = inkpostPage(page);
  await app.editor.content.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(words);
}

/** Registers the deleted-post specs. */
export function deletedPostSpecs(launch: Launcher): void {
  const sessions: InkpostSession[] = [];
  const folders: string[] = [];
  const start = async (): Promise<{ folder: string; profile: string; session: InkpostSession }> => {
    const folder = await makeTempFolder('e2e-gone-posts');
    const profile = await makeTempFolder('e2e-gone-profile');
    folders.push(folder, profile);
    await writeFile(join(folder, 'soon-gone.md'), text);
    const session = await launch({ postsDir: folder, userDataDir: profile });
    sessions.push(session);
    return { folder, profile, session };
  };

  after(async () => {
    for (const session of sessions) {
      await session.close().catch(() => undefined);
    }
    for (const folder of folders) {
      await removeFolder(folder);
    }
  });

  test('the open post deleted: typing goes on into the journal, a save says so plainly and saves it again here', async () => {
    const { folder, profile, session } = await start();
    const page = session.page;
    const app = inkpostPage(page);
    const path = join(folder, 'soon-gone.md');
    await app.sidebar.select(path);
    await unlink(path);
    await typeAtEnd(page, 'Typed after the delete.');
    await waitForJournal(profile, 'Typed after the delete.');
    await page.keyboard.press('ControlOrMeta+s');
    const dialog = app.dialogs.gone.root;
    await dialog.waitFor();
    const message = await dialog.innerText();
    assert.match(message, /soon-gone\.md was deleted or moved on disk\. Your words are safe in the journal/);
    assert.doesNotMatch(await page.locator('body').innerText(), /ENOENT|realpath/);
    await app.dialogs.gone.part('post-gone-save-here').click();
    await app.editor.saveState('saved').waitFor();
    assert.equal(await readFile(path, 'utf8'), `${text}Typed after the delete.`);
  });

  test('the posts folder removed: reported once, plainly; the journal holds the words; Save again here makes it again', async () => {
    const { folder, profile, session } = await start();
    const page = session.page;
    const app = inkpostPage(page);
    const path = join(folder, 'soon-gone.md');
    await app.sidebar.select(path);
    await rm(folder, { recursive: true });
    await typeAtEnd(page, 'Typed after the folder went.');
    await waitForJournal(profile, 'Typed after the folder went.');
    await page.keyboard.press('ControlOrMeta+s');
    const dialog = app.dialogs.gone.root;
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /The posts folder of soon-gone\.md was moved or deleted\. Your words are safe in the journal/);
    await page.keyboard.press('ControlOrMeta+s');
    assert.equal(await app.dialogs.gone.root.count(), 1, 'asked once, not once per try');
    assert.doesNotMatch(await page.locator('body').innerText(), /ENOENT|realpath/);
    await app.dialogs.gone.part('post-gone-save-here').click();
    await app.editor.saveState('saved').waitFor();
    assert.equal(await readFile(path, 'utf8'), `${text}Typed after the folder went.`);
  });

  test('deleted, typed into, killed and relaunched: the words are offered back and saved again where they were', async () => {
    const { folder, profile, session } = await start();
    const path = join(folder, 'soon-gone.md');
    await inkpostPage(session.page).sidebar.select(path);
    await unlink(path);
    await typeAtEnd(session.page, 'Typed, then killed.');
    await waitForJournal(profile, 'Typed, then killed.');
    await session.crash();
    const again = await session.relaunch();
    sessions.push(again);
    const app = inkpostPage(again.page);
    const dialog = app.dialogs.restore.root;
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /no longer exists/);
    await app.dialogs.restore.part('restore-compare').click();
    assert.match(await app.dialogs.restore.part('restore-diff').innerText(), /Typed, then killed\./);
    await app.dialogs.restore.part('restore-recreate').click();
    await app.sidebar.currentItem(path).waitFor();
    assert.equal(await readFile(path, 'utf8'), `${text}Typed, then killed.`);
    assert.deepEqual(await journalTexts(profile), [], 'the journal let go once the words were on disk');
  });
}
