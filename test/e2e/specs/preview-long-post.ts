/**
 * A long post's preview (over 128 blocks): its blocks stand in chunks
 * (renderer/src/preview/block-chunks.ts), so that one changed block makes the
 * browser lay out one chunk, not every block. Typing, adding and deleting
 * blocks and moving the excerpt marker must still end with the blocks in
 * source order and the same DOM as a fresh render of the same text, and a
 * keystroke in a paragraph must leave every other block, and every chunk,
 * where it was.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { InkpostSession, Launcher } from '../../harness';
import { placeCursorAfter } from '../../harness/editor-search';
import { inkpostPage, type InkpostPage } from '../../harness/pages';
import { makeTempFolder, removeFolder } from '../../harness/temp-folders';

const paragraphs = 240;

/** 240 paragraphs, a repeated `## Notes` heading every 40, a list and a fence, and the excerpt marker after paragraph 119. */
function longPost(): string {
  const parts = ['---\ntitle: "A long post"\nextended: ":MORE:"\n---\n'];
  for (let index = 0; index < paragraphs; index += 1) {
    if (index % 40 === 0) {
      parts.push('## Notes\n');
    }
    parts.push(`Paragraph ${index} says something about kites and wind.\n`);
    if (index === 60) {
      parts.push('* one\n* two\n');
    }
    if (index === 90) {
      parts.push('```\ncode line\n```\n');
    }
    if (index === 119) {
      parts.push(':MORE:\n');
    }
  }
  return parts.join('\n');
}

/** The preview's blocks' texts and the excerpt boundary (as `|MORE|`), in document order. */
function shownInOrder(page: Page): Promise<string[]> {
  return page.locator('[data-testid="preview"]').evaluate((preview) =>
    [...preview.querySelectorAll('.preview-block, .excerpt-boundary')].map((element) => (element.classList.contains('excerpt-boundary') ? '|MORE|' : (element.textContent ?? '').trim())),
  );
}

/** Registers the long post specs. */
export function previewLongPostSpecs(launch: Launcher): void {
  let folder = '';
  let session: InkpostSession | undefined;
  let app: InkpostPage;
  let path = '';

  before(async () => {
    folder = await makeTempFolder('e2e-preview-long');
    path = join(folder, '2024-05-01-a-long-post.markdown');
    await writeFile(path, longPost());
    session = await launch({ postsDir: folder });
    app = inkpostPage(session.page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(folder);
  });

  test('a long post\'s blocks stand in chunks, in source order, with the boundary where the marker is', async () => {
    await app.openPost(path);
    const preview = app.preview.root;
    await preview.getByText(`Paragraph ${paragraphs - 1} says`).waitFor();
    const chunks = await preview.locator('.preview-chunk').count();
    assert.ok(chunks >= 3, `the blocks are grouped in chunks (${chunks})`);
    const shown = await shownInOrder(app.page);
    assert.equal(shown.filter((text) => text.startsWith('Paragraph ')).length, paragraphs);
    assert.equal(shown.indexOf('|MORE|'), shown.indexOf('Paragraph 119 says something about kites and wind.') + 1, 'the boundary follows paragraph 119');
    assert.equal(shown.at(-1), `Paragraph ${paragraphs - 1} says something about kites and wind.`);
    assert.deepEqual(await preview.locator('h2').evaluateAll((headings) => headings.map((heading) => heading.id)), ['user-content-notes', 'user-content-notes-1', 'user-content-notes-2', 'user-content-notes-3', 'user-content-notes-4', 'user-content-notes-5']);
  });

  test('a keystroke in a paragraph replaces its block only; every other block and every chunk stays', async () => {
    const preview = app.preview.root;
    await preview.evaluate((element) => {
      for (const [index, node] of [...element.querySelectorAll<HTMLElement>('.preview-block, .preview-chunk')].entries()) {
        (node as HTMLElement & { inkpostMark?: number }).inkpostMark = index;
      }
    });
    await placeCursorAfter(app.page, 'Paragraph 150 says something');
    await app.page.keyboard.type('!');
    await preview.getByText('Paragraph 150 says something! about').waitFor();
    const unmarked = await preview.evaluate((element) => {
      const nodes = [...element.querySelectorAll<HTMLElement & { inkpostMark?: number }>('.preview-block, .preview-chunk')];
      return nodes.filter((node) => node.inkpostMark === undefined).map((node) => node.textContent?.trim());
    });
    assert.deepEqual(unmarked, ['Paragraph 150 says something! about kites and wind.']);
  });

  test('after typing, new and deleted blocks and a moved marker, the preview equals a fresh render', async () => {
    const { page } = app;
    const preview = app.preview.root;
    await placeCursorAfter(page, 'Paragraph 30 says something about kites and wind.');
    await page.keyboard.type('\n\nA new paragraph after 30.\n\n## Notes');
    await placeCursorAfter(page, 'Paragraph 200 says something about kites and wind.');
    for (let index = 0; index < 12; index += 1) {
      await page.keyboard.type(`\n\nNew paragraph ${index} after 200.`);
    }
    // Delete paragraph 70's text (Home would stop at the wrapped line's start).
    const seventy = 'Paragraph 70 says something about kites and wind.';
    await placeCursorAfter(page, seventy);
    for (let index = 0; index < seventy.length; index += 1) {
      await page.keyboard.press('Backspace');
    }
    // Move the marker: delete it, then put it after paragraph 20.
    await placeCursorAfter(page, 'Paragraph 119 says something about kites and wind.'); // the first ':MORE:' is the front matter's
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Backspace');
    await placeCursorAfter(page, 'Paragraph 20 says something about kites and wind.');
    await page.keyboard.type('\n\n:MORE:');
    await preview.getByText('New paragraph 11 after 200.').waitFor();
    await page.waitForFunction(() => {
      const shown = [...document.querySelectorAll('[data-testid="preview"] .preview-block, [data-testid="preview"] .excerpt-boundary')];
      const boundary = shown.findIndex((element) => element.classList.contains('excerpt-boundary'));
      return boundary > 0 && (shown[boundary - 1]?.textContent ?? '').includes('Paragraph 20 says') && !shown.some((element) => (element.textContent ?? '').startsWith('Paragraph 70 says'));
    });
    const shown = await shownInOrder(page);
    assert.equal(shown.indexOf('A new paragraph after 30.'), shown.indexOf('Paragraph 30 says something about kites and wind.') + 1);
    assert.equal(shown.indexOf('New paragraph 0 after 200.'), shown.indexOf('Paragraph 200 says something about kites and wind.') + 1);
    assert.equal(shown.filter((text) => text === '|MORE|').length, 1);
    const typed = await preview.innerHTML();

    await app.editor.save();
    await page.reload();
    await page.locator('.app[data-ready="true"]').waitFor({ state: 'attached' });
    await app.openPost(path);
    await preview.getByText('New paragraph 11 after 200.').waitFor();
    assert.equal(await preview.innerHTML(), typed, 'the incremental preview equals a fresh render of the same text');
  });
}
