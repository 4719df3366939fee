/**
 * The live preview, end to end: the excerpt boundary, the post page / front
 * page toggle, sanitizing of hostile posts, incremental rendering that ends
 * where a fresh render does, and scroll sync. Written once against a
 * {@link Launcher}. The block splitting and front matter reader it relies on
 * are checked without a browser in test/unit/renderer/preview-blocks.test.ts.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { InkpostSession, Launcher } from '../../harness';
import { projectRoot } from '../../harness/paths';
import { copyReferencePosts, makeTempFolder, removeFolder } from '../../harness/temp-folders';

import { xssPayloads, xssScript } from './xss-payloads';
import { placeCursorAfter, selectText } from '../../harness/editor-search';
import { inkpostPage, type InkpostPage } from '../../harness/pages';

/** Elements that must never reach the preview. */
const forbiddenElements = 'script, iframe, frame, frameset, object, embed, form, input, button, textarea, select, meta, base, link, style, template, noscript, svg, math';


function preview(page: Page) {
  const app = inkpostPage(page);
  return app.preview.root;
}

/** Opens the post at `path` and waits until the editor shows it. */
async function openPost(page: Page, path: string): Promise<void> {
  const app = inkpostPage(page);
  await inkpostPage(page).sidebar.item(path).click();
  // Leaving unsaved edits asks first (safety.ts tests the question); these specs let them go.
  const opened = app.sidebar.currentItem(path);
  const discard = app.dialogs.unsaved.part('unsaved-discard');
  await opened.or(discard).first().waitFor();
  if (await discard.isVisible()) {
    await discard.click();
  }
  await opened.waitFor();
  await app.editor.content.waitFor();
}

/** Waits two animation frames: any render the last change scheduled has run and been painted. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

async function save(page: Page): Promise<void> {
  const app = inkpostPage(page);
  await page.keyboard.press('ControlOrMeta+s');
  await app.editor.saveState('saved').waitFor();
}

/** Saves, reloads the app and opens the post again: its preview is rendered from scratch. Returns that preview's HTML. */
async function freshPreviewHtml(page: Page, path: string, waitForText: string): Promise<string> {
  await save(page);
  await page.reload();
  await page.locator('.app[data-ready="true"]').waitFor({ state: 'attached' });
  await openPost(page, path);
  await preview(page).getByText(waitForText).first().waitFor();
  await settle(page);
  return preview(page).innerHTML();
}

async function screenshot(page: Page, name: string, launch: Launcher): Promise<void> {
  await mkdir(join(projectRoot, 'test-results'), { recursive: true });
  await page.screenshot({ path: join(projectRoot, 'test-results', `preview-${name}-${launch.name}.png`) });
}

/** The line numbers (one-based) at which each `Paragraph N:` starts in `text`. */
function paragraphLines(text: string): Map<number, number> {
  const lines = new Map<number, number>();
  text.split('\n').forEach((line, index) => {
    const match = /^Paragraph (\d+):/.exec(line);
    if (match !== null) {
      lines.set(Number(match[1]), index + 1);
    }
  });
  return lines;
}

/** The number of the `Paragraph N` at the top of the editor's and of the preview's visible area, and the preview block's source line. */
async function topParagraphs(page: Page): Promise<{ editor: number; preview: number; previewLine: number }> {
  // No named functions inside: the test runner's transpiler would wrap them in a helper the page does not have.
  return page.evaluate(() => {
    const pattern = /Paragraph (\d+):/;
    const host = document.querySelector('[data-testid="editor"]')!;
    const scroller = host.shadowRoot!.querySelector('.cm-scroller')!;
    const editorTop = scroller.getBoundingClientRect().top;
    const editorLine = [...host.shadowRoot!.querySelectorAll('.cm-line')].find((line) => line.getBoundingClientRect().bottom > editorTop + 2 && pattern.test(line.textContent ?? ''));
    const pane = document.querySelector('.preview-pane')!;
    const previewTop = pane.getBoundingClientRect().top + (document.querySelector('.preview-toolbar')?.getBoundingClientRect().height ?? 0);
    const block = [...document.querySelectorAll<HTMLElement>('[data-testid="preview"] .preview-block')].find((element) => element.getBoundingClientRect().bottom > previewTop + 2 && pattern.test(element.textContent ?? ''));
    return {
      editor: Number(pattern.exec(editorLine?.textContent ?? '')?.[1] ?? Number.NaN),
      preview: Number(pattern.exec(block?.textContent ?? '')?.[1] ?? Number.NaN),
      previewLine: Number(block?.dataset['sourceLine']),
    };
  });
}

