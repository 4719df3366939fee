/**
 * The preview stays inside the preview, end to end: a hostile blog
 * stylesheet (stray braces, comments hiding braces, `@import`, page-wide
 * selectors, remote `url()`s, global at-rules, an overlay over the whole
 * window) styles the preview and nothing else; image-map areas, forms,
 * `window.location` tricks and other navigating elements of a post never
 * navigate the app window. Written against a {@link Launcher}; the specs
 * that read the links the app opened run in the browser harness only.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import type { Page, Request } from 'playwright-core';
import { rendererContentSecurityPolicy } from '../../../shared/content-security-policy';
import type { InkpostSession, Launcher } from '../../harness';
import { copyTestBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';
import { inkpostPage, type InkpostPage } from '../../harness/pages';

const postName = '2012-05-06-hostile-content.markdown';

/** A 1×1 PNG, stretched by the width and height attributes: an image map needs a picture that shows. */
const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const postText = `---
layout: post
title: Hostile content
---

A paragraph with *emphasis* and [a web link](https://example.com/page).

<img src="${pixel}" usemap="#user-content-places" width="200" height="100" alt="a map" data-testid="map-image">
<map name="places">
<area shape="rect" coords="0,0,100,100" href="https://example.com/area" alt="web area">
<area shape="rect" coords="100,0,200,100" href="/2009/01/15/relative.html" alt="relative area">
</map>

<form action="https://evil.example/form" method="get"><input name="q" value="x"><button type="submit">Send the form</button></form>

<a href="javascript:location.assign('https://evil.example/js')">a script that moves the window</a>
<img src="data:," onerror="location.href='https://evil.example/onerror'" alt="broken">
<meta http-equiv="refresh" content="0; url=https://evil.example/meta">
<svg><a href="https://evil.example/svg"><text y="20">an SVG link</text></a></svg>
<math href="https://evil.example/math"><mi>a MathML link</mi></math>
<a href="https://example.com/blank" target="_blank">a link to a new window</a>

The end.
`;

/** Hostile stylesheets, each starting with a rule the preview keeps (`p` in rgb(1, 2, 3)), so each visibly applies. */
const hostileSheets: Readonly<Record<string, string>> = {
  'stray braces': 'p { color: rgb(1, 2, 3) }\n} html, body, .app { display: none }\n} :root { --background: rgb(255, 0, 0); background: rgb(255, 0, 0) }\n.save-status::after { content: "Saved by the blog" }\n}}}',
  'comments hiding braces': 'p { color: rgb(1, 2, 3) }\n/* { */ } /* } */\nbody { visibility: hidden }\n.sidebar, .status-bar { display: none !important }\n/* an unclosed comment',
  '@import and remote url()': '@import url("https://tracker.example/a.css");\n@import "theme.css";\np { color: rgb(1, 2, 3); background: url(https://tracker.example/p.png) }\n@font-face { font-family: Tracked; src: url(https://tracker.example/f.woff2) }\n.preview-pane, .sidebar { background-image: url(https://tracker.example/pane.png) }',
  ':root, html and body, and an overlay': ':root, html, body { contain: none !important; background: rgb(255, 0, 0) !important; --background: rgb(255, 0, 0); --text: rgb(255, 0, 0) }\n* { contain: none !important; overflow: visible !important }\np { color: rgb(1, 2, 3); position: fixed; inset: 0; z-index: 2147483647; background: rgb(255, 0, 0) }',
  'global at-rules and nesting': '@layer base { p { color: rgb(1, 2, 3) } }\n@property --background { syntax: "<color>"; inherits: false; initial-value: rgb(255, 0, 0) }\n@keyframes spin { to { transform: rotate(1turn) } }\n@media screen { @supports (display: grid) { html { outline: 5px solid red } p em { color: rgb(4, 5, 6) } } }\n@page { margin: 0 }',
};

/** What the app outside the preview looks like: boxes, the element at the middle of each, styles and the save status's text. */
async function appLook(page: Page): Promise<unknown> {
  // No named helper functions inside: the test runner's transform would name them with a helper the page lacks.
  return page.evaluate((selectors) => ({
    html: [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.documentElement).getPropertyValue('--background')],
    body: [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).display, getComputedStyle(document.body).visibility],
    parts: selectors.map((selector) => {
      const element = document.querySelector(selector);
      if (element === null) {
        return null;
      }
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const atMiddle = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return {
        selector,
        box: [box.left, box.top, box.width, box.height].map(Math.round),
        visible: [style.display, style.visibility, style.opacity, style.backgroundColor, style.backgroundImage, style.color],
        onTop: atMiddle !== null && atMiddle.closest(selector) !== null,
        text: element.textContent,
        before: getComputedStyle(element, '::before').content,
        after: getComputedStyle(element, '::after').content,
      };
    }),
  }), ['.sidebar', '[data-testid="post-list"]', '.status-bar', '[data-testid="save-status"]', '.editor-pane', '.preview-toolbar']);
}

/** Skips a spec that reads what only the browser harness records. */
function harnessOnly(session: InkpostSession | undefined, context: TestContext): session is InkpostSession & { desktop: NonNullable<InkpostSession['desktop']> } {
  if (session?.desktop === null || session === undefined) {
    context.skip('the browser harness records opened links; Electron opens them for real');
    return false;
  }
  return true;
}

