import assert from 'node:assert/strict';
import { access, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { ExportRecords } from '../../../main/services/export/export-record';
import { unpublishInFolder } from '../../../main/services/export/unpublish-in-folder';
import { copyTestBlog, withTempFolder } from '../../harness/temp-folders';

const name = '2016-03-19-the-garden-in-march.markdown';

test('the app\'s unpublish moves a published post of the posts folder to the _drafts beside its _posts, byte for byte', async () => {
  await withTempFolder('unpublish-app', async (root) => {
    const blog = join(root, 'blog');
    await copyTestBlog(blog);
    const post = join(blog, '_posts', name);
    const bytes = await readFile(post);
    const result = await unpublishInFolder(blog, post, ExportRecords.in(join(root, 'user-data')));
    assert.equal(result.draftPath, join(blog, '_drafts', 'the-garden-in-march.markdown'));
    assert.equal(result.date, '2016-03-19');
    assert.deepEqual(await readFile(result.draftPath), bytes);
    await assert.rejects(access(post), { code: 'ENOENT' });
  });
});

test('a draft, or a post outside the posts folder, is refused with the reason and nothing moves', async () => {
  await withTempFolder('unpublish-refused', async (root) => {
    const blog = join(root, 'blog');
    await copyTestBlog(blog);
    const draft = join(blog, '_drafts', 'a-draft.md');
    await writeFile(draft, '---\ntitle: A draft\n---\n');
    const drafts = await readdir(join(blog, '_drafts'));
    await assert.rejects(unpublishInFolder(blog, draft, ExportRecords.in(join(root, 'user-data'))), /is not in a _posts folder, so it is not published/);
    const post = join(blog, '_posts', name);
    await assert.rejects(unpublishInFolder(join(blog, '_drafts'), post, ExportRecords.in(join(root, 'user-data'))), /outside|not inside/i);
    assert.deepEqual((await readdir(join(blog, '_drafts'))).sort(), [...drafts].sort());
    await access(post);
  });
});
