import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { dispatchCall } from '../../../main/services/bridge/call-dispatcher';
import { pngBytes } from '../../harness/images';
import { makeTestHost } from '../../harness/test-host';
import { copyTestBlog, testPosts, withTempFolder } from '../../harness/temp-folders';

void describe('the addImage call', () => {
  void test('adds a picture to a post of the open folder, in the blog\'s images folder and style', async () => {
    await withTempFolder('add-image-call', async (blog) => {
      await copyTestBlog(blog);
      const testHost = makeTestHost({ postsDir: join(blog, '_posts'), blogDir: blog });
      try {
        const postPath = join(blog, '_posts', testPosts.withImage);
        const outcome = await dispatchCall(testHost.table, 'addImage', [{ postPath, source: { name: 'Red Dot.png', bytes: pngBytes } }]);
        assert.deepEqual(outcome, { ok: true, value: { file: join(blog, 'images', 'red-dot.png'), link: '/images/red-dot.png', alt: 'Red Dot', reused: false } });
      } finally {
        testHost.close();
      }
    });
  });

  void test('refuses a post path outside the posts folder or no post, and a source that is neither path nor bytes', async () => {
    await withTempFolder('add-image-call-refused', async (blog) => {
      await copyTestBlog(blog);
      const testHost = makeTestHost({ postsDir: join(blog, '_posts'), blogDir: blog });
      const call = (request: unknown) => dispatchCall(testHost.table, 'addImage', [request], () => undefined);
      try {
        const source = { name: 'x.png', bytes: pngBytes };
        assert.deepEqual(await call({ postPath: join(blog, '_config.yml'), source }), { ok: false, error: { code: 'outside-folder', message: `${join(blog, '_config.yml')} is not inside the posts folder ${join(blog, '_posts')}` } });
        const bad = await call({ postPath: join(blog, '_posts', testPosts.withImage), source: { name: 'x.png', bytes: 'iVBOR' } });
        assert.equal(bad.ok, false);
        assert.match(bad.ok ? '' : bad.error.message, /addImage/);
        assert.deepEqual(await readdir(join(blog, 'images')), ['kite.gif']);
      } finally {
        testHost.close();
      }
    });
  });
});
