/**
 * The front matter form end to end: it shows the open post's front matter,
 * its edits change only their own line in the file (compared byte for byte on
 * disk), raw edits in the editor reach the form, invalid values stay out of
 * the file, tags work from the keyboard with the blog's tags offered, the
 * layouts come from the blog's `_layouts`, and a new date renames a published
 * post on save.
 */
import assert from 'node:assert/strict';
import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { localDateOf } from '../../../shared/export/export-date';
import type { InkpostSession, Launcher } from '../../harness';
import { saveScreenshot } from '../../harness/screenshots';
import { copyReferenceBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';
import { inkpostPage, type InkpostPage } from '../../harness/pages';

const postName = '2007-03-28-debugging-with-data-visualization.markdown';
const draftText = '---\ntitle: Form draft\nauthor: Jack\nseries:\n  name: XMPP\n  part: 2\n---\nBody.\n';

async function open(page: Page, path: string): Promise<void> {
  const app = inkpostPage(page);
  await app.sidebar.item(path).click();
  await app.sidebar.currentItem(path).waitFor();
  await page.locator('[data-testid="form-panel"]:not([hidden])').waitFor();
}

async function save(page: Page): Promise<void> {
  const app = inkpostPage(page);
  await page.keyboard.press('ControlOrMeta+s');
  await app.editor.saveState('saved').waitFor();
}

function editorText(page: Page): Promise<string> {
  const app = inkpostPage(page);
  return app.editor.content.evaluate((content) => [...content.querySelectorAll('.cm-line')].map((line) => line.textContent).join('\n'));
}

/** Waits until `read` returns `expected` (the form and the editor follow each other within a frame or two). */
async function eventually<Value>(read: () => Promise<Value>, expected: Value): Promise<void> {
  const deadline = Date.now() + 5000;
  let last: Value = await read();
  while (Date.now() < deadline) {
    last = await read();
    try {
      assert.deepEqual(last, expected);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  assert.deepEqual(last, expected);
}

async function editorLine(page: Page, index: number): Promise<string> {
  return (await editorText(page)).split('\n')[index] ?? '';
}

/** Registers the form specs on a writable copy of the reference blog, opened as the posts folder. */
export function formSpecs(launch: Launcher): void {
  let blog = '';
  let session: InkpostSession | undefined;
  let page: Page;
  let app: InkpostPage;
  let postPath = '';
  let original = Buffer.alloc(0);

  before(async () => {
    blog = await makeTempFolder('e2e-form-blog');
    await copyReferenceBlog(blog);
    await writeFile(join(blog, '_drafts', 'form-draft.markdown'), draftText);
    postPath = join(blog, '_posts', postName);
    original = await readFile(postPath);
    session = await launch({ postsDir: blog, blogDir: blog });
    page = session.page;
    app = inkpostPage(page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(blog);
  });

  test('shows the post\'s front matter; a title typed in the form changes only that line of the file on disk', async () => {
    await open(page, postPath);
    assert.equal(await app.form.title.inputValue(), 'Debugging with Data Visualization');
    assert.equal(await app.form.date.inputValue(), '2007-03-28');
    assert.equal(await app.form.time.inputValue(), '10:55');
    assert.deepEqual(await app.form.tag().evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-tag'))), ['chesspark', 'debugging', 'startups', 'visualization']);
    assert.equal(await app.form.layout.inputValue(), 'post');
    assert.equal(await app.form.extended.inputValue(), ':EXTENDED:');
    assert.equal(await app.form.slug.innerText(), 'debugging-with-data-visualization');
    assert.equal(await app.form.permalink.innerText(), '/2007/03/28/debugging-with-data-visualization.html');
    await saveScreenshot(page, 'form-published-post');

    await app.form.title.fill('Debugging with Data Visualisation');
    await eventually(() => editorLine(page, 2), 'title: Debugging with Data Visualisation');
    await save(page);
    const expected = original.toString('utf8').replace('title: Debugging with Data Visualization\n', 'title: Debugging with Data Visualisation\n');
    assert.deepEqual(await readFile(postPath), Buffer.from(expected, 'utf8'));
    original = Buffer.from(expected, 'utf8');
  });

  test('typing in the raw front matter updates the form, and the cursor stays where the user types', async () => {
    await app.editor.lines.nth(2).click();
    await page.keyboard.press('End');
    await page.keyboard.type(', again');
    await eventually(() => app.form.title.inputValue(), 'Debugging with Data Visualisation, again');
    await page.keyboard.type(' and again');
    await eventually(() => editorLine(page, 2), 'title: Debugging with Data Visualisation, again and again');
    await eventually(() => app.form.title.inputValue(), 'Debugging with Data Visualisation, again and again');
    for (let index = 0; index < ', again and again'.length; index += 1) {
      await page.keyboard.press('Backspace');
    }
    await eventually(() => app.form.title.inputValue(), 'Debugging with Data Visualisation');
  });

  test('an invalid time is shown inline and never reaches the file; a valid one is written quoted', async () => {
    const time = app.form.time;
    await time.fill('25:00');
    assert.equal(await time.getAttribute('aria-invalid'), 'true');
    const error = app.form.timeError;
    assert.match(await error.innerText(), /HH:MM/);
    assert.equal(await editorLine(page, 4), 'time: "10:55"');
    await saveScreenshot(page, 'form-invalid-time');
    await page.keyboard.press('ControlOrMeta+s');
    await app.editor.saveState('saved').waitFor();
    assert.deepEqual(await readFile(postPath), original, 'the invalid time was not saved');

    await time.fill('08:05');
    assert.equal(await time.getAttribute('aria-invalid'), null);
    assert.equal(await error.isVisible(), false);
    await eventually(() => editorLine(page, 4), 'time: "08:05"');
  });

  test('tags from the keyboard: suggestions from the blog\'s tags, Enter adds, Backspace removes the last, chips have labelled remove buttons', async () => {
    const input = page.locator('[data-testid="form-tags"] input');
    await input.focus();
    await page.keyboard.type('xm');
    const options = app.form.tagOptions;
    await options.first().waitFor();
    assert.deepEqual(await options.evaluateAll((items) => items.map((item) => item.getAttribute('data-tag'))), ['xmpp']);
    assert.equal(await input.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('ArrowDown');
    assert.equal(await options.first().getAttribute('aria-selected'), 'true');
    await saveScreenshot(page, 'form-tag-suggestions');
    await page.keyboard.press('Enter');
    await eventually(() => editorLine(page, 3), 'tags: [chesspark, debugging, startups, visualization, xmpp]');
    await page.keyboard.type('brand-new');
    await page.keyboard.press('Enter');
    await eventually(() => editorLine(page, 3), 'tags: [chesspark, debugging, startups, visualization, xmpp, brand-new]');
    // Tags may hold spaces, as the reference blog's "open standards": a YAML list keeps them whole.
    await page.keyboard.type('two words');
    await page.keyboard.press('Enter');
    await eventually(() => editorLine(page, 3), 'tags: [chesspark, debugging, startups, visualization, xmpp, brand-new, two words]');
    await page.keyboard.type('a,b');
    await page.keyboard.press('Enter');
    assert.match(await app.form.tagsError.innerText(), /comma/);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await eventually(() => editorLine(page, 3), 'tags: [chesspark, debugging, startups, visualization, xmpp]');
    await page.getByRole('button', { name: 'Remove tag debugging' }).click();
    await eventually(() => editorLine(page, 3), 'tags: [chesspark, startups, visualization, xmpp]');
    assert.deepEqual(await app.form.tag().evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-tag'))), ['chesspark', 'startups', 'visualization', 'xmpp']);
  });

  test('the layout is chosen from the blog\'s _layouts', async () => {
    const layout = app.form.layout;
    assert.deepEqual(await layout.locator('option').evaluateAll((items) => items.map((item) => [(item as HTMLOptionElement).value, item.textContent])), [['', 'No layout'], ['base', 'base'], ['post', 'post']]);
    await layout.selectOption('base');
    await eventually(() => editorLine(page, 1), 'layout: base');
    await layout.selectOption('post');
    await eventually(() => editorLine(page, 1), 'layout: post');
  });

  test('a new date renames the published post on save: new file first, old one gone, same bytes otherwise', async () => {
    await save(page);
    const saved = await readFile(postPath);
    await app.form.date.fill('2007-04-01');
    await app.editor.saveState('unsaved').waitFor();
    assert.equal(await app.form.permalink.innerText(), '/2007/04/01/debugging-with-data-visualization.html');
    await page.keyboard.press('ControlOrMeta+s');
    const renamed = join(blog, '_posts', '2007-04-01-debugging-with-data-visualization.markdown');
    await app.sidebar.currentItem(renamed).waitFor();
    await app.editor.saveState('saved').waitFor();
    assert.deepEqual(await readFile(renamed), saved);
    await assert.rejects(access(postPath), /ENOENT/);
    assert.equal(await app.form.date.inputValue(), '2007-04-01');
  });

  test('a draft: today and now as defaults, other keys in a key/value list, nested values as YAML', async () => {
    await open(page, join(blog, '_drafts', 'form-draft.markdown'));
    const today = localDateOf(new Date());
    const date = app.form.date;
    assert.equal(await date.inputValue(), today);
    assert.equal(await date.getAttribute('data-default'), 'true');
    assert.match(await app.form.time.inputValue(), /^\d\d:\d\d$/);
    assert.equal(await app.form.time.getAttribute('data-default'), 'true');
    assert.equal(await app.form.permalink.innerText(), `/${today.replace(/-/g, '/')}/form-draft.html`);
    const author = page.locator('[data-testid="form-other-value"][data-key="author"]');
    assert.equal(await author.inputValue(), 'Jack');
    assert.equal(await page.getByLabel('author', { exact: true }).count(), 1, 'the value is labelled with its key');
    const series = page.locator('[data-testid="form-other-value"][data-key="series"]');
    assert.equal(await series.inputValue(), 'name: XMPP\npart: 2');
    await saveScreenshot(page, 'form-draft');
    await author.fill('Jill');
    await eventually(() => editorLine(page, 2), 'author: Jill');
    await series.fill('name: XMPP\npart: [unclosed');
    assert.equal(await series.getAttribute('aria-invalid'), 'true');
    await series.fill('name: XMPP\npart: 3');
    await eventually(() => editorText(page), draftText.replace('Jack', 'Jill').replace('part: 2', 'part: 3'));
    await save(page);
    assert.equal(await readFile(join(blog, '_drafts', 'form-draft.markdown'), 'utf8'), draftText.replace('Jack', 'Jill').replace('part: 2', 'part: 3'));
  });

  test('a date chosen in the form for a draft is kept across post switches and names the exported post', async () => {
    const draft = join(blog, '_drafts', 'form-draft.markdown');
    const date = app.form.date;
    await date.fill('2020-02-30');
    assert.equal(await date.getAttribute('aria-invalid'), 'true');
    await date.fill('2020-02-29');
    assert.equal(await date.getAttribute('aria-invalid'), null);
    assert.equal(await app.form.permalink.innerText(), '/2020/02/29/form-draft.html');
    await open(page, join(blog, '_posts', '2007-04-01-debugging-with-data-visualization.markdown'));
    await open(page, draft);
    assert.equal(await date.inputValue(), '2020-02-29');
    assert.equal(await date.getAttribute('data-default'), 'false');
    await app.workspace.exportButton.click();
    await app.status.exportState('exported').waitFor();
    assert.equal(await app.status.exportStatus.innerText(), 'Exported to _posts/2020-02-29-form-draft.markdown');
    await access(join(blog, '_posts', '2020-02-29-form-draft.markdown'));
  });

  test('the focus-form shortcut moves the focus to the title field', async () => {
    await app.editor.content.click();
    await page.keyboard.press('ControlOrMeta+Shift+m');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'form-title');
  });

  test('the focus-editor shortcut brings the focus back to the editor, at its cursor', async () => {
    await app.editor.content.click();
    await page.keyboard.press('ControlOrMeta+Shift+m');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'form-title');
    await page.keyboard.press('ControlOrMeta+Shift+t');
    // The editor lives in a shadow root: the page's active element is its host, the root's is CodeMirror's content.
    assert.equal(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.classList.contains('cm-content') === true), true, 'the editor has the focus');
  });
}
