/**
 * Issue #13, point 6: narrow windows. At 800×600 the editor gets at least
 * 380 px by default (the form starts collapsed, the preview below the
 * editor); the sidebar and the form collapse by button and by shortcut, the
 * preview hides or stacks; the choices are remembered in the window state
 * across launches; and at 800, 1280 and 1600 px no control of the sidebar,
 * the form, the preview's toolbar or the status bar is clipped, sticks out,
 * overlaps another or breaks letter by letter.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { LaunchOptions, Launcher } from '../../harness';
import { saveScreenshotSet } from '../../harness/screenshot-set';
import { copyTestBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';
import { withFreshSession, type InkpostPage } from '../../harness/pages';

/** The window sizes the layout must hold at. */
const widths = [
  { width: 800, height: 600 },
  { width: 1280, height: 820 },
  { width: 1600, height: 1000 },
] as const;

/** The smallest editor width an 800 px window must give. */
const editorTarget = 380;

/** The box's width, asserting it is shown. */
async function widthOf(app: InkpostPage, pane: 'editor' | 'preview' | 'sidebar' | 'form'): Promise<number> {
  const box = await app.layout.box(app.layout[pane]);
  assert.ok(box !== null, `the ${pane} is shown`);
  return box.width;
}

/** The layout `window-state.json` in `userDataDir` holds, once it holds `expected` (or after five seconds, whatever it holds then). */
async function storedLayout(userDataDir: string, expected: unknown): Promise<unknown> {
  let layout: unknown;
  for (let waited = 0; waited < 5_000; waited += 50) {
    const text = await readFile(join(userDataDir, 'window-state.json'), 'utf8').catch(() => '{}');
    layout = (JSON.parse(text) as { layout?: unknown }).layout;
    if (JSON.stringify(layout) === JSON.stringify(expected)) {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return layout;
}

/** Registers the specs on a writable copy of the test blog, opened at its root, with one of its published posts open. */
export function narrowWindowsSpecs(launch: Launcher): void {
  let root = '';
  let options: LaunchOptions;
  let post = '';

  before(async () => {
    root = await makeTempFolder('e2e-narrow-windows');
    const blog = join(root, 'blog');
    await copyTestBlog(blog);
    options = { postsDir: blog, blogDir: blog };
    post = join(blog, '_posts', '2016-03-19-the-garden-in-march.markdown');
  });

  after(async () => {
    await removeFolder(root);
  });

  test(`at 800×600 the default layout gives the editor at least ${editorTarget} px: form collapsed, preview below`, async () => {
    await withFreshSession(launch, options, async (app) => {
      await app.layout.resize(800, 600);
      await app.openPost(post);
      const editor = await widthOf(app, 'editor');
      assert.ok(editor >= editorTarget, `the editor is ${editor} px wide at 800×600`);
      assert.deepEqual(await app.layout.shown(), { sidebar: 'shown', form: 'collapsed', preview: 'below' });
      const [editorBox, previewBox] = [await app.layout.box(app.layout.editor), await app.layout.box(app.layout.preview)];
      assert.ok(editorBox !== null && previewBox !== null && previewBox.y >= editorBox.y + editorBox.height - 1, 'the preview is under the editor');
      assert.equal(await app.layout.formButton.getAttribute('aria-pressed'), 'false', 'the form button shows the form is collapsed');
      await saveScreenshotSet(app.page, 'narrow-windows-default');
    });
  });

  test('at 800, 1280 and 1600 px wide nothing in the sidebar, the form, the toolbar or the status bar is clipped or overlaps', async () => {
    await withFreshSession(launch, options, async (app) => {
      await app.openPost(post);
      for (const size of widths) {
        await app.layout.resize(size.width, size.height);
        assert.deepEqual(await app.layout.fitProblems(), [], `at ${size.width}×${size.height}`);
      }
      // The form shown in a narrow window (the user's choice) fits too, and so does the sidebar with the preview hidden.
      await app.layout.resize(800, 600);
      await app.layout.formButton.click();
      await app.layout.form.waitFor();
      assert.deepEqual(await app.layout.fitProblems(), [], 'at 800×600 with the form shown');
      await saveScreenshotSet(app.page, 'narrow-windows-form-shown');
    });
  });

  test('buttons and shortcuts collapse the sidebar and the form, and hide or stack the preview; the editor takes the room', async () => {
    await withFreshSession(launch, options, async (app) => {
      const { page, layout } = app;
      await layout.resize(1280, 820);
      await app.openPost(post);
      assert.deepEqual(await layout.shown(), { sidebar: 'shown', form: 'shown', preview: 'beside' });
      const before = await widthOf(app, 'editor');

      await layout.sidebarButton.click();
      await layout.sidebar.waitFor({ state: 'hidden' });
      assert.equal(await layout.sidebarButton.getAttribute('aria-pressed'), 'false');
      const withoutSidebar = await widthOf(app, 'editor');
      assert.ok(withoutSidebar > before + 100, `the editor grew from ${before} to ${withoutSidebar} px`);
      await page.keyboard.press('ControlOrMeta+Shift+H');
      await layout.sidebar.waitFor();

      await page.keyboard.press('ControlOrMeta+Shift+D');
      await layout.form.waitFor({ state: 'hidden' });
      await page.keyboard.press('ControlOrMeta+Shift+J');
      await layout.preview.waitFor({ state: 'hidden' });
      assert.deepEqual(await layout.shown(), { sidebar: 'shown', form: 'collapsed', preview: 'hidden' });
      assert.ok((await widthOf(app, 'editor')) >= 1280 - 260 - 1, 'the editor takes the whole width beside the sidebar');
      assert.ok(await app.editor.lineWith('snowdrops').isVisible(), 'the editor keeps its post');

      await page.keyboard.press('ControlOrMeta+Shift+Y');
      await layout.preview.waitFor();
      assert.equal((await layout.shown()).preview, 'below');
      await layout.previewBelowButton.click();
      assert.equal((await layout.shown()).preview, 'beside');
      await layout.previewButton.click();
      assert.equal((await layout.shown()).preview, 'hidden');
      await layout.previewButton.click();
      assert.equal((await layout.shown()).preview, 'beside', 'a preview shown again goes where it fits');

      // Each button's tooltip names its shortcut, from shared/commands.ts.
      assert.match((await layout.sidebarButton.getAttribute('title')) ?? '', /\(Ctrl\+Shift\+H\)$/);
      assert.match((await layout.formButton.getAttribute('title')) ?? '', /\(Ctrl\+Shift\+D\)$/);
      assert.equal(await layout.previewButton.getAttribute('aria-keyshortcuts'), 'Control+Shift+J Meta+Shift+J');

      // Commands that work in a collapsed pane show it first.
      await page.keyboard.press('ControlOrMeta+Shift+M');
      await layout.form.waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.closest('[data-testid="form-panel"]') !== null), true, 'the focus is in the form');
      await layout.sidebarButton.click();
      await page.keyboard.press('ControlOrMeta+Shift+F');
      await layout.sidebar.waitFor();
      assert.equal(await app.sidebar.search.evaluate((search) => search === document.activeElement), true, 'the focus is in the posts search');
    });
  });

  test('shrinking the window does not take the form away while the user types in it', async () => {
    await withFreshSession(launch, options, async (app) => {
      await app.layout.resize(1280, 820);
      await app.openPost(post);
      await app.form.title.focus();
      await app.layout.resize(800, 600);
      assert.equal((await app.layout.shown()).form, 'shown');
      assert.equal(await app.form.title.evaluate((title) => title === document.activeElement), true, 'the title keeps the focus');
      await app.editor.lineWith('snowdrops').click();
      await app.layout.resize(820, 600);
      assert.deepEqual(await app.layout.shown(), { sidebar: 'shown', form: 'collapsed', preview: 'below' }, 'with the focus elsewhere the width collapses it');
    });
  });

  test('the layout is remembered in the window state of the user-data folder, and comes back on the next launch', async () => {
    const userDataDir = join(root, 'user-data');
    await mkdir(userDataDir);
    await withFreshSession(launch, { ...options, userDataDir }, async (app) => {
      await app.layout.resize(1280, 820);
      await app.page.keyboard.press('ControlOrMeta+Shift+H');
      await app.layout.previewBelowButton.click();
      await app.layout.sidebar.waitFor({ state: 'hidden' });
      const expected = { sidebar: 'collapsed', form: 'auto', preview: 'below' };
      assert.deepEqual(await storedLayout(userDataDir, expected), expected);
    });
    await withFreshSession(launch, { ...options, userDataDir }, async (app) => {
      await app.layout.resize(1600, 1000);
      // The form was never chosen: at 1600 px it is shown; the sidebar and the preview are as the user left them.
      assert.deepEqual(await app.layout.shown(), { sidebar: 'collapsed', form: 'shown', preview: 'below' });
      await app.layout.sidebar.waitFor({ state: 'hidden' });
    });
  });
}
