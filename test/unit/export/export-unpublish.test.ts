import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { exportDraft } from '../../../main/services/export/export-draft';
import { ExportRecords } from '../../../main/services/export/export-record';
import { unpublishPost } from '../../../main/services/export/unpublish-post';
import { copyTestBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';


void describe('unpublishPost', () => {
  let root = '';
  let blog = '';
  let records: ExportRecords;
  const post = (name: string): string => join(blog, '_posts', name);
  const draft = (name: string): string => join(blog, '_drafts', name);

  before(async () => {
    root = await makeTempFolder('unpublish');
    blog = join(root, 'blog');
    records = ExportRecords.in(join(root, 'user-data'));
    await copyTestBlog(blog);
  });
  after(async () => {
    await removeFolder(root);
  });

  void test('moves a post to _drafts/<slug>.<ext> byte for byte, writing first and deleting after', async () => {
    const path = post('2012-09-03-sourdough-notes-a-year-of-starters.markdown');
    const bytes = await readFile(path);
    const result = await unpublishPost(path, blog, records);
    assert.deepEqual(result, {
      draftPath: draft('sourdough-notes-a-year-of-starters.markdown'),
      removedPath: path,
      date: '2012-09-03',
      createdDraft: true,
    });
    assert.deepEqual(await readFile(result.draftPath), bytes);
    await assert.rejects(stat(path), { code: 'ENOENT' });
    assert.deepEqual((await readdir(join(blog, '_drafts'))).sort(), ['README', 'sourdough-notes-a-year-of-starters.markdown']);
  });

  void test('a draft of that name with other content is an error and nothing changes; the same bytes are fine', async () => {
    const path = post('2012-04-14-kite-flying-on-a-windy-saturday.markdown');
    const bytes = await readFile(path);
    await writeFile(draft('kite-flying-on-a-windy-saturday.markdown'), 'my other draft\n');
    await assert.rejects(unpublishPost(path, blog, records), /kite-flying-on-a-windy-saturday\.markdown already exists with other content; nothing was changed/);
    assert.deepEqual(await readFile(path), bytes);
    assert.equal(await readFile(draft('kite-flying-on-a-windy-saturday.markdown'), 'utf8'), 'my other draft\n');

    await writeFile(draft('kite-flying-on-a-windy-saturday.markdown'), bytes);
    const result = await unpublishPost(path, blog, records);
    assert.equal(result.createdDraft, false);
    await assert.rejects(stat(path), { code: 'ENOENT' });
  });

  void test('refuses a file outside _posts, and one outside the blog', async () => {
    await assert.rejects(unpublishPost(join(blog, 'index.html'), blog, records), /not a post in a _posts folder/);
    const elsewhere = join(root, 'other', '_posts');
    await mkdir(elsewhere, { recursive: true });
    await writeFile(join(elsewhere, '2020-01-01-x.md'), 'x\n');
    await assert.rejects(unpublishPost(join(elsewhere, '2020-01-01-x.md'), blog, records), /not a post in a _posts folder of/);
  });

  void test('the export record forgets an unpublished post; publishing again needs the date back', async () => {
    const drafts = join(root, 'drafts');
    await mkdir(drafts);
    const source = join(drafts, 'round-trip.md');
    await writeFile(source, '---\ntitle: Round trip\n---\nBody\n');
    const exported = await exportDraft(source, blog, records, { now: new Date(2022, 5, 1, 12, 0) });
    assert.equal(exported.status, 'written');
    const postPath = exported.status === 'written' ? exported.path : '';
    const unpublished = await unpublishPost(postPath, blog, records);
    assert.equal(unpublished.draftPath, draft('round-trip.markdown'));
    assert.equal(unpublished.date, '2022-06-01');
    assert.equal((await records.read(blog)).exports[source], undefined);

    const again = await exportDraft(unpublished.draftPath, blog, records, { date: unpublished.date ?? '', draftAfterExport: 'move' });
    assert.equal(again.status === 'written' && again.path, postPath);
    assert.deepEqual(await readFile(postPath, 'utf8'), '---\nlayout: post\ntitle: Round trip\ntime: "12:00"\nextended: ":EXTENDED:"\n---\nBody\n');
    await assert.rejects(stat(unpublished.draftPath), { code: 'ENOENT' });
  });
});
