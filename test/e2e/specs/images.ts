/**
 * Pictures in posts end to end, on a copy of the test blog: a PNG dropped
 * on the editor and one pasted land in the blog's images folder with the
 * inferred name and path style, show in the preview, and change the post by
 * the one inserted line; the same file dropped twice is used once; "Insert
 * Image…" takes files from the system's dialog; a draft outside the blog
 * keeps its pictures beside it until the export carries them into the blog;
 * local pictures that are not there show as labelled placeholders.
 */
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { localDateOf } from '../../../shared/export/export-date';
import type { InkpostSession, Launcher } from '../../harness';
import { gifBytes, otherPngBytes, pngBytes } from '../../harness/images';
import { inkpostPage, withFreshSession, type InkpostPage } from '../../harness/pages';
import { copyTestBlog, makeTempFolder, removeFolder, testPosts } from '../../harness/temp-folders';

/** `after` is `before` with exactly one line inserted: that line. */
function insertedLine(before: string, after: string): string {
  const old = before.split('\n');
  const next = after.split('\n');
  assert.equal(next.length, old.length + 1, `one line more:\n${after}`);
  const at = next.findIndex((line, index) => line !== old[index]);
  assert.deepEqual([...next.slice(0, at), ...next.slice(at + 1)], old, 'nothing but the one line changed');
  return next[at] ?? '';
}

