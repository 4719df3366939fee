/**
 * Pictures in posts end to end, on a copy of the test blog: local pictures
 * the preview cannot find show as labelled placeholders.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { InkpostSession, Launcher } from '../../harness';
import { inkpostPage, type InkpostPage } from '../../harness/pages';
import { copyTestBlog, makeTempFolder, removeFolder } from '../../harness/temp-folders';

/** Registers the picture specs on a writable copy of the test blog. */
export function imageSpecs(launch: Launcher): void {
  let blog = '';
  let session: InkpostSession | undefined;
  let app: InkpostPage;

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

  test('a local picture that is not there shows as "not found: /images/x.png"; one that is there shows', async () => {
    const post = join(blog, '_posts', '2020-05-01-missing-picture.markdown');
    await writeFile(post, '---\nlayout: post\ntitle: Missing picture\n---\n![a kite](/images/kite.gif)\n\n![gone](/images/gone.png)\n\n<img src="{{ site.baseurl }}/images/also-gone.png" alt="also gone">\n');
    await app.sidebar.item(post).waitFor();
    await app.openPost(post);
    assert.ok((await app.preview.imageLoaded('a kite')) > 0);
    await app.preview.missingImages.nth(1).waitFor();
    assert.deepEqual(await app.preview.missingImages.allInnerTexts(), ['not found: /images/gone.png', 'not found: /images/also-gone.png']);
    assert.equal(await app.preview.image('gone').count(), 0, 'no bare broken picture is left');
  });
}
