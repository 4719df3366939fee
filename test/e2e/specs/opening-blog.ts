/**
 * Issue #13, opening a blog (points 1, 2 and 4), as a new user meets it:
 * opening a blog's root, its `_posts` or its `_drafts` recognises the blog
 * (no "No blog chosen", export available), every disabled control says why
 * in its tooltip, posts in subfolders of an opened `_posts` are listed and
 * watched, and the recent folders name the blog with a shortened path.
 */
import assert from 'node:assert/strict';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { InkpostSession, Launcher } from '../../harness';
import { saveScreenshotSet } from '../../harness/screenshot-set';
import { copyReferenceBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';

function item(page: Page, path: string): ReturnType<Page['locator']> {
  return page.locator(`[data-testid="post-item"][data-path="${path}"]`);
}

/** Every disabled button and field group of the page that gives no reason in its tooltip. */
function disabledWithoutReason(page: Page): Promise<string[]> {
  return page.locator('button:disabled, fieldset:disabled').evaluateAll((controls) =>
    controls
      .filter((control) => control.closest('[hidden]') === null && (control.getAttribute('title') ?? '').trim() === '' )
      .map((control) => control.outerHTML.slice(0, 100)),
  );
}

/** Registers the specs on a writable copy of the reference blog, with a `_posts/2009` subfolder and a draft. */
export function openingBlogSpecs(launch: Launcher): void {
  let root = '';
  let blog = '';
  let session: InkpostSession | undefined;

  before(async () => {
    root = await makeTempFolder('e2e-opening-blog');
    blog = join(root, 'metajack.im');
    await copyReferenceBlog(blog);
    await mkdir(join(blog, '_posts', '2009'));
    await rename(join(blog, '_posts', '2009-01-15-some-jekyll-hacks.markdown'), join(blog, '_posts', '2009', '2009-01-15-some-jekyll-hacks.markdown'));
    await writeFile(join(blog, '_drafts', 'a-draft.markdown'), '---\nlayout: post\ntitle: A draft\nextended: ":EXTENDED:"\n---\nText.\n');
  });

  after(async () => {
    await session?.close();
    await removeFolder(root);
  });

  test('opening the blog\'s _drafts recognises the blog: its name shows and a draft can be exported', async () => {
    session = await launch({ postsDir: join(blog, '_drafts') });
    const page = session.page;
    await page.locator('[data-testid="blog-name"]', { hasText: 'metajack.im' }).waitFor();
    const exportButton = page.locator('[data-testid="export-button"]');
    // Nothing open yet: the export button is off and says why.
    assert.equal(await exportButton.isDisabled(), true);
    assert.match((await exportButton.getAttribute('title')) ?? '', /open a post/i);
    assert.deepEqual(await disabledWithoutReason(page), []);
    await item(page, join(blog, '_drafts', 'a-draft.markdown')).click();
    await page.locator('[data-testid="export-button"]:not([disabled])').waitFor();
    // A draft cannot be unpublished, and the button says so.
    assert.match((await page.locator('[data-testid="post-unpublish"]').getAttribute('title')) ?? '', /^Only a published post/);
    assert.deepEqual(await disabledWithoutReason(page), []);
    await saveScreenshotSet(page, 'opening-blog-drafts');
    await session.close();
    session = undefined;
  });

  test('opening a folder that is no blog says why export is off, in the tooltip', async () => {
    const notes = join(root, 'notes');
    await mkdir(notes);
    await writeFile(join(notes, 'note.md'), '---\ntitle: Note\n---\nText.\n');
    session = await launch({ postsDir: notes });
    const page = session.page;
    await item(page, join(notes, 'note.md')).click();
    await page.locator(`[data-testid="post-item"][data-path="${join(notes, 'note.md')}"][aria-current="true"]`).waitFor();
    const exportButton = page.locator('[data-testid="export-button"]');
    assert.equal(await exportButton.isDisabled(), true);
    assert.match((await exportButton.getAttribute('data-disabled-reason')) ?? '', /no blog is chosen/);
    assert.match((await exportButton.getAttribute('title')) ?? '', /no blog is chosen.*\((Ctrl\+Shift\+E|⇧⌘E)\)$/);
    assert.deepEqual(await disabledWithoutReason(page), []);
    await session.close();
    session = undefined;
  });

  test('opening _posts lists the posts of its subfolders, watches them, and recognises the blog', async () => {
    session = await launch({ postsDir: join(blog, '_posts') });
    const page = session.page;
    await page.locator('[data-testid="blog-name"]', { hasText: 'metajack.im' }).waitFor();
    await item(page, join(blog, '_posts', '2009', '2009-01-15-some-jekyll-hacks.markdown')).waitFor();
    assert.equal(await page.locator('[data-testid="post-item"]').count(), 9);
    // A post another program writes into a new subfolder appears.
    await mkdir(join(blog, '_posts', '2010'));
    const added = join(blog, '_posts', '2010', '2010-02-02-later.markdown');
    await writeFile(added, '---\nlayout: post\ntitle: Later\n---\nText.\n');
    await item(page, added).waitFor({ timeout: 10_000 });
    await saveScreenshotSet(page, 'opening-blog-posts-subfolders');
  });

  test('the recent folders name the blog and show a shortened path, not a bare _drafts or _posts', async () => {
    assert.ok(session !== undefined);
    const page = session.page;
    await page.locator('[data-testid="recent-folders"]').click();
    const labels = await page.locator('[data-testid="recent-folders"] option[value]:not([value=""])').evaluateAll((options) =>
      options.map((option) => ({ value: (option as HTMLOptionElement).value, text: option.textContent ?? '', title: option.getAttribute('title') })),
    );
    await page.keyboard.press('Escape');
    const posts = labels.find((label) => label.value === join(blog, '_posts'));
    assert.ok(posts !== undefined, JSON.stringify(labels));
    assert.equal(posts.text, `metajack.im › _posts (open) — …/${basename(root)}/metajack.im/_posts`);
    assert.equal(posts.title, join(blog, '_posts'));
  });
}
