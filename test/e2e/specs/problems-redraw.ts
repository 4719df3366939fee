/**
 * Issue #13, point 18 (opening a post must be instant) on a blog with many
 * problems: opening or editing a post redraws only the problems that
 * changed. The panel's other files and the list's badges stay the very same
 * elements, so the sidebar is not laid out again on every open (on 5,000
 * posts with problems that cost a full layout per open).
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { InkpostSession, Launcher } from '../../harness';
import { inkpostPage, type InkpostPage } from '../../harness/pages';
import { copyTestBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';

/** Registers the spec on a copy of the test blog with three posts whose time is unquoted (a warning each). */
export function problemsRedrawSpecs(launch: Launcher): void {
  let blog = '';
  let session: InkpostSession | undefined;
  let app: InkpostPage;
  const post = (day: number): string => join(blog, '_posts', `2020-01-0${day}-post-${day}.markdown`);

  before(async () => {
    blog = await makeTempFolder('e2e-problems-redraw');
    await copyTestBlog(blog);
    for (const day of [1, 2, 3]) {
      await writeFile(post(day), `---\nlayout: post\ntitle: Post ${day}\ntime: 1${day}:30\n---\nBody ${day}.\n`);
    }
    session = await launch({ postsDir: blog, blogDir: blog });
    app = inkpostPage(session.page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(blog);
  });

  test('opening and fixing a post redraws its problems only: the other files\' groups and badges are kept', async () => {
    await app.problems.file(post(1)).waitFor();
    await app.problems.file(post(3)).waitFor();
    // Tag the elements shown now: a redraw of everything would replace them.
    await app.page.evaluate(([first, third]) => {
      for (const path of [first, third]) {
        const group = document.querySelector<HTMLElement>(`[data-testid="problems-file"][data-path="${path}"]`);
        const badge = document.querySelector<HTMLElement>(`[data-testid="post-item"][data-path="${path}"] [data-testid="problem-badge"]`);
        if (group === null || badge === null) {
          throw new Error(`no group or badge for ${path}`);
        }
        group.dataset['kept'] = 'yes';
        badge.dataset['kept'] = 'yes';
      }
    }, [post(1), post(3)]);
    const kept = app.page.locator('[data-kept="yes"]');
    assert.equal(await kept.count(), 4);

    await app.openPost(post(2));
    await app.page.waitForTimeout(500); // the opened post's check has answered
    assert.equal(await kept.count(), 4, 'opening a post redrew nothing that did not change');

    // Quote the time: the open post's warning goes, and only its group changes.
    await app.editor.cursorToEndOfLine(4);
    await app.page.keyboard.type('"');
    await app.page.keyboard.press('Home');
    for (let step = 0; step < 'time: '.length; step += 1) {
      await app.page.keyboard.press('ArrowRight');
    }
    await app.page.keyboard.type('"');
    await app.problems.file(post(2)).waitFor({ state: 'detached' });
    assert.equal(await app.problems.files.count(), 3, 'the two other posts and the test blog\'s own warning');
    assert.equal(await app.page.locator('[data-testid="problems-file"][data-kept="yes"]').count(), 2, 'the other files\' groups are the same elements');
  });
}
