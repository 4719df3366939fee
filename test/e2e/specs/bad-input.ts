/**
 * Bad input end to end: a post with invalid front matter, one that is not
 * UTF-8 and a binary file. Each is reported with its place, the text stays
 * editable, and nothing is written that the user did not ask for.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { InkpostSession, Launcher } from '../../harness';
import { makeTempFolder, removeFolder } from '../../harness/temp-folders';

const badYaml = '---\nlayout: post\ntitle: Tankaar: A New Game\ntags: [game]\n---\nBody text.\n';
const latin1 = Buffer.from('---\ntitle: "Caf\xe9"\n---\nCaf\xe9 cr\xe8me.\n', 'latin1');
const binary = Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]);

async function open(page: Page, path: string): Promise<void> {
  await page.locator(`[data-testid="post-item"][data-path="${path}"]`).click();
  await page.locator(`[data-testid="post-item"][data-path="${path}"][aria-current="true"]`).waitFor();
}

/** Registers the bad-input specs on a folder made for them. */
export function badInputSpecs(launch: Launcher): void {
  let folder = '';
  let session: InkpostSession | undefined;
  let page: Page;

  before(async () => {
    folder = await makeTempFolder('e2e-bad-input');
    await writeFile(join(folder, '2010-01-31-bad-yaml.markdown'), badYaml);
    await writeFile(join(folder, '2010-02-01-latin1.markdown'), latin1);
    await writeFile(join(folder, '2010-02-02-binary.markdown'), binary);
    session = await launch({ postsDir: folder });
    page = session.page;
  });

  after(async () => {
    await session?.close();
    await removeFolder(folder);
  });

  test('a binary file is reported with its place and is not listed', async () => {
    const problems = page.locator('[data-testid="listing-problems"]');
    await problems.waitFor();
    assert.match(await problems.innerText(), /2010-02-02-binary\.markdown.*looks binary \(a NUL byte at offset 4, line 2, column 1\)/);
    const paths = await page.locator('[data-testid="post-item"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-path')));
    assert.deepEqual(paths, [join(folder, '2010-02-01-latin1.markdown'), join(folder, '2010-01-31-bad-yaml.markdown')]);
    assert.deepEqual(await readFile(join(folder, '2010-02-02-binary.markdown')), binary);
  });

  test('a post with invalid YAML opens with the problem located, and can be fixed and saved', async () => {
    const path = join(folder, '2010-01-31-bad-yaml.markdown');
    await open(page, path);
    const problems = page.locator('[data-testid="post-problems"]');
    await problems.waitFor();
    assert.equal(await problems.innerText(), 'Line 3, column 8: Nested mappings are not allowed in compact mappings');
    await page.locator('[data-testid="editor"] .cm-line').nth(2).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('title: "Tankaar: A New Game"');
    await page.keyboard.press('ControlOrMeta+s');
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await problems.waitFor({ state: 'hidden' });
    assert.equal(await readFile(path, 'utf8'), badYaml.replace('title: Tankaar: A New Game', 'title: "Tankaar: A New Game"'));
    await page.locator(`[data-testid="post-item"][data-path="${path}"] .post-title`, { hasText: 'Tankaar: A New Game' }).waitFor();
  });

  test('a post that is not UTF-8 opens as Latin-1 with the bad byte located, and saves back as Latin-1', async () => {
    const path = join(folder, '2010-02-01-latin1.markdown');
    await open(page, path);
    assert.equal(await page.locator('[data-testid="post-problems"]').innerText(), 'Line 2, column 12: not valid UTF-8 (byte 15); opened as Latin-1 and saved back the same way');
    assert.match(await page.locator('[data-testid="preview"]').innerText(), /Café crème\./);
    await page.locator('[data-testid="editor"] .cm-line').nth(3).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Très bien.');
    await page.keyboard.press('ControlOrMeta+s');
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    assert.deepEqual(await readFile(path), Buffer.from('---\ntitle: "Caf\xe9"\n---\nCaf\xe9 cr\xe8me. Tr\xe8s bien.\n', 'latin1'));
  });
}
