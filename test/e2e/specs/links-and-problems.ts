/**
 * Linking to another post and seeing `inkpost check`'s problems while
 * writing (issue #14 points 2 and 3, #13 point 3), on copies of the
 * project's blogs: Ctrl/Cmd+K finds a post by a word of its title and
 * inserts a link in the blog's style, which the preview resolves; a URL on
 * the clipboard makes an ordinary link of the selection; the problems panel
 * lists problems by blog-relative file with a count, a click opens the post
 * at the line, the editor marks the line, and a post with problems stays
 * listed with a badge.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { InkpostSession, Launcher } from '../../harness';
import { inkpostPage, saveShortcut, type InkpostPage } from '../../harness/pages';
import { testFixturesDir } from '../../harness/paths';
import { saveScreenshotSet } from '../../harness/screenshot-set';
import { copyTestBlog, makeTempFolder, removeFolder, testPosts, withCopyOf } from '../../harness/temp-folders';

/** A post of the test blog copy whose links are dead: a post_url to no post (line 5), an image nowhere (line 7). */
const deadLinks = '---\nlayout: post\ntitle: Dead links\n---\nSee [gone]({% post_url 2010-01-01-nowhere %}).\n\n![missing](/images/missing.png)\n';
/** A post whose front matter Jekyll cannot read (line 3); it still opens. */
const brokenYaml = '---\nlayout: post\ntitle: Broken: yaml here\n---\nThe body reads fine.\n';

/** The lines of `after` that are not in `before`, and the count of lines gone. */
function addedLines(before: string, after: string): { added: string[]; removed: number } {
  const old = before.split('\n');
  const now = after.split('\n');
  const added = now.filter((line) => !old.includes(line));
  return { added, removed: old.filter((line) => !now.includes(line)).length };
}

