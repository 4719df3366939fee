/**
 * The open post has one owner, so every part of the app agrees on what is
 * unsaved: a published post whose only change is a new date (a pending
 * rename) is marked unsaved in the sidebar and saved before a folder switch.
 */
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { InkpostSession, Launcher } from '../../harness';
import { makeTempFolder, removeFolder } from '../../harness/temp-folders';
import { inkpostPage, type InkpostPage } from '../../harness/pages';


const text = '---\ntitle: "Dated"\n---\nNo date key: a new date only renames the file.\n';

/** Registers the open-post specs. */
export function openPostSpecs(launch: Launcher): void {
  let site = '';
  let other = '';
  let session: InkpostSession | undefined;
  let page: Page;
  let app: InkpostPage;
  const posts = (): string => join(site, '_posts');

  before(async () => {
    site = await makeTempFolder('e2e-open-post-site');
    other = await makeTempFolder('e2e-open-post-other');
    await mkdir(posts());
    await writeFile(join(posts(), '2024-01-01-dated.md'), text);
    await writeFile(join(other, 'elsewhere.md'), '---\ntitle: "Elsewhere"\n---\nHi.\n');
    session = await launch({ postsDir: posts() });
    page = session.page;
    app = inkpostPage(page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(site);
    await removeFolder(other);
  });

  test('a published post whose only change is a new date is unsaved, and saved (renamed) before a folder switch', async () => {
    const from = join(posts(), '2024-01-01-dated.md');
    await app.sidebar.item(from).click();
    await app.sidebar.currentItem(from).waitFor();
    await app.form.date.fill('2024-02-02');
    await app.editor.saveState('unsaved').waitFor();
    await app.sidebar.item(from).locator('[data-testid="unsaved-marker"]').waitFor();

    await session?.queueFolderChoice(other);
    await app.workspace.openFolder.click();
    await app.sidebar.item(join(other, 'elsewhere.md')).waitFor();
    assert.deepEqual(await readdir(posts()), ['2024-02-02-dated.md'], 'the rename was saved before the switch');
    assert.equal(await readFile(join(posts(), '2024-02-02-dated.md'), 'utf8'), text);
  });
}