/** Both panes' scroll positions. */
async function scrollTops(page: Page): Promise<[number, number]> {
  return page.evaluate(() => [
    document.querySelector('[data-testid="editor"]')!.shadowRoot!.querySelector('.cm-scroller')!.scrollTop,
    document.querySelector('.preview-pane')!.scrollTop,
  ] as [number, number]);
}

/** Waits until neither pane has moved for a few frames, and returns where they stopped. */
async function scrollingSettled(page: Page): Promise<[number, number]> {
  let last = await scrollTops(page);
  for (let stable = 0; stable < 3;) {
    await page.waitForTimeout(100);
    const now = await scrollTops(page);
    stable = now[0] === last[0] && now[1] === last[1] ? stable + 1 : 0;
    last = now;
  }
  return last;
}

const filler = 'The quick brown fox jumps over the lazy dog, and the preview keeps up with every word of it as the text goes on.';

/** A long post of numbered paragraphs with a few headings and a code block, for scroll sync. */
function longPost(): string {
  const parts = ['---\ntitle: "A long post"\nextended: ":EXTENDED:"\n---\n'];
  for (let number = 1; number <= 120; number += 1) {
    if (number % 15 === 0) {
      parts.push(`## Section ${number / 15}\n\n`);
    }
    if (number % 40 === 0) {
      parts.push('```\ncode line one\ncode line two\ncode line three\n```\n\n');
    }
    parts.push(`Paragraph ${number}: ${filler} ${filler}\n\n`);
  }
  return parts.join('');
}

/** A post that carries every payload, each between two plain paragraphs. */
function xssPost(): string {
  const body = xssPayloads.map((payload, index) => `Before payload ${index}.\n\n${payload}\n\nAfter payload ${index}.\n`).join('\n');
  return `---\ntitle: "Hostile post"\nextended: ":EXTENDED:"\n---\n${body}`;
}

const referencePost = `---
title: "Edited post"
extended: ":EXTENDED:"
---
The opening paragraph says hello and points to [the docs][docs] before they are defined.

A paragraph in the middle that will be typed into.

A paragraph that will be deleted entirely.

* a list item
* another list item

> A quote that stays.

The closing paragraph comes last.
`;