function linkSpecs(launch: Launcher): void {
  let blog = '';
  let session: InkpostSession | undefined;
  let app: InkpostPage;
  const post = (name: string): string => join(blog, '_posts', name);

  before(async () => {
    blog = await makeTempFolder('e2e-links');
    await copyTestBlog(blog);
    session = await launch({ postsDir: blog, blogDir: blog });
    app = inkpostPage(session.page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(blog);
  });

  test('Ctrl+K finds a post by a word of its title; arrows and Enter insert a link to its URL, which the preview follows', async () => {
    const path = post(testPosts.noExtended);
    const before = await readFile(path, 'utf8');
    await app.openPost(path);
    await app.editor.content.click();
    await app.page.keyboard.press('ControlOrMeta+End');
    await app.page.keyboard.type('See ');
    await app.page.keyboard.press('ControlOrMeta+k');
    await app.linkPicker.waitOpen();
    assert.equal(await app.linkPicker.options.count(), 7, 'every published post, newest first, before typing');
    await app.page.keyboard.type('notes');
    assert.deepEqual(await app.linkPicker.options.locator('.pick-text').allInnerTexts(), ['Notes From a Long Train Journey: Twenty-Four Stations', 'Sourdough Notes: A Year of Starters']);
    await app.page.keyboard.press('ArrowDown');
    const highlighted = await app.linkPicker.highlighted.getAttribute('id');
    assert.equal(await app.linkPicker.input.getAttribute('aria-activedescendant'), highlighted, 'the field names the highlighted option');
    assert.equal(await app.linkPicker.highlighted.innerText().then((text) => text.startsWith('Sourdough Notes')), true);
    await app.page.keyboard.press('Enter');
    await app.linkPicker.waitClosed();
    await app.page.keyboard.type('.');
    await app.page.keyboard.press(saveShortcut);
    await app.editor.saveState('saved').waitFor();
    const after = await readFile(path, 'utf8');
    assert.deepEqual(addedLines(before, after), { added: ['See [Sourdough Notes: A Year of Starters](/2012/09/03/sourdough-notes-a-year-of-starters.html).'], removed: 0 });
    const link = app.preview.root.locator('a', { hasText: 'Sourdough Notes: A Year of Starters' });
    assert.equal(await link.getAttribute('href'), '/2012/09/03/sourdough-notes-a-year-of-starters.html');
  });

  test('the selected text becomes the link text; with a URL on the clipboard, an ordinary link and no picker', async () => {
    const path = post(testPosts.markerLast);
    await app.openPost(path);
    await app.editor.content.click();
    await app.page.keyboard.press('ControlOrMeta+End');
    await app.page.keyboard.type('kites and trains');
    for (let step = 0; step < 'trains'.length; step += 1) {
      await app.page.keyboard.press('Shift+ArrowLeft');
    }
    await app.page.keyboard.press('ControlOrMeta+k');
    await app.linkPicker.waitOpen();
    await app.page.keyboard.type('kite');
    await app.page.keyboard.press('Enter');
    await app.linkPicker.waitClosed();
    await app.editor.lineWith('kites and [trains](/2012/04/14/kite-flying-on-a-windy-saturday.html)').waitFor();

    assert.ok(session?.desktop, 'the harness stands in for the clipboard');
    session.desktop.clipboardText = 'https://example.org/kites/\n';
    for (let step = 0; step < 'kites and [trains](/2012/04/14/kite-flying-on-a-windy-saturday.html)'.length; step += 1) {
      await app.page.keyboard.press('ArrowLeft'); // Home would stop where the soft-wrapped line wraps
    }
    for (let step = 0; step < 'kites'.length; step += 1) {
      await app.page.keyboard.press('Shift+ArrowRight');
    }
    await app.page.keyboard.press('ControlOrMeta+k');
    await app.editor.lineWith('[kites](https://example.org/kites/) and [trains]').waitFor({ timeout: 5000 }).catch(async (error: unknown) => {
      throw new Error(`${String(error)}\nthe editor holds:\n${await app.editor.text()}`);
    });
    assert.equal(await app.linkPicker.root.count(), 0, 'no picker for a clipboard URL');
    session.desktop.clipboardText = 'not a url';
  });
}

function postUrlSpecs(launch: Launcher): void {
  test('in a blog whose posts use post_url, Ctrl+K writes a post_url the preview resolves with the baseurl', async () => {
    await withCopyOf(join(testFixturesDir, 'render-blog'), 'e2e-post-url', async (blog) => {
      const session = await launch({ postsDir: blog, blogDir: blog });
      try {
        const app = inkpostPage(session.page);
        const path = join(blog, '_posts', '2024-01-02-header-ids.markdown');
        await app.openPost(path);
        await app.editor.cursorToEndOfLine(5);
        await app.page.keyboard.press('Enter');
        await app.page.keyboard.press('ControlOrMeta+k');
        await app.linkPicker.waitOpen();
        await app.page.keyboard.type('typo');
        await app.page.keyboard.press('Enter');
        await app.editor.lineWith('[Typography]({% post_url 2024-01-01-typography %})').waitFor();
        const link = app.preview.root.locator('a', { hasText: 'Typography' });
        await link.waitFor();
        assert.equal(await link.getAttribute('href'), '/blog/2024/01/01/typography.html');
      } finally {
        await session.close();
      }
    });
  });
}

function problemSpecs(launch: Launcher): void {
  let blog = '';
  let session: InkpostSession | undefined;
  let app: InkpostPage;
  const post = (name: string): string => join(blog, '_posts', name);

  before(async () => {
    blog = await makeTempFolder('e2e-problems');
    await copyTestBlog(blog);
    await writeFile(post('2017-01-01-dead-links.markdown'), deadLinks);
    await writeFile(post('2017-02-02-broken-yaml.markdown'), brokenYaml);
    session = await launch({ postsDir: blog, blogDir: blog });
    app = inkpostPage(session.page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(blog);
  });

  test('the panel groups problems by blog-relative file with counts; posts with problems stay listed with a badge', async () => {
    await app.problems.file(post('2017-01-01-dead-links.markdown')).waitFor();
    assert.deepEqual(await app.problems.shownPaths(), ['_posts/2016-03-19-the-garden-in-march.markdown', '_posts/2017-01-01-dead-links.markdown', '_posts/2017-02-02-broken-yaml.markdown']);
    assert.equal(await app.problems.count.innerText(), '4');
    assert.deepEqual(await app.problems.problemsOf(post('2017-01-01-dead-links.markdown')), [
      '5:12 {% post_url 2010-01-01-nowhere %} names no post of the blog: Jekyll stops the build',
      '7:12 the image /images/missing.png is nowhere in the blog (no file, post or page): readers would see it broken',
    ]);
    assert.deepEqual(await app.problems.problemsOf(post('2017-02-02-broken-yaml.markdown')), ['3:8 Nested mappings are not allowed in compact mappings']);
    assert.equal(await app.problems.root.innerText().then((text) => text.includes('Could not read') || text.includes(blog)), false, 'no absolute paths, no "Could not read"');
    assert.equal(await app.sidebar.problemBadge(post('2017-02-02-broken-yaml.markdown')).innerText(), '1');
    assert.equal(await app.sidebar.problemBadge(post('2017-01-01-dead-links.markdown')).innerText(), '2');
    assert.equal(await app.sidebar.problemBadge(post(testPosts.noExtended)).count(), 0);
    await saveScreenshotSet(app.page, 'problems-panel');
  });

  test('a click on a problem opens the post at its line, where the editor marks it; the broken post opens too', async () => {
    await app.problems.problem(post('2017-01-01-dead-links.markdown'), 7).click();
    await app.sidebar.currentItem(post('2017-01-01-dead-links.markdown')).waitFor();
    await app.editor.diagnosticsOnLine(7).first().waitFor();
    assert.equal(await app.editor.root.locator('.cm-activeLine').innerText(), '![missing](/images/missing.png)', 'the cursor is on the problem\'s line');
    assert.equal(await app.editor.diagnosticsOnLine(5).count(), 1);
    assert.equal(await app.editor.diagnosticsOnLine(6).count(), 0);
    await saveScreenshotSet(app.page, 'problems-in-editor');

    await app.problems.problem(post('2017-02-02-broken-yaml.markdown'), 3).click();
    await app.sidebar.currentItem(post('2017-02-02-broken-yaml.markdown')).waitFor();
    await app.editor.diagnosticsOnLine(3).first().waitFor();
    assert.match(await app.editor.text(), /The body reads fine\./);
  });

  test('what is typed is checked before it is saved: a dead post_url is marked at its line and counted in the panel', async () => {
    const path = post(testPosts.noExtended);
    await app.openPost(path);
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n').length;
    await app.editor.cursorToEndOfLine(lines);
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('See {% post_url 2001-01-01-never %} too.');
    await app.editor.diagnosticsOnLine(lines + 1).first().waitFor();
    await app.problems.file(path).waitFor();
    assert.deepEqual(await app.problems.problemsOf(path), [`${lines + 1}:5 {% post_url 2001-01-01-never %} names no post of the blog: Jekyll stops the build`]);
    assert.equal(await app.sidebar.problemBadge(path).innerText(), '1');
    await app.page.keyboard.press('ControlOrMeta+z');
    await app.problems.file(path).waitFor({ state: 'detached' });
  });
}

/** Registers the link and problem specs. */
export function linksAndProblemsSpecs(launch: Launcher): void {
  void describe('links to posts', () => linkSpecs(launch));
  void describe('post_url links', () => postUrlSpecs(launch));
  void describe('problems in the panel and the editor', () => problemSpecs(launch));
}