/** Registers the containment specs, on a copy of the reference blog with a hostile post. */
export function previewContainmentSpecs(launch: Launcher): void {
  let parent = '';
  let blog = '';
  let session: InkpostSession | undefined;
  let page: Page;
  let app: InkpostPage;
  let appUrl = '';
  const requested: string[] = [];
  const record = (request: Request): void => {
    requested.push(request.url());
  };
  /** Requests that left the app: anything but the app's own origin and `data:`. */
  const away = (): string[] => requested.filter((url) => !url.startsWith(new URL(appUrl).origin) && !url.startsWith('data:') && !url.startsWith('inkpost-'));

  before(async () => {
    parent = await makeTempFolder('e2e-containment');
    blog = join(parent, 'blog');
    await copyTestBlog(blog);
    await writeFile(join(blog, '_posts', postName), postText);
    session = await launch({ postsDir: join(blog, '_posts'), blogDir: blog });
    page = session.page;
    app = inkpostPage(page);
    appUrl = page.url();
    page.setDefaultTimeout(10_000);
    page.on('request', record);
    await openPost();
  });

  /** Opens the hostile post and waits for its preview. */
  const openPost = async (): Promise<void> => {
    const path = join(blog, '_posts', postName);
    await app.sidebar.item(path).click();
    await page.locator('[data-testid="preview"] p', { hasText: 'The end.' }).waitFor();
  };

  /** Starts the page afresh (the blog style off), whatever the last spec left behind. */
  const reload = async (): Promise<void> => {
    await page.goto(appUrl);
    await openPost();
  };

  after(async () => {
    page.off('request', record);
    await session?.close();
    await removeFolder(parent);
  });

  for (const [name, css] of Object.entries(hostileSheets)) {
    test(`a hostile blog stylesheet (${name}) styles the preview and nothing else`, async () => {
      await reload();
      await writeFile(join(blog, 'styles.css'), css);
      const toggle = app.preview.blogStyle;
      const baseline = await appLook(page);
      requested.length = 0;
      await toggle.click();
      await page.locator('[data-testid="preview-blog-style"][aria-pressed="true"]').waitFor();
      try {
        const paragraph = page.locator('[data-testid="preview"] p', { hasText: 'The end.' });
        assert.equal(await paragraph.evaluate((element) => getComputedStyle(element).color), 'rgb(1, 2, 3)', 'the stylesheet applies inside the preview');
        assert.deepEqual(await appLook(page), baseline, 'the sidebar, editor, status bar, save status and toolbar are untouched');
        assert.deepEqual(away(), [], 'nothing loaded from anywhere');
      } finally {
        await toggle.click({ timeout: 5000 });
        await page.locator('[data-testid="preview-blog-style"][aria-pressed="false"]').waitFor({ timeout: 5000 });
      }
    });
  }

  test('what the blog style leaves out is named in a note beside the preview, and nested rules are kept', async () => {
    await reload();
    await writeFile(join(blog, 'styles.css'), `${hostileSheets['@import and remote url()'] ?? ''}\n${hostileSheets['global at-rules and nesting'] ?? ''}`);
    const toggle = app.preview.blogStyle;
    const note = page.locator('[data-testid="preview-style-note"]');
    await toggle.click();
    await page.locator('[data-testid="preview-blog-style"][aria-pressed="true"]').waitFor();
    try {
      await note.waitFor();
      const text = (await note.textContent()) ?? '';
      for (const kind of ['2 × @import', '@font-face', '@property', '@keyframes', '@page', 'url() value']) {
        assert.ok(text.includes(kind), `the note names ${kind}: ${text}`);
      }
      assert.equal(await page.locator('[data-testid="preview"] em', { hasText: 'emphasis' }).evaluate((element) => getComputedStyle(element).color), 'rgb(4, 5, 6)', '@media and @supports blocks are kept');
      assert.equal(await app.preview.root.evaluate((element) => getComputedStyle(element).outlineStyle), 'solid', 'html inside them means the preview');
    } finally {
      await toggle.click();
    }
    assert.equal(await note.isVisible(), false, 'the note goes with the style');
  });

  test('an image map\'s areas open like links: outside the app, or not at all', async (context) => {
    if (!harnessOnly(session, context)) {
      return;
    }
    await reload();
    const opened = session.desktop.openedUrls;
    const before = opened.length;
    const image = page.locator('[data-testid="preview"] img[alt="a map"]');
    assert.equal(await page.locator('[data-testid="preview"] map area').count(), 2, 'the areas reach the preview');
    await image.waitFor({ state: 'visible' });
    const box = await image.boundingBox();
    assert.ok(box !== null, 'the map\'s picture shows');
    await page.mouse.click(box.x + 50, box.y + 50);
    await page.mouse.click(box.x + 150, box.y + 50);
    await page.mouse.click(box.x + 50, box.y + 50, { button: 'middle' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(page.url(), appUrl, 'the window never navigated');
    assert.deepEqual(opened.slice(before), ['https://example.com/area'], 'only the web area opened, in the browser');
  });

  test('forms, scripts, refreshes, SVG and MathML links and new windows never move the app window', async () => {
    await reload();
    const preview = app.preview.root;
    assert.equal(await preview.locator('form, input, button, meta, svg, math').count(), 0, 'the sanitizer keeps none of them');
    const popups: string[] = [];
    const onPopup = (popup: Page): void => {
      popups.push(popup.url());
    };
    page.context().on('page', onPopup);
    try {
      await preview.getByText('a script that moves the window').click();
      await preview.getByText('a link to a new window').click();
      await new Promise((resolve) => setTimeout(resolve, 800));
    } finally {
      page.context().off('page', onPopup);
    }
    assert.equal(page.url(), appUrl, 'the window never navigated');
    assert.deepEqual(popups, [], 'no window opened');
    assert.deepEqual(requested.filter((url) => url.includes('evil.example')), [], 'nothing reached the hostile host');
    assert.equal(await page.evaluate(() => location.href), appUrl);
  });

  test('the page is served with the renderer\'s Content-Security-Policy header, the one its <meta> tag repeats', async () => {
    const header = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    assert.equal(header, rendererContentSecurityPolicy);
  });
}
