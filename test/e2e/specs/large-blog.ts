/**
 * Issue #13, point 18 (opening a post must be instant) on a blog of many
 * posts with many problems: the sidebar draws what can be seen. The problems
 * panel draws a page of problems and a "Show more" button (clicked, or
 * scrolled to, it draws the next page); the post list keeps every post but
 * lets the browser skip the groups of posts that are off screen. Drawing
 * 38,000 problems and laying out 5,000 posts on every open made opening a
 * post take 144 ms (median) on the bench's 5,000-post blog.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { InkpostSession, Launcher } from '../../harness';
import { inkpostPage, type InkpostPage } from '../../harness/pages';
import { copyTestBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';

const postCount = 400;

/** A post of about 30 KB: sections with the same heading (kramdown numbers their ids) and a last line to find. */
function longPostText(): string {
  const sections = Array.from({ length: 40 }, (_, index) => `## Notes\n\nSection ${index}: ${'Words that fill a paragraph of a long post. '.repeat(15)}\n`);
  return `---\nlayout: post\ntitle: "A long post"\n---\nThe long post starts here.\n\n${sections.join('\n')}\nThe long post ends here.\n`;
}

/** Registers the specs on a copy of the test blog with 400 more posts, each with two warnings (an unquoted time and a string `tags`). */
export function largeBlogSpecs(launch: Launcher): void {
  let blog = '';
  let session: InkpostSession | undefined;
  let app: InkpostPage;
  const longPost = (): string => join(blog, '_drafts', 'a-long-post.markdown');
  const post = (index: number): string => {
    const date = new Date(Date.UTC(2001, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
    return join(blog, '_posts', `${date}-post-${index}.markdown`);
  };

  before(async () => {
    blog = await makeTempFolder('e2e-large-blog');
    await copyTestBlog(blog);
    for (let index = 0; index < postCount; index += 1) {
      await writeFile(post(index), `---\nlayout: post\ntitle: Post number ${index}\ntags: word\ntime: 10:30\n---\nBody ${index}.\n`);
    }
    await writeFile(longPost(), longPostText());
    session = await launch({ postsDir: blog, blogDir: blog });
    app = inkpostPage(session.page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(blog);
  });

  test('the problems panel draws a page of problems, then the next one on "Show more" or when scrolled to', async () => {
    await app.problems.more.waitFor();
    const total = Number(await app.problems.count.innerText());
    assert.ok(total >= postCount * 2, `the count says every problem (${total})`);
    const drawn = await app.problems.problems.count();
    assert.ok(drawn >= 100 && drawn <= 160, `a page of problems is drawn, not all ${total} (${drawn})`);
    const hidden = total - drawn;
    assert.match(await app.problems.more.innerText(), new RegExp(`Show more: ${hidden} problems in \\d+ other posts`));

    // Clicked where it stands: Playwright's click would first scroll it into view, which draws pages by itself.
    await app.problems.more.evaluate((button) => (button as HTMLButtonElement).click());
    const second = await app.problems.problems.count();
    assert.ok(second > drawn && second <= drawn + 160, `one more page is drawn (${drawn} → ${second})`);

    // Scrolling to the end of the panel draws the rest, page by page.
    for (let page = 0; page < 20 && (await app.problems.more.count()) > 0; page += 1) {
      await app.problems.more.scrollIntoViewIfNeeded();
      await app.page.waitForTimeout(100);
    }
    assert.equal(await app.problems.more.count(), 0, 'no "Show more" once everything is drawn');
    assert.equal(await app.problems.problems.count(), total);

    // A problem drawn on a later page opens its post.
    const last = post(postCount - 1); // the newest post: last in path order among the generated ones
    await app.problems.problem(last, 4).click();
    await app.sidebar.currentItem(last).waitFor();
  });

  test('posts off screen are listed but skipped by layout; the keyboard still reaches them', async () => {
    assert.equal(await app.sidebar.items.count(), postCount + (await app.page.locator('[data-testid="post-item"]:not([data-path*="-post-"])').count()));
    const skipped = (path: string): Promise<boolean> =>
      app.sidebar.item(path).evaluate((item) => !item.checkVisibility({ contentVisibilityAuto: true }));
    await app.sidebar.list.evaluate((list) => list.scrollTo(0, 0));
    await app.page.waitForTimeout(100);
    assert.equal(await skipped(post(postCount - 1)), false, 'the newest post, at the top, is drawn');
    assert.equal(await skipped(post(0)), true, 'the oldest post, far below, is skipped');

    await app.sidebar.item(post(postCount - 1)).focus();
    await app.page.keyboard.press('End');
    const focused = await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['path']);
    assert.ok(focused !== undefined && focused.includes('_posts'), `End goes to the last post (${focused})`);
    await app.page.waitForTimeout(100);
    assert.equal(await app.sidebar.item(focused).evaluate((item) => item.checkVisibility({ contentVisibilityAuto: true })), true, 'and it is drawn, in view');
    await app.page.keyboard.press('Enter');
    await app.sidebar.currentItem(focused).waitFor();
  });

  test('a long post\'s preview paints its top first and the rest right after, headings numbered across both', async () => {
    // At the first frame after the click: the top is there, the end is not yet.
    await app.page.evaluate(() => {
      const preview = document.querySelector<HTMLElement>('[data-testid="preview"]')!;
      const seen: { partial: boolean; top: boolean; end: boolean }[] = [];
      (window as unknown as { __firstFrames: typeof seen }).__firstFrames = seen;
      new MutationObserver((_, observer) => {
        if (preview.textContent?.includes('The long post starts here.') === true) {
          observer.disconnect();
          requestAnimationFrame(() => seen.push({ partial: preview.dataset['rendering'] === 'partial', top: true, end: preview.textContent?.includes('The long post ends here.') === true }));
        }
      }).observe(preview, { childList: true, subtree: true });
    });
    await app.openPost(longPost());
    const first = await app.page.evaluate(() => (window as unknown as { __firstFrames: { partial: boolean; end: boolean }[] }).__firstFrames[0]);
    assert.deepEqual(first, { partial: true, top: true, end: false }, 'the first frame shows the top only');

    // openPost waited for the rest: every block is rendered, and the 40 "Notes" headings are numbered as kramdown does.
    assert.match(await app.preview.text(), /The long post ends here\./);
    const ids = await app.preview.root.locator('h2').evaluateAll((headings) => headings.map((heading) => heading.id));
    assert.deepEqual(ids, Array.from({ length: 40 }, (_, index) => (index === 0 ? 'user-content-notes' : `user-content-notes-${index}`)));
    assert.equal(await app.preview.root.locator('.preview-block:empty').count(), 0);
  });

  test('the first keystroke in a post marks its item unsaved and touches no other item of the list', async () => {
    const open = post(200);
    await app.openPost(open);
    const other = app.sidebar.item(post(199));
    await other.evaluate((item) => {
      item.dataset['kept'] = 'yes';
    });
    await app.editor.cursorToEndOfLine(7);
    await app.page.keyboard.type('!');
    await app.sidebar.unsavedMarker(open).waitFor();
    assert.equal(await other.getAttribute('data-kept'), 'yes', 'the other items are the same elements: the list was not rebuilt');
    await app.page.keyboard.press('Backspace');
    await app.sidebar.unsavedMarker(open).waitFor({ state: 'detached' });
    assert.equal(await app.sidebar.item(open).getAttribute('data-unsaved'), null);
  });
}
