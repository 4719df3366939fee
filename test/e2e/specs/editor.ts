/**
 * The writing experience around the editor, end to end on a copy of the
 * reference blog: highlighted code blocks, search and replace through the
 * app's commands, undo kept per post, the marker line marked in the editor,
 * the blog's own pictures in the preview (and the
 * refusals of the handler that serves them), links handed to the user's
 * browser, dark mode, tooltips and accessible names. Written once against a
 * {@link Launcher}.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import type { Page } from 'playwright-core';
import type { InkpostSession, Launcher } from '../../harness';
import { saveScreenshot } from '../../harness/screenshots';
import { copyReferenceBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';
import { inkpostPage, type InkpostPage } from '../../harness/pages';

const featuresPost = '2011-02-03-editor-features.markdown';
const tankaarPost = '2010-01-30-tankaar-a-new-xmpp-powered-game.markdown';

/** A post with everything the editor treats specially: front matter, a marker, a fenced code block, links of every kind. */
const featuresText = `---
layout: post
title: Editor features
extended: ":EXTENDED:"
---

Greetings from a paragraph with [a web link](https://example.com/page),
[a mail link](mailto:someone@example.com), [a relative link](/2009/01/15/some-jekyll-hacks.html)
and <a href="javascript:alert(1)">a script link</a>.

\`\`\`ruby
def greet(name)
  puts "Hello #{name}"
end
\`\`\`

Some \`inline code\` between words.

:EXTENDED:

The rest of the post, after the marker.
`;

function editor(page: Page) {
  const app = inkpostPage(page);
  return app.editor.root;
}

function editorLine(page: Page, text: string) {
  return editor(page).locator('.cm-line', { hasText: text }).first();
}


async function editorText(page: Page): Promise<string> {
  return editor(page).locator('.cm-content').evaluate((content) => Array.from(content.querySelectorAll('.cm-line'), (line) => line.textContent).join('\n'));
}

