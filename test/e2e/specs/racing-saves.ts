/**
 * Racing saves: saves of one file are ordered in main (each checks the
 * version and writes under a per-file queue), the editor queues a save asked
 * for while one is running and rebases on its result, and a save re-checks
 * the file's bytes right before its rename, so the CLI cannot slip in unseen.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { InkpostBridge } from '../../../shared/contract';
import type { SaveResult } from '../../../shared/post';
import type { InkpostSession, Launcher } from '../../harness';
import { makeTempFolder, removeFolder } from '../../harness/temp-folders';
import { inkpostPage, type InkpostPage } from '../../harness/pages';

/** Two saves of `path` from the same version at once, through the page's bridge (the preload and main's handler table). */
async function savePair(page: Page, path: string, version: string, texts: readonly [string, string]): Promise<SaveResult[]> {
  return page.evaluate(
    ([post, base, first, second]) =>
      Promise.all([(window as unknown as { inkpost: InkpostBridge }).inkpost.savePost({ path: post, text: first, baseVersion: base }), (window as unknown as { inkpost: InkpostBridge }).inkpost.savePost({ path: post, text: second, baseVersion: base })]),
    [path, version, texts[0], texts[1]] as const,
  );
}

async function versionOf(page: Page, path: string): Promise<string> {
  return page.evaluate((post) => (window as unknown as { inkpost: InkpostBridge }).inkpost.readPost(post).then((opened) => opened.version), path);
}

/** Registers the racing-save specs. */
export function racingSaveSpecs(launch: Launcher): void {
  let folder = '';
  let session: InkpostSession | undefined;
  let page: Page;
  let app: InkpostPage;

  before(async () => {
    folder = await makeTempFolder('e2e-racing-saves');
    await writeFile(join(folder, 'pairs.md'), '---\ntitle: Pairs\n---\nStart.\n');
    await writeFile(join(folder, 'big.md'), `---\ntitle: Big\n---\n${'A long line of a big post, written to make saving take a while. '.repeat(4800)}\n`);
    session = await launch({ postsDir: folder });
    page = session.page;
    app = inkpostPage(page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(folder);
  });

  test('50 pairs of saves from one version: exactly one is saved, the other is a conflict, no saved text is lost', async () => {
    const path = join(folder, 'pairs.md');
    let version = await versionOf(page, path);
    for (let pair = 0; pair < 50; pair += 1) {
      const texts = [`---\ntitle: Pairs\n---\nPair ${pair}, left.\n`, `---\ntitle: Pairs\n---\nPair ${pair}, right.\n`] as const;
      const results = await savePair(page, path, version, texts);
      const saved = results.flatMap((result, side) => (result.status === 'saved' ? [{ side, version: result.version }] : []));
      assert.equal(saved.length, 1, `pair ${pair}: ${JSON.stringify(results.map((result) => result.status))}`);
      const winner = saved[0];
      assert.ok(winner !== undefined);
      const loser = results[1 - winner.side];
      assert.equal(loser?.status, 'conflict', `pair ${pair}`);
      assert.equal(loser?.status === 'conflict' ? loser.diskText : '', texts[winner.side], 'the conflict carries the text that was saved');
      assert.equal(await readFile(path, 'utf8'), texts[winner.side]);
      version = winner.version;
    }
  });

  test('type, save, type, save at once on a 300 KB post: both saved in order, never a conflict', async () => {
    const path = join(folder, 'big.md');
    await page.evaluate(() => {
      const status = document.querySelector('[data-testid="save-status"]');
      const seen: string[] = [];
      (window as unknown as { seenStates: string[] }).seenStates = seen;
      new MutationObserver(() => seen.push(status?.getAttribute('data-state') ?? '')).observe(status as Node, { attributes: true, attributeFilter: ['data-state'] });
    });
    await app.sidebar.item(path).click();
    await app.sidebar.currentItem(path).waitFor();
    await app.editor.content.click();
    await page.keyboard.press('ControlOrMeta+End');
    for (let round = 0; round < 5; round += 1) {
      // Type, save, type, save within a few milliseconds: the second save is asked for while the first is still on its way.
      await page.evaluate(async (mark) => {
        const keys = { key: 's', code: 'KeyS', ctrlKey: true, metaKey: navigator.platform.startsWith('Mac'), bubbles: true, cancelable: true };
        for (const word of [`one${mark} `, `two${mark} `]) {
          document.execCommand('insertText', false, word);
          await new Promise((resolve) => setTimeout(resolve, 0));
          window.dispatchEvent(new KeyboardEvent('keydown', keys));
        }
      }, round);
      await app.editor.saveState('saved').waitFor();
    }
    assert.equal(await app.dialogs.conflict.root.count(), 0, 'no conflict panel');
    const seen = await page.evaluate(() => (window as unknown as { seenStates: string[] }).seenStates);
    assert.ok(!seen.includes('conflict'), `states seen: ${[...new Set(seen)].join(', ')}`);
    const text = await readFile(path, 'utf8');
    assert.ok(text.endsWith('\none0 two0 one1 two1 one2 two2 one3 two3 one4 two4 '), text.slice(-80));
  });
}
