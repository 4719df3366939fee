/**
 * The first slice, end to end: list a posts folder, open a post, edit it with
 * the preview following, save. Written once against a {@link Launcher}, so the
 * same specs run in Chromium (through the harness) and in Electron.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { callNames, eventNames, type InkpostBridge } from '../../../shared/contract';
import type { InkpostSession, Launcher } from '../../harness';
import { projectRoot } from '../../harness/paths';
import { copyReferencePosts, referencePostNames, referencePostNamesNewestFirst, makeTempFolder, removeFolder } from '../../harness/temp-folders';

const saveShortcut = 'ControlOrMeta+s';

function postItem(page: Page, path: string) {
  return page.locator(`[data-testid="post-item"][data-path="${path}"]`);
}

/** Opens the post at `path` and waits until the editor shows it. */
async function openPost(page: Page, path: string): Promise<void> {
  await postItem(page, path).click();
  await page.locator(`[data-testid="post-item"][data-path="${path}"][aria-current="true"]`).waitFor();
  await page.locator('[data-testid="editor"] .cm-content').waitFor();
}

async function save(page: Page): Promise<void> {
  await page.keyboard.press(saveShortcut);
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
}

/** Puts the cursor at the end of the 1-based `line` of the editor (a line near the top, so it is rendered). */
async function cursorToEndOfLine(page: Page, line: number): Promise<void> {
  await page.locator('[data-testid="editor"] .cm-line').nth(line - 1).click();
  await page.keyboard.press('End');
}