/** Registers the picture specs on a writable copy of the test blog. */
export function imageSpecs(launch: Launcher): void {
  let blog = '';
  let session: InkpostSession | undefined;
  let app: InkpostPage;
  const post = (): string => join(blog, '_posts', testPosts.withImage);

  before(async () => {
    blog = await makeTempFolder('e2e-images-blog');
    await copyTestBlog(blog);
    session = await launch({ postsDir: join(blog, '_posts'), blogDir: blog });
    app = inkpostPage(session.page);
  });

  after(async () => {
    await session?.close();
    await removeFolder(blog);
  });

  test('a PNG dropped on the editor lands in /images/ under its own name, shows in the preview, and is the one line the post gains', async () => {
    const before = await readFile(post(), 'utf8');
    await app.openPost(post());
    await app.editor.dropFile(13, { name: 'Red Kite.png', type: 'image/png', bytes: pngBytes });
    await app.editor.lineWith('![Red Kite](/images/red-kite.png)').waitFor();
    assert.equal(await app.editor.selection(), 'Red Kite', 'the alt text is selected for typing over');
    assert.deepEqual(await readFile(join(blog, 'images', 'red-kite.png')), Buffer.from(pngBytes));
    assert.ok((await app.preview.imageLoaded('Red Kite')) > 0, 'the preview shows the picture');
    await app.editor.save();
    assert.equal(insertedLine(before, await readFile(post(), 'utf8')), '![Red Kite](/images/red-kite.png)');
  });

  test('dropping the same file again uses the file already there', async () => {
    const before = await readFile(post(), 'utf8');
    await app.editor.dropFile(16, { name: 'Red Kite.png', type: 'image/png', bytes: pngBytes });
    await app.editor.lines.filter({ hasText: '![Red Kite](/images/red-kite.png)' }).nth(1).waitFor();
    await app.editor.save();
    assert.equal(insertedLine(before, await readFile(post(), 'utf8')), '![Red Kite](/images/red-kite.png)');
    assert.deepEqual((await readdir(join(blog, 'images'))).sort(), ['kite.gif', 'red-kite.png']);
  });

  test('a pasted picture (image.png) is named after the post, shows, and is the one line the post gains', async () => {
    const before = await readFile(post(), 'utf8');
    await app.editor.line(19).click();
    await app.page.keyboard.press('Home');
    await app.editor.pasteFile({ name: 'image.png', type: 'image/png', bytes: otherPngBytes });
    const link = '![kite flying on a windy saturday](/images/kite-flying-on-a-windy-saturday.png)';
    await app.editor.lineWith(link).waitFor();
    assert.deepEqual(await readFile(join(blog, 'images', 'kite-flying-on-a-windy-saturday.png')), Buffer.from(otherPngBytes));
    assert.ok((await app.preview.imageLoaded('kite flying on a windy saturday')) > 0);
    await app.editor.save();
    assert.equal(insertedLine(before, await readFile(post(), 'utf8')), link);
  });

  test('"Insert Image…" adds the pictures chosen in the file dialog at the cursor', async (context) => {
    if (session?.desktop === null || session?.desktop === undefined) {
      context.skip('the file dialog is answered through the browser harness\'s desktop');
      return;
    }
    const pictures = await makeTempFolder('e2e-images-pictures');
    try {
      const chosen = join(pictures, 'Sunset Photo.gif');
      await writeFile(chosen, gifBytes);
      session.desktop.queueImageChoice([chosen]);
      await app.editor.line(21).click();
      await app.page.keyboard.press('Home');
      await app.page.keyboard.press('ControlOrMeta+Shift+a');
      await app.editor.lineWith('![Sunset Photo](/images/sunset-photo.gif)').waitFor();
      assert.deepEqual(await readFile(join(blog, 'images', 'sunset-photo.gif')), Buffer.from(gifBytes));
      await app.editor.save();
    } finally {
      await removeFolder(pictures);
    }
  });

  test('a local picture that is not there shows as "not found: /images/x.png"; one that is there shows', async () => {
    const missing = join(blog, '_posts', '2020-05-01-missing-picture.markdown');
    await writeFile(missing, '---\nlayout: post\ntitle: Missing picture\n---\n![a kite](/images/kite.gif)\n\n![gone](/images/gone.png)\n\n<img src="{{ site.baseurl }}/images/also-gone.png" alt="also gone">\n');
    await app.sidebar.item(missing).waitFor();
    await app.openPost(missing);
    assert.ok((await app.preview.imageLoaded('a kite')) > 0);
    await app.preview.missingImages.nth(1).waitFor();
    assert.deepEqual(await app.preview.missingImages.allInnerTexts(), ['not found: /images/gone.png', 'not found: /images/also-gone.png']);
    assert.equal(await app.preview.image('gone').count(), 0, 'no bare broken picture is left');
  });

  test('a draft outside the blog keeps its picture beside it; the export copies it into the blog and points the post there, the draft unchanged', async () => {
    const drafts = await makeTempFolder('e2e-images-drafts');
    try {
      await mkdir(drafts, { recursive: true });
      const draft = join(drafts, 'beach-day.markdown');
      await writeFile(draft, '---\ntitle: Beach day\n---\nSand and wind.\n');
      await withFreshSession(launch, { postsDir: drafts, blogDir: blog }, async (drafting) => {
        await drafting.openPost(draft);
        await drafting.editor.dropFile(4, { name: 'image.png', type: 'image/png', bytes: pngBytes });
        await drafting.editor.lineWith('![beach day](images/beach-day.png)').waitFor();
        assert.deepEqual(await readFile(join(drafts, 'images', 'beach-day.png')), Buffer.from(pngBytes));
        assert.ok((await drafting.preview.imageLoaded('beach day')) > 0, 'the preview shows the picture beside the draft');
        await drafting.editor.save();
        const saved = await readFile(draft, 'utf8');
        assert.equal(saved, '---\ntitle: Beach day\n---\n![beach day](images/beach-day.png)\nSand and wind.\n');
        await drafting.workspace.exportButton.click();
        await drafting.status.exportState('exported').waitFor();
        const name = `${localDateOf(new Date())}-beach-day.markdown`;
        assert.equal(await drafting.status.exportStatus.innerText(), `Exported to _posts/${name}, with a picture added: beach-day.png`);
        assert.match(await readFile(join(blog, '_posts', name), 'utf8'), /\n!\[beach day\]\(\/images\/beach-day\.png\)\nSand and wind\.\n$/);
        assert.deepEqual(await readFile(join(blog, 'images', 'beach-day.png')), Buffer.from(pngBytes));
        assert.equal(await readFile(draft, 'utf8'), saved, 'the draft keeps its own path');
      });
    } finally {
      await removeFolder(drafts);
    }
  });
}