/** Waits until `read` returns something `accept` takes (the app updates asynchronously), or fails after a few seconds. */
async function eventually<Value>(read: () => Promise<Value> | Value, accept: (value: Value) => boolean, what: string): Promise<Value> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await read();
    if (accept(value)) {
      return value;
    }
    if (Date.now() > deadline) {
      assert.fail(`${what}: still ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** GETs `path` from `origin` exactly as written (no URL normalisation) and returns the status and content type. */
function rawGet(origin: string, path: string): Promise<{ status: number; type: string | undefined }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, path, method: 'GET' }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'] }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** Reads the computed colour of the element the locator finds. */
function colour(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((element) => getComputedStyle(element).color);
}

function backgroundOf(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((element) => getComputedStyle(element).backgroundColor);
}

/** The relative luminance (0 dark to 1 light) of a CSS `rgb(...)` colour. */
function luminance(rgb: string): number {
  const [red = 0, green = 0, blue = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255;
}

/** Skips a spec that reads what only the browser harness records. */
function harnessOnly(session: InkpostSession | undefined, context: TestContext): session is InkpostSession & { desktop: NonNullable<InkpostSession['desktop']> } {
  if (session?.desktop === null || session === undefined) {
    context.skip('the browser harness records opened links and serves the blog under /__blog-assets; Electron opens and serves them for real');
    return false;
  }
  return true;
}

/** Registers the editor specs, on a fresh copy of the reference blog with one extra post. */
export function editorSpecs(launch: Launcher): void {
  let parent = '';
  let blog = '';
  let session: InkpostSession | undefined;
  let page: Page;
  let app: InkpostPage;
  const path = (name: string): string => join(blog, '_posts', name);

  before(async () => {
    parent = await makeTempFolder('e2e-editor');
    blog = join(parent, 'blog');
    await copyReferenceBlog(blog);
    await writeFile(join(blog, '_posts', featuresPost), featuresText);
    await writeFile(join(parent, 'secret.gif'), 'GIF89a outside the blog');
    if (process.platform !== 'win32') {
      await symlink(join(parent, 'secret.gif'), join(blog, 'images', 'escape.gif'));
    }
    // The blog's stylesheet, with rules that try to load things or to reach outside the preview.
    const stylesheet = await readFile(join(blog, 'styles.css'), 'utf8');
    await writeFile(
      join(blog, 'styles.css'),
      `@import url("https://tracker.example/more.css");\n${stylesheet}\n` +
        'a { background-image: url(https://tracker.example/a.png); border-left: 3px solid rgb(1, 2, 3); }\n' +
        'h\\31 , blockquote { background: u\\72 l(https://tracker.example/escaped.png) }\n' +
        '@font-face { font-family: Tracked; src: url(https://tracker.example/font.woff2); }\n' +
        '.post-list, .status-bar { display: none }\n',
    );
    session = await launch({ postsDir: join(blog, '_posts'), blogDir: blog });
    page = session.page;
    app = inkpostPage(page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(parent);
  });

  test('highlights the code of a fenced block in its own language', async () => {
    await app.openPost(path(featuresPost));
    const keyword = editorLine(page, 'def greet').locator('span', { hasText: /^def$/ });
    await keyword.waitFor(); // the Ruby mode loads on first use
    const plain = await editorLine(page, 'between words').evaluate((line) => getComputedStyle(line).color);
    const keywordColour = await keyword.evaluate((span) => getComputedStyle(span).color);
    const stringColour = await editorLine(page, 'puts').locator('span', { hasText: /Hello/ }).first().evaluate((span) => getComputedStyle(span).color);
    assert.notEqual(keywordColour, plain, 'the keyword is coloured');
    assert.notEqual(stringColour, plain, 'the string is coloured');
    assert.notEqual(stringColour, keywordColour, 'keywords and strings differ');
  });

  test('find and replace through the app commands, with tooltips on the panel', async () => {
    await app.openPost(path(featuresPost));
    await editor(page).locator('.cm-content').focus();
    await page.keyboard.press('ControlOrMeta+f');
    const search = editor(page).locator('.cm-search input[name="search"]');
    await search.waitFor();
    assert.equal(await search.evaluate((field) => (field.getRootNode() as ShadowRoot).activeElement === field), true, 'Find focuses the search field');
    await search.pressSequentially('greet');
    await page.keyboard.press('ControlOrMeta+Alt+f');
    const replace = editor(page).locator('.cm-search input[name="replace"]');
    assert.equal(await replace.evaluate((field) => (field.getRootNode() as ShadowRoot).activeElement === field), true, 'Replace focuses the replace field');
    await replace.pressSequentially('welcome');
    for (const name of ['next', 'prev', 'replaceAll', 'close']) {
      assert.match((await editor(page).locator(`.cm-search [name="${name}"]`).getAttribute('title')) ?? '', /\w/, `the ${name} control has a tooltip`);
    }
    await editor(page).locator('.cm-search button[name="replaceAll"]').click();
    const replaced = await eventually(() => editorText(page), (text) => !text.includes('greet'), 'replace all');
    assert.match(replaced, /def welcome\(name\)/);
    await page.keyboard.press('Escape');
    await editor(page).locator('.cm-content').focus();
    await page.keyboard.press('ControlOrMeta+z');
    await eventually(() => editorText(page), (text) => text.includes('def greet(name)'), 'undo of replace all');
    await app.editor.saveState('saved').waitFor();
  });

  test('keeps each post its own undo history when switching between them', async () => {
    // Switching with unsaved changes asks first (see safety.ts); saving keeps the history.
    const switchSaving = async (target: string): Promise<void> => {
      await app.sidebar.item(target).click();
      await app.dialogs.unsaved.part('unsaved-save').click();
      await app.openPost(target);
    };
    await app.openPost(path(featuresPost));
    await editorLine(page, 'The rest of the post').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' First edit.');
    await switchSaving(path(tankaarPost));
    await editorLine(page, 'Rohit Pardasani').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Second edit.');
    await switchSaving(path(featuresPost));
    assert.match(await editorText(page), /after the marker\. First edit\./);
    await editor(page).locator('.cm-content').focus();
    await page.keyboard.press('ControlOrMeta+z');
    await eventually(() => editorText(page), (text) => !text.includes('First edit'), 'undo in the first post');
    await page.keyboard.press('ControlOrMeta+s');
    await app.editor.saveState('saved').waitFor();
    await app.openPost(path(tankaarPost));
    assert.match(await editorText(page), /Second edit\./, 'the other post kept its edit');
    await editor(page).locator('.cm-content').focus();
    await page.keyboard.press('ControlOrMeta+z');
    await eventually(() => editorText(page), (text) => !text.includes('Second edit'), 'undo in the second post');
    await page.keyboard.press('ControlOrMeta+s');
    await app.editor.saveState('saved').waitFor();
  });

  test('marks the marker line in the editor as the excerpt boundary, and follows it', async () => {
    await app.openPost(path(featuresPost));
    const marker = editor(page).locator('[data-testid="editor-excerpt-marker"]');
    assert.equal(await marker.count(), 1);
    assert.match((await marker.textContent()) ?? '', /^:EXTENDED:excerpt ends here$/);
    assert.match((await marker.getAttribute('class')) ?? '', /cm-excerpt-marker/);
    assert.equal(await page.locator('[data-testid="preview"] [data-testid="excerpt-boundary"]').count(), 1);
    // Renaming the marker in the front matter moves the mark to no line: the body has no such line.
    await editorLine(page, 'extended:').click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('X');
    await eventually(() => marker.count(), (count) => count === 0, 'the mark after renaming the marker');
    await page.keyboard.press('Backspace');
    await eventually(() => marker.count(), (count) => count === 1, 'the mark after restoring the marker');
    await app.editor.saveState('saved').waitFor();
    await saveScreenshot(page, 'editor-marker-and-code');
  });

  test('loads the blog\'s own pictures by their site-root paths', async () => {
    await app.openPost(path(tankaarPost));
    const image = page.locator('[data-testid="preview"] img[alt="Tankaar screenshots"]');
    await image.waitFor();
    const loaded = await eventually(
      () => image.evaluate((element: HTMLImageElement) => ({ complete: element.complete, width: element.naturalWidth, src: element.src })),
      (state) => state.complete && state.width > 0,
      'the picture',
    );
    assert.equal(loaded.width, 400);
    assert.match(loaded.src, /\/images\/tankaar\.gif$/);
    await saveScreenshot(page, 'editor-blog-picture');
  });

  test('serves only the blog\'s pictures, refusing every way out', async (context) => {
    if (!harnessOnly(session, context)) {
      return;
    }
    const origin = new URL(page.url()).origin;
    const picture = await rawGet(origin, '/__blog-assets/images/tankaar.gif');
    assert.deepEqual(picture, { status: 200, type: 'image/gif' });
    const refusals: readonly (readonly [string, number])[] = [
      ['/__blog-assets/../../../../etc/passwd', 400],
      ['/__blog-assets/images/../_config.yml', 400],
      ['/__blog-assets/%2e%2e/secret.gif', 400],
      ['/__blog-assets/images%2ftankaar.gif', 400],
      ['/__blog-assets/images%2F..%2F..%2Fsecret.gif', 400],
      ['/__blog-assets/..%5csecret.gif', 400],
      ['/__blog-assets/images/tankaar.gif%00.png', 400],
      ['/__blog-assets//etc/passwd', 400],
      ['/__blog-assets/_posts/' + tankaarPost, 404],
      ['/__blog-assets/images/missing.gif', 404],
    ];
    for (const [requestPath, status] of refusals) {
      assert.equal((await rawGet(origin, requestPath)).status, status, requestPath);
    }
    if (process.platform !== 'win32') {
      assert.equal((await rawGet(origin, '/__blog-assets/images/escape.gif')).status, 403, 'a link leading outside the blog');
    }
  });

  test('opens http, https and mailto links in the user\'s browser, never in the app', async (context) => {
    if (!harnessOnly(session, context)) {
      return;
    }
    const opened = session.desktop.openedUrls;
    const before = opened.length;
    await app.openPost(path(featuresPost));
    const appUrl = page.url();
    const preview = app.preview.root;
    await preview.locator('a', { hasText: 'a web link' }).click();
    await eventually(() => opened.length, (count) => count === before + 1, 'the web link');
    await preview.locator('a', { hasText: 'a mail link' }).click();
    await eventually(() => opened.length, (count) => count === before + 2, 'the mail link');
    assert.deepEqual(opened.slice(before), ['https://example.com/page', 'mailto:someone@example.com']);
    await preview.locator('a', { hasText: 'a script link' }).click();
    await preview.locator('a', { hasText: 'a relative link' }).click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(opened.length, before + 2, 'script and relative links open nothing');
    assert.equal(page.url(), appUrl, 'the app never navigated');
  });

  test('follows the system into dark mode: chrome, editor, code and preview', async () => {
    await app.openPost(path(featuresPost));
    await editorLine(page, 'def greet').locator('span', { hasText: /^def$/ }).waitFor();
    const keyword = '[data-testid="editor"] .cm-line span:text-is("def")';
    await page.emulateMedia({ colorScheme: 'light' });
    const light = { page: await backgroundOf(page, 'html'), editor: await backgroundOf(page, '[data-testid="editor"] .cm-editor'), preview: await colour(page, '[data-testid="preview"] p'), keyword: await colour(page, keyword) };
    await saveScreenshot(page, 'editor-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      const dark = { page: await backgroundOf(page, 'html'), editor: await backgroundOf(page, '[data-testid="editor"] .cm-editor'), preview: await colour(page, '[data-testid="preview"] p'), keyword: await colour(page, keyword) };
      await saveScreenshot(page, 'editor-dark');
      assert.ok(luminance(light.page) > 0.8 && luminance(dark.page) < 0.25, `page background ${light.page} → ${dark.page}`);
      assert.ok(luminance(dark.editor) < 0.25, `editor background ${dark.editor}`);
      assert.ok(luminance(dark.preview) > 0.7 && luminance(light.preview) < 0.3, `preview text ${light.preview} → ${dark.preview}`);
      assert.notEqual(dark.keyword, light.keyword, 'code colours change for the dark background');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });

  test('shows the preview in the blog\'s own stylesheet, scoped to the preview and loading nothing', async () => {
    await app.openPost(path(tankaarPost));
    const toggle = app.preview.blogStyle;
    const link = page.locator('[data-testid="preview"] a[href="http://www.tankaar.com/"]');
    const before = await link.evaluate((element) => getComputedStyle(element).color);
    const requested: string[] = [];
    const record = (request: { url(): string }): void => {
      requested.push(request.url());
    };
    page.on('request', record);
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    await eventually(() => toggle.getAttribute('aria-pressed'), (pressed) => pressed === 'true', 'the blog style toggle');
    const styled = await link.evaluate((element) => {
      const style = getComputedStyle(element);
      return { color: style.color, border: style.borderLeftColor, background: style.backgroundImage };
    });
    assert.equal(styled.color, 'rgb(74, 117, 181)', 'the blog\'s link colour');
    assert.equal(styled.border, 'rgb(1, 2, 3)', 'the rest of a rule that had a url() stays');
    assert.equal(styled.background, 'none', 'url() declarations are removed');
    assert.equal(await app.sidebar.list.isVisible(), true, 'rules cannot reach outside the preview');
    assert.equal(await app.editor.saveStatus.evaluate((element) => getComputedStyle(element.parentElement as Element).display), 'flex');
    assert.match((await toggle.getAttribute('title')) ?? '', /styles\.css$/);
    await saveScreenshot(page, 'editor-blog-style');
    page.off('request', record);
    assert.deepEqual(requested.filter((url) => url.includes('tracker.example')), [], 'nothing loaded from the stylesheet');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    assert.equal(await link.evaluate((element) => getComputedStyle(element).color), before);
  });

  test('every control has an accessible name, and command buttons show their shortcut', async () => {
    await app.openPost(path(featuresPost));
    await editor(page).locator('.cm-content').focus();
    await page.keyboard.press('ControlOrMeta+f');
    await editor(page).locator('.cm-search').waitFor();
    // A name from aria-label, aria-labelledby, the control's text, a wrapping label, a <label for> or, failing those, its tooltip.
    const unnamed = await page.locator('button, input, select, textarea, [role="button"], [contenteditable="true"]').evaluateAll((controls) =>
      controls
        .filter((control) => {
          const labelledBy = control.getAttribute('aria-labelledby');
          const named = [
            control.getAttribute('aria-label'),
            labelledBy === null ? null : (control.getRootNode() as Document).getElementById(labelledBy)?.textContent,
            control.textContent,
            control.closest('label')?.textContent,
            ...('labels' in control && control.labels instanceof NodeList ? Array.from(control.labels, (label) => label.textContent) : []),
            'labels' in control ? (control as HTMLInputElement).labels?.[0]?.textContent : null,
            control.getAttribute('title'),
          ];
          return !named.some((name) => name !== null && name !== undefined && name.trim() !== '');
        })
        .map((control) => control.outerHTML.slice(0, 120)),
    );
    assert.deepEqual(unnamed, []);
    await page.keyboard.press('Escape');
    const toggle = app.preview.mode;
    assert.match((await toggle.getAttribute('title')) ?? '', /\((Ctrl\+Shift\+P|⇧⌘P)\)$/);
    assert.equal(await toggle.getAttribute('aria-keyshortcuts'), 'Control+Shift+P Meta+Shift+P');
    assert.match((await app.workspace.exportButton.getAttribute('title')) ?? '', /\((Ctrl\+Shift\+E|⇧⌘E)\)$/);
    await page.keyboard.press('ControlOrMeta+Shift+p');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true', 'the shortcut switches to the front page view');
    await page.keyboard.press('ControlOrMeta+Shift+p');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  });
}
