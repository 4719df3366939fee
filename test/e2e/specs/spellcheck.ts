/**
 * Spellcheck, offline: the editor marks misspelled prose words (not front
 * matter, code, URLs or HTML) and suggests spellings, from the dictionary
 * packaged with the app; no request leaves the app's own origin. Written
 * against a {@link Launcher}.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page, Request } from 'playwright-core';
import type { InkpostSession, Launcher } from '../../harness';
import { makeTempFolder, removeFolder } from '../../harness/temp-folders';
import { inkpostPage, type InkpostPage } from '../../harness/pages';

const postName = '2013-04-05-spelling.md';
const postText = `---
title: Speling in the front matter
---

This sentense has a mispeled word, and the rest is right.

\`\`\`ruby
def mispeled_method = "wrongg"
\`\`\`

Some \`inlinne\` code and a link to <https://example.com/wrongg> stay unmarked.
`;

/** Registers the spellcheck specs on a posts folder with one post. */
export function spellcheckSpecs(launch: Launcher): void {
  let folder = '';
  let session: InkpostSession | undefined;
  let page: Page;
  let app: InkpostPage;
  const requested: string[] = [];
  const record = (request: Request): void => {
    requested.push(request.url());
  };

  before(async () => {
    folder = await makeTempFolder('e2e-spellcheck');
    await writeFile(join(folder, postName), postText);
    session = await launch({ postsDir: folder });
    page = session.page;
    app = inkpostPage(page);
    // The context's requests include the spellchecker worker's.
    page.context().on('request', record);
  });

  after(async () => {
    page.context().off('request', record);
    await session?.close();
    await removeFolder(folder);
  });

  test('marks misspelled prose from the packaged dictionary, never front matter or code, and suggests spellings', async () => {
    await app.sidebar.item(join(folder, postName)).click();
    const marks = page.locator('[data-testid="editor"] .cm-misspelled');
    await marks.first().waitFor({ timeout: 20_000 });
    assert.deepEqual(await marks.allTextContents(), ['sentense', 'mispeled']);
    assert.equal(await app.editor.content.getAttribute('spellcheck'), 'false', 'Chromium\'s own checker, which downloads dictionaries, is off');
    await marks.first().hover();
    await page.locator('[data-testid="editor"] .cm-misspelled[title*="sentence"]').waitFor();
    const origin = new URL(page.url()).origin;
    const away = requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
    assert.deepEqual(away, [], 'no request left the app');
    assert.ok(requested.some((url) => url.endsWith('.dic')), 'the dictionary came from the app itself');
  });

  test('a word typed wrong is marked as it is typed, and unmarked once fixed', async () => {
    const content = app.editor.content;
    await content.focus();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\nAnother recieve here.');
    const typed = page.locator('[data-testid="editor"] .cm-misspelled', { hasText: 'recieve' });
    await typed.waitFor();
    await page.keyboard.press('ArrowLeft');
    for (let index = 0; index < ' here'.length; index += 1) {
      await page.keyboard.press('ArrowLeft');
    }
    for (let index = 0; index < 'recieve'.length; index += 1) {
      await page.keyboard.press('Backspace');
    }
    await page.keyboard.type('receive');
    await typed.waitFor({ state: 'detached' });
  });
}