/** Registers the preview specs on a folder of fixture posts and posts made for them. */
export function previewSpecs(launch: Launcher): void {
  let folder = '';
  let session: InkpostSession | undefined;
  let page: Page;
  let app: InkpostPage;
  const path = (name: string): string => join(folder, name);

  before(async () => {
    folder = await makeTempFolder('e2e-preview');
    await copyReferencePosts(folder);
    await writeFile(path('prose-marker.markdown'), '---\ntitle: "Prose marker"\nextended: ":EXTENDED:"\n---\nThis paragraph mentions :EXTENDED: in the middle of a sentence.\n\nAnd goes on.\n');
    await writeFile(path('no-marker-key.markdown'), '---\ntitle: "No marker key"\n---\nFirst part.\n\n:EXTENDED:\n\nSecond part.\n');
    await writeFile(path('separator.markdown'), "---\ntitle: \"Separator\"\nexcerpt_separator: '~~ more ~~'\n---\nThe excerpt.\n\n~~ more ~~\n\nThe rest of the post.\n");
    await writeFile(path('hostile.markdown'), xssPost());
    await writeFile(path('edited.markdown'), referencePost);
    await writeFile(path('long.markdown'), longPost());
    session = await launch({ postsDir: folder });
    page = session.page;
    app = inkpostPage(page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(folder);
  });

  test('draws exactly one excerpt boundary, between the excerpt\'s last block and the extended part\'s first', async () => {
    await openPost(page, path('2007-03-28-debugging-with-data-visualization.markdown'));
    const boundary = app.preview.excerptBoundary;
    await boundary.waitFor();
    assert.equal(await boundary.count(), 1);
    assert.equal(await boundary.getAttribute('role'), 'separator');
    assert.match((await boundary.getAttribute('aria-label')) ?? '', /^Excerpt ends here — the front page shows the text above$/);
    assert.match(await boundary.innerText(), /Excerpt ends here — the front page shows the text above/);
    assert.equal(await boundary.getAttribute('data-source-line'), '13', 'the marker line of the file');
    const neighbours = await boundary.evaluate((element) => ({
      before: element.previousElementSibling?.textContent?.trim() ?? '',
      afterImage: element.nextElementSibling?.querySelector('img')?.getAttribute('alt') ?? '',
      afterThat: element.nextElementSibling?.nextElementSibling?.textContent?.trim() ?? '',
    }));
    assert.match(neighbours.before, /^We do quite a bit of data visualization at Chesspark\./);
    assert.match(neighbours.before, /Every now and then we get a curve ball\.$/);
    assert.equal(neighbours.afterImage, 'actpercent.png');
    assert.match(neighbours.afterThat, /^Each day we produce lots of graphs similar to this one\./);
    assert.doesNotMatch(await preview(page).innerText(), /:EXTENDED:/, 'the marker line is not text');
    await screenshot(page, 'boundary', launch);

    // A marker on the last line: the boundary follows the excerpt and nothing comes after it.
    await openPost(page, path('2008-10-21-xmpp-at-the-sf-music-tech-summit.markdown'));
    await preview(page).getByText('On another note').waitFor();
    assert.equal(await boundary.count(), 1);
    const around = await boundary.evaluate((element) => ({
      before: element.previousElementSibling?.textContent?.trim() ?? '',
      next: element.nextElementSibling?.classList.contains('preview-block') ?? false,
    }));
    assert.match(around.before, /^On another note, I am always happy/);
    assert.equal(around.next, false);
  });

  test('no boundary without a marker line: a marker key alone, the marker inside prose, or a marker line without a key', async () => {
    const boundary = app.preview.excerptBoundary;
    await openPost(page, path('2009-01-15-some-jekyll-hacks.markdown'));
    await preview(page).getByText('While switching my blog to').waitFor();
    assert.equal(await boundary.count(), 0);

    await openPost(page, path('prose-marker.markdown'));
    await preview(page).getByText('And goes on.').waitFor();
    assert.equal(await boundary.count(), 0);
    assert.match(await preview(page).innerText(), /This paragraph mentions :EXTENDED: in the middle of a sentence\./);

    await openPost(page, path('no-marker-key.markdown'));
    await preview(page).getByText('Second part.').waitFor();
    assert.equal(await boundary.count(), 0);
    assert.match(await preview(page).innerText(), /First part\.\s+:EXTENDED:\s+Second part\./);
  });

  test('excerpt_separator names the marker too, and its line is not rendered', async () => {
    await openPost(page, path('separator.markdown'));
    await preview(page).getByText('The rest of the post.').waitFor();
    const boundary = app.preview.excerptBoundary;
    assert.equal(await boundary.count(), 1);
    assert.deepEqual(await boundary.evaluate((element) => [element.previousElementSibling?.textContent?.trim(), element.nextElementSibling?.textContent?.trim()]), ['The excerpt.', 'The rest of the post.']);
    assert.equal(await preview(page).locator('del, s').count(), 0, '"~~ more ~~" is not rendered as struck-through text');
  });

  test('the toggle switches between the post\'s own page and the front page, where "Continue reading" does not navigate', async () => {
    const path1 = path('2007-03-28-debugging-with-data-visualization.markdown');
    await openPost(page, path1);
    await preview(page).getByText('Each day we produce').waitFor();
    const toggle = app.preview.mode;
    const boundary = app.preview.excerptBoundary;
    const extended = preview(page).getByText('Each day we produce lots of graphs');
    const excerpt = preview(page).getByText('We do quite a bit of data visualization');
    const continueReading = app.preview.continueReading;
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false', 'the post page is the default');
    assert.equal(await toggle.getAttribute('data-mode'), 'post');
    assert.ok(await extended.isVisible());
    assert.ok(await boundary.isVisible());
    assert.equal(await continueReading.isVisible(), false);

    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.equal(await toggle.getAttribute('data-mode'), 'front');
    assert.ok(await excerpt.isVisible());
    assert.equal(await extended.isVisible(), false);
    assert.equal(await boundary.isVisible(), false);
    assert.ok(await continueReading.isVisible());
    await screenshot(page, 'front-page', launch);

    const url = page.url();
    await continueReading.click();
    assert.equal(page.url(), url, 'the link does not navigate');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false', 'it shows the whole post');
    assert.ok(await extended.isVisible());

    // A post without a marker line shows whole on the front page, with nothing to continue to.
    await toggle.click();
    await openPost(page, path('2009-01-15-some-jekyll-hacks.markdown'));
    await preview(page).getByText('If you want to see what this all looks like').waitFor();
    assert.ok(await preview(page).getByText('If you want to see what this all looks like').isVisible());
    assert.equal(await continueReading.isVisible(), false);
    await toggle.click();
    assert.equal(await toggle.getAttribute('data-mode'), 'post');
  });

  test(`none of ${xssPayloads.length} XSS payloads runs or loads anything, opened or edited, and the text around them renders`, async () => {
    assert.ok(xssPayloads.length >= 50);
    const hits: string[] = [];
    const dialogs: string[] = [];
    const foreignRequests: string[] = [];
    const appPrefix = new URL('/', page.url()).href;
    await page.exposeBinding('__xssHit', () => {
      hits.push('binding');
    });
    const onDialog = (dialog: { message(): string; dismiss(): Promise<void> }): void => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    };
    const onRequest = (request: { url(): string }): void => {
      const url = request.url();
      if (!url.startsWith(appPrefix) && !url.startsWith('data:')) {
        foreignRequests.push(url);
      }
    };
    page.on('dialog', onDialog);
    page.on('request', onRequest);
    const url = page.url();
    try {
      const hostile = path('hostile.markdown');
      await openPost(page, hostile);
      await preview(page).getByText(`After payload ${xssPayloads.length - 1}.`).waitFor();
      const shown = await preview(page).innerText();
      for (const index of xssPayloads.keys()) {
        assert.match(shown, new RegExp(`Before payload ${index}\\.`));
        assert.match(shown, new RegExp(`After payload ${index}\\.`));
      }
      // Provoke whatever handlers might have survived: click every link, hover and focus what payloads offer.
      for (const link of await preview(page).locator('a').all()) {
        await link.click({ force: true, timeout: 2_000 }).catch(() => undefined);
      }
      await preview(page).getByText('hover me').hover({ timeout: 2_000 }).catch(() => undefined);
      await preview(page).getByText('click me').click({ timeout: 2_000 }).catch(() => undefined);
      // Edit the post: type in the middle, and type new payloads at the end.
      await placeCursorAfter(page, 'Before payload 10.');
      await page.keyboard.type(' Edited in the middle.');
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type(`\n\n<img src=x onerror="${xssScript}">\n\nTyped after the new payloads.\n\n<a href="javascript:${xssScript}">typed link</a>\n`);
      await preview(page).getByText('Typed after the new payloads.').waitFor();
      await preview(page).getByText('Before payload 10. Edited in the middle.').waitFor();
      await preview(page).getByText('typed link').click({ force: true });
      await page.waitForTimeout(1_000);

      const state = await page.evaluate((selector) => {
        const root = document.querySelector('[data-testid="preview"]')!;
        const elements = [...root.querySelectorAll('*')];
        return {
          xss: (window as unknown as { __xss?: unknown }).__xss,
          forbidden: [...root.querySelectorAll(selector)].map((element) => element.tagName),
          handlers: elements.flatMap((element) => [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => `${element.tagName} ${attribute.name}`)),
          scriptUrls: elements.flatMap((element) => [...element.attributes]
            .filter((attribute) => /^\s*(?:javascript|vbscript|data:(?!image\/))/i.test(attribute.value.replace(/[\s\p{Cc}]/gu, '')) && ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'background', 'data'].includes(attribute.name))
            .map((attribute) => `${element.tagName} ${attribute.name}=${attribute.value}`)),
          loadingStyles: elements.map((element) => element.getAttribute('style') ?? '').filter((style) => /url\(|image-set|expression|binding|behavior/i.test(style)),
          clobbered: typeof (window as unknown as Record<string, unknown>)['inkpost'] === 'object' && (window as unknown as Record<string, unknown>)['inkpost'] instanceof HTMLElement,
        };
      }, forbiddenElements);
      assert.equal(state.xss, undefined, 'no payload set window.__xss');
      assert.deepEqual(hits, [], 'no payload called the binding');
      assert.deepEqual(dialogs, [], 'no payload opened a dialog');
      assert.deepEqual(foreignRequests, [], 'nothing was requested from another origin');
      assert.equal(page.url(), url, 'nothing navigated the app');
      assert.deepEqual(state.forbidden, []);
      assert.deepEqual(state.handlers, []);
      assert.deepEqual(state.scriptUrls, []);
      assert.deepEqual(state.loadingStyles, []);
      assert.equal(state.clobbered, false);
      assert.equal(await preview(page).locator('#user-content-inkpost').count(), 1, 'ids are prefixed');
      await screenshot(page, 'hostile', launch);
    } finally {
      page.off('dialog', onDialog);
      page.off('request', onRequest);
    }
  });

  test('after typing, deleting a block, adding a reference definition and moving the marker, the preview equals a fresh render', async () => {
    const edited = path('edited.markdown');
    await openPost(page, edited);
    await preview(page).getByText('The closing paragraph comes last.').waitFor();
    const docsLink = preview(page).locator('a[href="https://example.com/docs"]', { hasText: 'the docs' });
    assert.match(await preview(page).innerText(), /points to \[the docs\]\[docs\] before/, 'an undefined reference is text');

    await placeCursorAfter(page, 'A paragraph in the middle');
    await page.keyboard.type(', typed into here,');
    await preview(page).getByText('A paragraph in the middle, typed into here, that will be typed into.').waitFor();

    await selectText(page, 'A paragraph that will be deleted entirely.');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace'); // the line's break too: the blank lines around it merge
    await preview(page).getByText('A paragraph that will be deleted entirely.').waitFor({ state: 'detached' });

    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\n[docs]: https://example.com/docs "The docs"\n');
    await docsLink.waitFor();
    assert.equal(await docsLink.innerText(), 'the docs', 'the definition reaches the paragraph above it');
    assert.equal(await docsLink.getAttribute('title'), 'The docs');
    await settle(page);
    assert.doesNotMatch(await preview(page).innerText(), /\[docs\]:/, 'the definition itself renders nothing');
    await selectText(page, 'https://example.com/docs');
    await page.keyboard.type('https://example.com/manual');
    await preview(page).locator('a[href="https://example.com/manual"]', { hasText: 'the docs' }).waitFor();
    await settle(page);

    let incremental = await preview(page).innerHTML();
    assert.equal(incremental, await freshPreviewHtml(page, edited, 'The closing paragraph comes last.'));

    const boundary = app.preview.excerptBoundary;
    await placeCursorAfter(page, 'that will be typed into.');
    await page.keyboard.type('\n\n:EXTENDED:');
    await boundary.waitFor();
    assert.equal(await boundary.count(), 1);
    assert.equal(await boundary.evaluate((element) => element.nextElementSibling?.textContent?.trim().startsWith('a list item')), true);
    assert.equal(await preview(page).locator('.preview-block[data-part="extended"]').count(), 3, 'list, quote and closing paragraph');

    await selectText(page, ':EXTENDED:', 2); // the first is the front matter's value
    await page.keyboard.press('Backspace');
    await boundary.waitFor({ state: 'detached' });
    // At the start of the closing paragraph's line (after the quote, Enter would continue the quote).
    await selectText(page, 'The closing paragraph');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(':EXTENDED:\n\nA paragraph typed after a new marker.\n\n');
    await preview(page).getByText('A paragraph typed after a new marker.').waitFor();
    await settle(page);
    assert.equal(await boundary.count(), 1);
    assert.deepEqual(await boundary.evaluate((element) => [element.previousElementSibling?.textContent?.trim(), element.nextElementSibling?.textContent?.trim()]), ['A quote that stays.', 'A paragraph typed after a new marker.']);

    incremental = await preview(page).innerHTML();
    assert.equal(incremental, await freshPreviewHtml(page, edited, 'A paragraph typed after a new marker.'));
    assert.match(await readFile(edited, 'utf8'), /\n:EXTENDED:\n\nA paragraph typed after a new marker\./);
    await screenshot(page, 'edited', launch);
  });

  test('scrolling either pane brings the other to the same source line, with no feedback loop', async () => {
    const long = path('long.markdown');
    const lines = paragraphLines(await readFile(long, 'utf8'));
    await openPost(page, long);
    await preview(page).getByText('Paragraph 120:').waitFor({ state: 'attached' });
    const editorBox = await app.editor.root.boundingBox();
    const previewBox = await page.locator('.preview-pane').boundingBox();
    assert.ok(editorBox !== null && previewBox !== null);

    await page.mouse.move(editorBox.x + editorBox.width / 2, editorBox.y + editorBox.height / 2);
    await page.mouse.wheel(0, 4_000);
    const [editorTop, previewTop] = await scrollingSettled(page);
    assert.ok(editorTop > 1_000 && previewTop > 500, `both panes scrolled (${editorTop}, ${previewTop})`);
    let top = await topParagraphs(page);
    assert.ok(Math.abs(top.editor - top.preview) <= 1, `editor at paragraph ${top.editor}, preview at ${top.preview}`);
    assert.equal(top.previewLine, lines.get(top.preview), 'the block carries its source line');

    await page.mouse.move(previewBox.x + previewBox.width / 2, previewBox.y + previewBox.height / 2);
    await page.mouse.wheel(0, 3_000);
    const [editorAfter] = await scrollingSettled(page);
    assert.ok(editorAfter > editorTop, 'the editor followed the preview');
    top = await topParagraphs(page);
    assert.ok(Math.abs(top.editor - top.preview) <= 1, `editor at paragraph ${top.editor}, preview at ${top.preview}`);

    await page.mouse.wheel(0, -1_500);
    await scrollingSettled(page);
    top = await topParagraphs(page);
    assert.ok(Math.abs(top.editor - top.preview) <= 1, `back up: editor at paragraph ${top.editor}, preview at ${top.preview}`);
    const before = await scrollTops(page);
    await page.waitForTimeout(500);
    assert.deepEqual(await scrollTops(page), before, 'nothing moves once the user stops');
    await screenshot(page, 'scroll-sync', launch);
  });
}