/** Registers the first-slice specs, each on a fresh copy of the fixture posts. */
export function firstSliceSpecs(launch: Launcher): void {
  const posts = { dir: '', fileNames: referencePostNames };
  let session: InkpostSession | undefined;
  let page: Page;

  before(async () => {
    posts.dir = await makeTempFolder('e2e');
    await copyReferencePosts(posts.dir);
    session = await launch({ postsDir: posts.dir });
    page = session.page;
  });

  after(async () => {
    await session?.close();
    await removeFolder(posts.dir);
  });

  test('lists the posts by title and date, newest first', async () => {
    const items = page.locator('[data-testid="post-item"]');
    assert.equal(await items.count(), posts.fileNames.length);
    const paths = await items.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-path')));
    assert.deepEqual(paths, referencePostNamesNewestFirst.map((name) => join(posts.dir, name)));
    const first = items.first();
    assert.equal(await first.locator('.post-title').textContent(), 'Tankaar: A New XMPP-powered Game');
    assert.equal(await first.locator('.post-date').textContent(), '2010-01-30 21:50');
  });

  test('opens a post in the editor and renders its body in the preview', async () => {
    const path = join(posts.dir, '2010-01-30-tankaar-a-new-xmpp-powered-game.markdown');
    await openPost(page, path);
    const editorText = await page.locator('[data-testid="editor"] .cm-content').innerText();
    assert.match(editorText, /^---\nlayout: post\ntitle: "Tankaar: A New XMPP-powered Game"/);
    const preview = page.locator('[data-testid="preview"]');
    await preview.locator('a[href="http://www.tankaar.com/"]').waitFor();
    const previewText = await preview.innerText();
    assert.match(previewText, /Rohit Pardasani/);
    assert.doesNotMatch(previewText, /layout: post/, 'front matter is not part of the preview');
    // The site-root path now asks the host's blog-picture handler (Workspace.assetBase).
    assert.equal(await preview.locator('img[src$="/images/tankaar.gif"]').count(), 1);
    // Markdown highlighting: the front matter and Markdown are tokenised, not plain text.
    assert.ok(await page.locator('[data-testid="editor"] .cm-line span').count() > 3);
  });

  test('typing a heading shows it in the preview; Ctrl/Cmd+S saves exactly that change', async () => {
    const path = join(posts.dir, '2009-01-15-some-jekyll-hacks.markdown');
    const before = await readFile(path, 'utf8');
    await openPost(page, path);
    await cursorToEndOfLine(page, 7); // the closing `---` of the front matter
    await page.keyboard.press('Enter');
    await page.keyboard.type('## Hacks, revisited');
    await page.locator('[data-testid="preview"] h2', { hasText: 'Hacks, revisited' }).waitFor();
    assert.equal(await page.locator('[data-testid="save-status"]').getAttribute('data-state'), 'unsaved');
    await save(page);
    const expected = before.replace('extended: ":EXTENDED:"\n---\n', 'extended: ":EXTENDED:"\n---\n## Hacks, revisited\n');
    assert.notEqual(expected, before);
    assert.equal(await readFile(path, 'utf8'), expected);
    await mkdir(join(projectRoot, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(projectRoot, 'test-results', `first-slice-saved-${launch.name}.png`) });
  });

  test('opening and saving every post unchanged leaves every file byte-identical', async () => {
    const originals = await Promise.all(posts.fileNames.map((name) => readFile(join(posts.dir, name))));
    for (const name of posts.fileNames) {
      await openPost(page, join(posts.dir, name));
      await save(page);
    }
    for (const [index, name] of posts.fileNames.entries()) {
      assert.deepEqual(await readFile(join(posts.dir, name)), originals[index], `${name} changed`);
    }
  });

  test('switching posts with unsaved changes asks first; saved, the post keeps its undo history when switching back', async () => {
    const first = join(posts.dir, '2008-10-21-xmpp-at-the-sf-music-tech-summit.markdown');
    const second = join(posts.dir, '2009-01-07-emacs-and-jabber-happy-together.markdown');
    const firstOnDisk = await readFile(first, 'utf8');
    await openPost(page, first);
    await cursorToEndOfLine(page, 3);
    await page.keyboard.type(' (draft)');
    await postItem(page, second).click();
    await page.locator('[data-testid="unsaved-save"]').click();
    await page.locator(`[data-testid="post-item"][data-path="${second}"][aria-current="true"]`).waitFor();
    assert.notEqual(await readFile(first, 'utf8'), firstOnDisk, 'the answer saved the edit');
    await openPost(page, first);
    assert.match(await page.locator('[data-testid="editor"] .cm-line').nth(2).innerText(), /\(draft\)$/);
    assert.equal(await page.locator('[data-testid="save-status"]').getAttribute('data-state'), 'saved');
    await page.locator('[data-testid="editor"] .cm-content').focus();
    await page.keyboard.press('ControlOrMeta+z');
    await page.locator('[data-testid="save-status"][data-state="unsaved"]').waitFor();
    assert.doesNotMatch(await page.locator('[data-testid="editor"] .cm-line').nth(2).innerText(), /\(draft\)$/);
    await save(page);
    assert.equal(await readFile(first, 'utf8'), firstOnDisk, 'undone and saved: the file is as it was');
  });

  test('a post with CRLF line endings and a BOM keeps both when edited and saved', async () => {
    const path = join(posts.dir, 'windows-draft.markdown');
    await writeFile(path, '\uFEFF---\r\ntitle: "Windows draft"\r\ntime: "07:05"\r\n---\r\nFirst line.\r\n');
    await postItem(page, path).waitFor();
    await openPost(page, path);
    await cursorToEndOfLine(page, 5);
    await page.keyboard.type(' Second sentence.');
    await save(page);
    assert.equal(await readFile(path, 'utf8'), '\uFEFF---\r\ntitle: "Windows draft"\r\ntime: "07:05"\r\n---\r\nFirst line. Second sentence.\r\n');
  });

  test('a post created by another program appears in the list', async () => {
    const path = join(posts.dir, '2011-05-01-written-elsewhere.markdown');
    await writeFile(path, '---\ntitle: "Written elsewhere"\ntime: "12:00"\n---\nHello.\n');
    await postItem(page, path).locator('.post-title', { hasText: 'Written elsewhere' }).waitFor({ timeout: 5_000 });
    const paths = await page.locator('[data-testid="post-item"]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-path')));
    // Newest dated post: after the undated drafts, before the 2010 post that led the list until now.
    assert.equal(paths.indexOf(path) + 1, paths.indexOf(join(posts.dir, '2010-01-30-tankaar-a-new-xmpp-powered-game.markdown')));
  });

  test('a save over a file changed on disk is refused as a conflict and writes nothing', async () => {
    const path = join(posts.dir, '2009-03-11-upcoming-xmpp-talks-and-events.markdown');
    await openPost(page, path);
    const outside = `${await readFile(path, 'utf8')}\nAdded by another program.\n`;
    await writeFile(path, outside);
    await cursorToEndOfLine(page, 3);
    await page.keyboard.type('!');
    await page.keyboard.press(saveShortcut);
    await page.locator('[data-testid="save-status"][data-state="conflict"]').waitFor();
    assert.equal(await readFile(path, 'utf8'), outside);
  });

  test('the bridge answers malformed and out-of-folder calls with clear errors, and keeps working', async () => {
    const errors = await page.evaluate(async () => {
      const bridge = (window as unknown as { inkpost: Record<string, (...args: unknown[]) => Promise<unknown>> }).inkpost;
      const attempts: Array<() => Promise<unknown>> = [
        () => bridge['readPost']!(42),
        () => bridge['savePost']!({ path: '/x', text: 'y' }),
        () => bridge['readPost']!('/etc/hostname'),
      ];
      const messages: string[] = [];
      for (const attempt of attempts) {
        try {
          await attempt();
          messages.push('no error');
        } catch (error) {
          messages.push(error instanceof Error ? error.message : String(error));
        }
      }
      return messages;
    });
    assert.match(errors[0] ?? '', /readPost: invalid arguments/);
    assert.match(errors[0] ?? '', /expected string/);
    assert.match(errors[1] ?? '', /savePost: invalid arguments/);
    assert.match(errors[1] ?? '', /baseVersion/);
    assert.match(errors[2] ?? '', /not inside the posts folder|no such post/);
    const listing = await page.evaluate(() => (window as unknown as { inkpost: InkpostBridge }).inkpost.listPosts());
    assert.ok(listing.posts.length >= posts.fileNames.length, 'main still answers after bad calls');
  });

  test('window.inkpost offers exactly the contract, nothing generic', async () => {
    const keys = await page.evaluate(() => Object.keys((window as unknown as { inkpost: InkpostBridge }).inkpost).sort());
    // One method per call and one subscription per event of the contract, nothing more.
    const expected = [...callNames, ...eventNames.map((name) => `on${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`)].sort();
    assert.deepEqual(keys, expected);
    assert.ok(keys.includes('savePost') && keys.includes('onPostsChanged'));
    const nodeVisible = await page.evaluate(() => typeof (globalThis as Record<string, unknown>)['require'] !== 'undefined' || typeof (globalThis as Record<string, unknown>)['process'] !== 'undefined');
    assert.equal(nodeVisible, false);
  });
}
