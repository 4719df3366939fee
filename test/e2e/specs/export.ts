/**
 * One-click export end to end: a draft in a posts folder is exported into a
 * copy of the reference blog, following its conventions, and a file in the
 * way is never overwritten without the user's answer.
 */
import assert from 'node:assert/strict';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { localDateOf } from '../../../shared/export/export-date';
import type { InkpostSession, Launcher } from '../../harness';
import { inkpostPage, type InkpostPage } from '../../harness/pages';
import { copyTestBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';

/** Registers the export specs on a drafts folder and a writable copy of the reference blog. */
export function exportSpecs(launch: Launcher): void {
  let drafts = '';
  let blog = '';
  let session: InkpostSession | undefined;
  let app: InkpostPage;
  const today = localDateOf(new Date());

  before(async () => {
    drafts = await makeTempFolder('e2e-drafts');
    blog = await makeTempFolder('e2e-blog');
    await copyTestBlog(blog);
    await writeFile(join(drafts, 'hello-inkpost.markdown'), '---\ntitle: "Hello: Inkpost"\n---\nIntro.\n\n:EXTENDED:\n\nThe rest.\n');
    await writeFile(join(drafts, 'conflict-me.markdown'), '---\ntitle: Conflict me\n---\nMine.\n');
    session = await launch({ postsDir: drafts, blogDir: blog });
    app = inkpostPage(session.page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(drafts);
    await removeFolder(blog);
  });

  test('write a draft, set tags and time in the form, export with one click: the post follows the blog and the app names the file', async () => {
    const draft = join(drafts, 'hello-inkpost.markdown');
    await app.openPost(draft);
    // The form shows the draft's export date and time (today and now) until the user sets them.
    assert.equal(await app.form.date.inputValue(), today);
    assert.equal(await app.form.time.getAttribute('data-default'), 'true');
    // Tags and time through the form, from the keyboard.
    await app.form.addTags('inkpost', 'jekyll');
    await app.form.tag('jekyll').waitFor();
    await app.form.time.fill('09:30');
    await app.form.timeSet.waitFor();
    await app.workspace.exportButton.click();
    const status = app.status.exportStatus;
    await app.status.exportState('exported').waitFor();
    const name = `${today}-hello-inkpost.markdown`;
    assert.equal(await status.innerText(), `Exported to _posts/${name}`);
    assert.equal(
      await readFile(join(blog, '_posts', name), 'utf8'),
      '---\nlayout: post\ntitle: "Hello: Inkpost"\ntags: [inkpost, jekyll]\ntime: "09:30"\nextended: ":EXTENDED:"\n---\nIntro.\n\n:EXTENDED:\n\nThe rest.\n',
    );
    assert.equal(await readFile(draft, 'utf8'), '---\ntitle: "Hello: Inkpost"\ntags: [inkpost, jekyll]\ntime: "09:30"\n---\nIntro.\n\n:EXTENDED:\n\nThe rest.\n', 'the draft was saved first and kept');

    await app.workspace.exportButton.click();
    await app.status.exportState('unchanged').waitFor();
    assert.equal(await status.innerText(), `Already exported as _posts/${name}`);
  });

  test('a file in the way is never overwritten: cancel writes nothing, keep both exports beside it', async () => {
    const inTheWay = join(blog, '_posts', `${today}-conflict-me.markdown`);
    await writeFile(inTheWay, '---\ntitle: Someone else\n---\nTheirs.\n');
    await app.openPost(join(drafts, 'conflict-me.markdown'));
    await app.page.keyboard.press('ControlOrMeta+Shift+e');
    const prompt = app.dialogs.exportConflict;
    await prompt.waitOpen();
    assert.match(await prompt.message.innerText(), new RegExp(`${today}-conflict-me\\.markdown`));
    await prompt.choose('export-cancel');
    await app.status.exportState('cancelled').waitFor();
    assert.equal(await readFile(inTheWay, 'utf8'), '---\ntitle: Someone else\n---\nTheirs.\n');

    await app.workspace.exportButton.click();
    await prompt.waitOpen();
    await prompt.choose('export-keep-both');
    await app.status.exportState('exported').waitFor();
    assert.equal(await app.status.exportStatus.innerText(), `Exported to _posts/${today}-conflict-me-2.markdown`);
    assert.equal(await readFile(inTheWay, 'utf8'), '---\ntitle: Someone else\n---\nTheirs.\n');
    assert.ok((await readdir(join(blog, '_posts'))).includes(`${today}-conflict-me-2.markdown`));
  });
}
