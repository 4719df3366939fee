/**
 * An exported draft shows so (#13 point 9): a badge on its item in the post
 * list and a note in the form, "Published as _posts/… — open it", from the
 * export record in the user-data folder. "open it" opens the post, switching
 * to the blog's `_posts` (the open post saved first, as any folder switch);
 * a record gone stale (the post deleted) shows no link and no badge.
 */
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';
import { localDateOf } from '../../../shared/export/export-date';
import type { InkpostSession, Launcher } from '../../harness';
import { inkpostPage, type InkpostPage } from '../../harness/pages';
import { saveScreenshotSet } from '../../harness/screenshot-set';
import { copyTestBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';

/** Registers the published-draft specs on a writable copy of the test blog, its `_drafts` open. */
export function publishedDraftSpecs(launch: Launcher): void {
  let blog = '';
  let session: InkpostSession | undefined;
  let app: InkpostPage;
  const drafts = (): string => join(blog, '_drafts');
  const draft = (): string => join(drafts(), 'published-one.markdown');
  const post = `_posts/${localDateOf(new Date())}-published-one.markdown`;

  before(async () => {
    blog = await makeTempFolder('e2e-published-blog');
    await copyTestBlog(blog);
    await writeFile(draft(), '---\ntitle: "Published one"\n---\nBody.\n');
    session = await launch({ postsDir: drafts(), blogDir: blog });
    app = inkpostPage(session.page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(blog);
  });

  test('an exported draft shows so in the list and the form; "open it" saves the draft, switches to _posts and opens the post', async () => {
    await app.openPost(draft());
    assert.equal(await app.sidebar.publishedBadge().count(), 0, 'nothing exported yet');
    assert.equal(await app.form.publishedNote.isVisible(), false);

    await app.workspace.exportButton.click();
    await app.status.exportState('exported').waitFor();
    const badge = app.sidebar.publishedBadge(draft());
    await badge.waitFor();
    assert.equal(await badge.getAttribute('title'), `Published as ${post}`);
    await app.form.publishedNoteIn('published').waitFor();
    assert.equal(await app.form.publishedNote.innerText(), `Published as ${post} — open it`);
    await saveScreenshotSet(app.page, 'published-draft');

    // An edit not yet saved is saved before the window switches folders.
    await app.editor.cursorToEndOfLine(4);
    await app.page.keyboard.type(' More.');
    await app.editor.saveState('unsaved').waitFor();
    await app.form.openPublished.click();
    const postPath = join(blog, ...post.split('/'));
    await app.sidebar.currentItem(postPath).waitFor();
    assert.equal(await app.workspace.folderName.innerText(), '_posts');
    assert.equal(await app.workspace.blogName.innerText(), basename(blog), 'the blog is kept');
    assert.equal(await app.status.path.innerText(), postPath);
    assert.match(await app.editor.text(), /^---\nlayout: post\ntitle: "Published one"\n/);
    assert.equal(await readFile(draft(), 'utf8'), '---\ntitle: "Published one"\n---\nBody. More.\n', 'the draft was saved before the switch');
    assert.equal(await app.form.publishedNote.isVisible(), false, 'a published post has no such note');
  });

  test('a stale record shows no link and no badge: the post was deleted since', async () => {
    await app.workspace.recentFolders.selectOption(drafts());
    await app.sidebar.item(draft()).waitFor();
    await app.sidebar.publishedBadge(draft()).waitFor();
    await rm(join(blog, ...post.split('/')));
    await app.openPost(draft());
    await app.form.publishedNoteIn('gone').waitFor();
    assert.equal(await app.form.publishedNote.innerText(), `Was published as ${post} (no longer there)`);
    assert.equal(await app.form.openPublished.count(), 0, 'never a dead link');
    await app.sidebar.publishedBadge(draft()).waitFor({ state: 'detached' });
  });
}
