import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { exportDraft } from '../../../main/services/export/export-draft';
import { ExportRecords } from '../../../main/services/export/export-record';
import { addImage } from '../../../main/services/images/add-image';
import { otherPngBytes, pngBytes } from '../../harness/images';
import { copyTestBlog, withTempFolder } from '../../harness/temp-folders';

const now = new Date(2024, 2, 5, 9, 7);

/** The export record, kept in a user-data folder beside the blog. */
const records = (blog: string): ExportRecords => ExportRecords.in(join(blog, '..', 'user-data'));

async function withDraftsAndBlog(label: string, body: (drafts: string, blog: string) => Promise<void>): Promise<void> {
  await withTempFolder(label, async (folder) => {
    const drafts = join(folder, 'Inkpost');
    const blog = join(folder, 'blog');
    await mkdir(drafts);
    await copyTestBlog(blog);
    await body(drafts, blog);
  });
}

void describe('exporting a draft with pictures beside it', () => {
  void test('copies them into the blog\'s images folder and points the post there; the draft stays as it was', async () => {
    await withDraftsAndBlog('export-images', async (drafts, blog) => {
      const draft = join(drafts, 'kites.md');
      await writeFile(draft, '---\ntitle: Kites\n---\nBefore.\n');
      const added = await addImage(draft, null, { name: 'Red Kite.png', bytes: pngBytes });
      assert.equal(added.link, 'images/red-kite.png');
      const text = `---\ntitle: Kites\n---\nBefore.\n![${added.alt}](${added.link})\n<img src="images/red-kite.png" alt="again">\n![remote](https://example.com/x.png)\n`;
      await writeFile(draft, text);
      const result = await exportDraft(draft, blog, records(blog), { now });
      assert.equal(result.status, 'written');
      assert.deepEqual(result.status === 'written' ? result.images : null, [join(blog, 'images', 'red-kite.png')]);
      assert.deepEqual(await readFile(join(blog, 'images', 'red-kite.png')), Buffer.from(pngBytes));
      const post = await readFile(join(blog, '_posts', '2024-03-05-kites.markdown'), 'utf8');
      assert.match(post, /\n!\[Red Kite\]\(\/images\/red-kite\.png\)\n<img src="\/images\/red-kite\.png" alt="again">\n!\[remote\]\(https:\/\/example\.com\/x\.png\)\n$/);
      assert.equal(await readFile(draft, 'utf8'), text, 'the draft keeps its own paths');

      const again = await exportDraft(draft, blog, records(blog), { now });
      assert.equal(again.status, 'unchanged');
      assert.deepEqual(again.status === 'unchanged' ? again.images : null, [], 'the picture is in the blog already');
    });
  });

  void test('a picture of the same name but other bytes in the blog is never overwritten: the draft\'s gets -2', async () => {
    await withDraftsAndBlog('export-images-2', async (drafts, blog) => {
      await writeFile(join(blog, 'images', 'kite.png'), otherPngBytes);
      await mkdir(join(drafts, 'images'));
      await writeFile(join(drafts, 'images', 'kite.png'), pngBytes);
      const draft = join(drafts, 'flying.md');
      await writeFile(draft, '---\ntitle: Flying\n---\n![a kite](images/kite.png)\n');
      const result = await exportDraft(draft, blog, records(blog), { now });
      assert.deepEqual(result.status === 'written' ? result.images : null, [join(blog, 'images', 'kite-2.png')]);
      assert.deepEqual(await readFile(join(blog, 'images', 'kite.png')), Buffer.from(otherPngBytes));
      assert.match(await readFile(join(blog, '_posts', '2024-03-05-flying.markdown'), 'utf8'), /!\[a kite\]\(\/images\/kite-2\.png\)/);
    });
  });

  void test('a file beside the draft that is no picture stops the export; nothing is written', async () => {
    await withDraftsAndBlog('export-images-bad', async (drafts, blog) => {
      await mkdir(join(drafts, 'images'));
      await writeFile(join(drafts, 'images', 'fake.png'), 'not a picture');
      const draft = join(drafts, 'fake.md');
      await writeFile(draft, '---\ntitle: Fake\n---\n![x](images/fake.png)\n');
      await assert.rejects(exportDraft(draft, blog, records(blog), { now }), /the draft's picture images\/fake\.png: fake\.png is not a picture.*nothing was written/);
      assert.deepEqual(await readdir(join(blog, '_posts')).then((names) => names.filter((name) => name.includes('fake'))), []);
      assert.deepEqual(await readdir(join(blog, 'images')), ['kite.gif']);
    });
  });
});
