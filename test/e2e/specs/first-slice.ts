/**
 * The first slice, end to end: list a posts folder, open a post, edit it with
 * the preview following, save. Written once against a {@link Launcher}, so the
 * same specs run in Chromium (through the harness) and in Electron. Runs on a
 * copy of the test blog's posts; the specs that leave the app in a state of
 * their own (an unsaved switch, a conflict) get a fresh session.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { callNames, eventNames, type InkpostBridge } from '../../../shared/contract';
import type { InkpostSession, Launcher } from '../../harness';
import { inkpostPage, saveShortcut, withFreshSession, type InkpostPage } from '../../harness/pages';
import { saveScreenshot } from '../../harness/screenshots';
import { copyTestPosts, makeTempFolder, removeFolder, testPostNames, testPostNamesNewestFirst, testPosts } from '../../harness/temp-folders';

/** Registers the first-slice specs on a copy of the test blog's posts. */
export function firstSliceSpecs(launch: Launcher): void {
  const posts = { dir: '', fileNames: testPostNames };
  let session: InkpostSession | undefined;
  let app: InkpostPage;
  const post = (name: string): string => join(posts.dir, name);

  before(async () => {
    posts.dir = await makeTempFolder('e2e');
    await copyTestPosts(posts.dir);
    session = await launch({ postsDir: posts.dir });
    app = inkpostPage(session.page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(posts.dir);
  });

  test('lists the posts by title and date, newest first', async () => {
    assert.equal(await app.sidebar.items.count(), posts.fileNames.length);
    assert.deepEqual(await app.sidebar.listedPaths(), testPostNamesNewestFirst.map(post));
    const first = app.sidebar.items.first();
    assert.equal(await first.locator('.post-title').textContent(), 'The Garden in March');
    assert.equal(await first.locator('.post-date').textContent(), '2016-03-19 09:00');
  });

  test('opens a post in the editor and renders its body in the preview', async () => {
    await app.openPost(post(testPosts.withImage));
    assert.match(await app.editor.content.innerText(), /^---\nlayout: post\ntitle: Kite Flying on a Windy Saturday\n/);
    await app.preview.root.locator('a[href="https://example.org/dunes"]').waitFor();
    const previewText = await app.preview.text();
    assert.match(previewText, /old diamond kite/);
    assert.doesNotMatch(previewText, /layout: post/, 'front matter is not part of the preview');
    // The site-root path asks the host's blog-picture handler (Workspace.assetBase); these posts have no blog
    // around them, so the picture is not found, and the preview says so instead of showing a broken one.
    await app.preview.missingImages.first().waitFor();
    assert.equal(await app.preview.missingImages.first().innerText(), 'not found: /images/kite.gif');
    // Markdown highlighting: the front matter and Markdown are tokenised, not plain text.
    assert.ok((await app.editor.root.locator('.cm-line span').count()) > 3);
  });

  test('typing a heading shows it in the preview; Ctrl/Cmd+S saves exactly that change', async () => {
    const path = post(testPosts.code);
    const before = await readFile(path, 'utf8');
    await app.openPost(path);
    await app.editor.cursorToEndOfLine(7); // the closing `---` of the front matter
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('## Tricks, revisited');
    await app.preview.root.locator('h2', { hasText: 'Tricks, revisited' }).waitFor();
    assert.equal(await app.editor.saveStatus.getAttribute('data-state'), 'unsaved');
    await app.editor.save();
    const expected = before.replace('extended: ":EXTENDED:"\n---\n', 'extended: ":EXTENDED:"\n---\n## Tricks, revisited\n');
    assert.notEqual(expected, before);
    assert.equal(await readFile(path, 'utf8'), expected);
    await saveScreenshot(app.page, `first-slice-saved-${launch.name}`);
  });

  test('opening and saving every post unchanged leaves every file byte-identical', async () => {
    const originals = await Promise.all(posts.fileNames.map((name) => readFile(post(name))));
    for (const name of posts.fileNames) {
      await app.openPost(post(name));
      await app.editor.save();
    }
    for (const [index, name] of posts.fileNames.entries()) {
      assert.deepEqual(await readFile(post(name)), originals[index], `${name} changed`);
    }
  });

  test('switching posts with unsaved changes asks first; saved, the post keeps its undo history when switching back', () =>
    withFreshSession(launch, { postsDir: posts.dir }, async (fresh) => {
      const first = post(testPosts.markerLast);
      const second = post(testPosts.noExtended);
      const firstOnDisk = await readFile(first, 'utf8');
      await fresh.openPost(first);
      await fresh.editor.cursorToEndOfLine(3);
      await fresh.page.keyboard.type(' (draft)');
      await fresh.sidebar.item(second).click();
      await fresh.dialogs.unsaved.choose('unsaved-save');
      await fresh.sidebar.currentItem(second).waitFor();
      assert.notEqual(await readFile(first, 'utf8'), firstOnDisk, 'the answer saved the edit');
      await fresh.openPost(first);
      assert.match(await fresh.editor.line(3).innerText(), /\(draft\)$/);
      assert.equal(await fresh.editor.saveStatus.getAttribute('data-state'), 'saved');
      await fresh.editor.content.focus();
      await fresh.page.keyboard.press('ControlOrMeta+z');
      await fresh.editor.saveState('unsaved').waitFor();
      assert.doesNotMatch(await fresh.editor.line(3).innerText(), /\(draft\)$/);
      await fresh.editor.save();
      assert.equal(await readFile(first, 'utf8'), firstOnDisk, 'undone and saved: the file is as it was');
    }));

  test('a post with CRLF line endings and a BOM keeps both when edited and saved', async () => {
    const path = post('windows-draft.markdown');
    await writeFile(path, '\uFEFF---\r\ntitle: "Windows draft"\r\ntime: "07:05"\r\n---\r\nFirst line.\r\n');
    await app.sidebar.item(path).waitFor();
    await app.openPost(path);
    await app.editor.cursorToEndOfLine(5);
    await app.page.keyboard.type(' Second sentence.');
    await app.editor.save();
    assert.equal(await readFile(path, 'utf8'), '\uFEFF---\r\ntitle: "Windows draft"\r\ntime: "07:05"\r\n---\r\nFirst line. Second sentence.\r\n');
  });

  test('a post created by another program appears in the list', async () => {
    const path = post('2017-05-01-written-elsewhere.markdown');
    await writeFile(path, '---\ntitle: "Written elsewhere"\ntime: "12:00"\n---\nHello.\n');
    await app.sidebar.item(path).locator('.post-title', { hasText: 'Written elsewhere' }).waitFor({ timeout: 5_000 });
    const paths = await app.sidebar.listedPaths();
    // Newest dated post: after the undated drafts, before the 2016 post that led the list until now.
    assert.equal(paths.indexOf(path) + 1, paths.indexOf(post(testPostNamesNewestFirst[0] ?? '')));
  });

  test('a save over a file changed on disk is refused as a conflict and writes nothing', () =>
    withFreshSession(launch, { postsDir: posts.dir }, async (fresh) => {
      const path = post(testPosts.colonTitle);
      await fresh.openPost(path);
      const outside = `${await readFile(path, 'utf8')}\nAdded by another program.\n`;
      await writeFile(path, outside);
      await fresh.editor.cursorToEndOfLine(3);
      await fresh.page.keyboard.type('!');
      await fresh.page.keyboard.press(saveShortcut);
      await fresh.editor.saveState('conflict').waitFor();
      assert.equal(await readFile(path, 'utf8'), outside);
    }));

  test('the bridge answers malformed and out-of-folder calls with clear errors, and keeps working', async () => {
    const errors = await app.page.evaluate(async () => {
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
    const listing = await app.page.evaluate(() => (window as unknown as { inkpost: InkpostBridge }).inkpost.listPosts());
    assert.ok(listing.posts.length >= posts.fileNames.length, 'main still answers after bad calls');
  });

  test('window.inkpost offers exactly the contract, nothing generic', async () => {
    const keys = await app.page.evaluate(() => Object.keys((window as unknown as { inkpost: InkpostBridge }).inkpost).sort());
    // One method per call and one subscription per event of the contract, nothing more.
    const expected = [...callNames, ...eventNames.map((name) => `on${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`)].sort();
    assert.deepEqual(keys, expected);
    assert.ok(keys.includes('savePost') && keys.includes('onPostsChanged'));
    const nodeVisible = await app.page.evaluate(() => typeof (globalThis as Record<string, unknown>)['require'] !== 'undefined' || typeof (globalThis as Record<string, unknown>)['process'] !== 'undefined');
    assert.equal(nodeVisible, false);
  });
}
