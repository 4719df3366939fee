import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { addImage } from '../../../main/services/images/add-image';
import { maxImageBytes } from '../../../main/services/images/image-types';
import { ServiceError } from '../../../main/services/disk/service-error';
import { gifBytes, jpegBytes, otherPngBytes, pngBytes } from '../../harness/images';
import { copyTestBlog, testPosts, withTempFolder } from '../../harness/temp-folders';

/** Every file under `folder`, relative, sorted: what a refusal must leave as it was. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => !entry.isDirectory()).map((entry) => relative(folder, join(entry.parentPath, entry.name))).sort();
}

async function withBlog(label: string, body: (blog: string, post: string) => Promise<void>): Promise<void> {
  await withTempFolder(label, async (blog) => {
    await copyTestBlog(blog);
    await body(blog, join(blog, '_posts', testPosts.withImage));
  });
}

async function assertRefused(run: () => Promise<unknown>, folder: string, message: RegExp): Promise<void> {
  const before = await filesUnder(folder);
  await assert.rejects(run, (error: unknown) => {
    assert.ok(error instanceof ServiceError, String(error));
    assert.match(error.message, message);
    assert.match(error.message, /nothing was written/);
    return true;
  });
  assert.deepEqual(await filesUnder(folder), before);
}

void describe('addImage into a blog', () => {
  void test('lands in the blog\'s images folder, lower-case and ASCII-folded, with its site-root path and alt text', async () => {
    await withBlog('add-image-blog', async (blog, post) => {
      const added = await addImage(post, blog, { name: 'Café Kite.PNG', bytes: pngBytes });
      assert.deepEqual(added, { file: join(blog, 'images', 'cafe-kite.png'), link: '/images/cafe-kite.png', alt: 'Café Kite', reused: false });
      assert.deepEqual(await readFile(added.file), Buffer.from(pngBytes));
    });
  });

  void test('the same bytes reuse the file; other bytes under the same name get -2, -3', async () => {
    await withBlog('add-image-reuse', async (blog, post) => {
      const first = await addImage(post, blog, { name: 'kite.png', bytes: pngBytes });
      const again = await addImage(post, blog, { name: 'kite.png', bytes: pngBytes });
      assert.deepEqual(again, { ...first, reused: true });
      const other = await addImage(post, blog, { name: 'kite.png', bytes: otherPngBytes });
      assert.equal(other.link, '/images/kite-2.png');
      const third = await addImage(post, blog, { name: 'kite.png', bytes: Buffer.concat([otherPngBytes, Buffer.from([0])]) });
      assert.equal(third.link, '/images/kite-3.png');
      assert.deepEqual(await readFile(join(blog, 'images', 'kite.png')), Buffer.from(pngBytes));
      assert.equal((await addImage(post, blog, { name: 'kite.png', bytes: otherPngBytes })).link, '/images/kite-2.png');
    });
  });

  void test('a pasted image.png is named after the post\'s slug; a file on disk is read by its path', async () => {
    await withBlog('add-image-paste', async (blog, post) => {
      const pasted = await addImage(post, blog, { name: 'image.png', bytes: pngBytes });
      assert.equal(pasted.link, '/images/kite-flying-on-a-windy-saturday.png');
      assert.equal(pasted.alt, 'kite flying on a windy saturday');
      const onDisk = join(blog, '..', `${relative(join(blog, '..'), blog)}-photo.gif`);
      await writeFile(onDisk, gifBytes);
      const dropped = await addImage(post, blog, { path: onDisk });
      assert.match(dropped.link, /^\/images\/.+-photo\.gif$/);
    });
  });

  void test('a blog filing pictures by year under {{ site.baseurl }}: the post\'s year, the blog\'s style', async () => {
    await withTempFolder('add-image-year', async (blog) => {
      await mkdir(join(blog, '_posts'));
      await writeFile(join(blog, '_posts', '2019-03-01-old.md'), '---\ntitle: Old\n---\n![x]({{ site.baseurl }}/assets/images/2019/x.png)\n');
      const post = join(blog, '_posts', '2024-06-01-new.md');
      await writeFile(post, '---\ntitle: New\n---\nText.\n');
      const added = await addImage(post, blog, { name: 'shot.png', bytes: pngBytes });
      assert.equal(added.file, join(blog, 'assets', 'images', '2024', 'shot.png'));
      assert.equal(added.link, '{{ site.baseurl }}/assets/images/2024/shot.png');
    });
  });
});

void describe('addImage for a draft outside any blog', () => {
  void test('goes into images/ beside the draft, with a relative path, whether or not a blog is chosen', async () => {
    await withTempFolder('add-image-draft', async (folder) => {
      const drafts = join(folder, 'Inkpost');
      const blog = join(folder, 'blog');
      await mkdir(drafts);
      await copyTestBlog(blog);
      const draft = join(drafts, 'my-trip.md');
      await writeFile(draft, '---\ntitle: My trip\n---\n');
      const added = await addImage(draft, null, { name: 'image.png', bytes: pngBytes });
      assert.deepEqual(added, { file: join(drafts, 'images', 'my-trip.png'), link: 'images/my-trip.png', alt: 'my trip', reused: false });
      const withBlogChosen = await addImage(draft, blog, { name: 'image.png', bytes: pngBytes });
      assert.deepEqual(withBlogChosen, { ...added, reused: true });
      assert.deepEqual(await filesUnder(join(blog, 'images')), ['kite.gif']);
    });
  });
});

void describe('addImage refuses, with a clear message, and writes nothing', () => {
  void test('a file that is no picture, or whose bytes are another type than its name says', async () => {
    await withBlog('add-image-wrong-type', async (blog, post) => {
      await assertRefused(() => addImage(post, blog, { name: 'notes.png', bytes: Buffer.from('just some text\n') }), blog, /notes\.png is not a picture/);
      await assertRefused(() => addImage(post, blog, { name: 'photo.png', bytes: jpegBytes }), blog, /photo\.png is named like a PNG image but its bytes are a JPEG image/);
      await assertRefused(() => addImage(post, blog, { name: 'page.html', bytes: pngBytes }), blog, /"page\.html" is not a picture Inkpost adds/);
    });
  });

  void test('a picture over 20 MB, as bytes or as a file', async () => {
    await withBlog('add-image-too-large', async (blog, post) => {
      const huge = Buffer.alloc(maxImageBytes + 1);
      Buffer.from(pngBytes).copy(huge);
      await assertRefused(() => addImage(post, blog, { name: 'huge.png', bytes: huge }), blog, /huge\.png is 20\.0 MB: Inkpost adds pictures of up to 20\.0 MB/);
      const onDisk = join(blog, '..', `${relative(join(blog, '..'), blog)}-huge.png`);
      await writeFile(onDisk, huge);
      await assertRefused(() => addImage(post, blog, { path: onDisk }), blog, /-huge\.png is 20\.0 MB/);
    });
  });

  void test('a name that leads out of the folder, and an images folder that is a link out of the blog', async () => {
    await withBlog('add-image-escape', async (blog, post) => {
      await assertRefused(() => addImage(post, blog, { name: '../../evil.png', bytes: pngBytes }), blog, /not a plain file name/);
      assert.equal(existsSync(join(blog, 'images', '..', '..', 'evil.png')), false);
      await assertRefused(() => addImage(post, blog, { name: 'a/b.png', bytes: pngBytes }), blog, /not a plain file name/);
      await assertRefused(() => addImage(post, blog, { name: 'x\u0000.png', bytes: pngBytes }), blog, /not a plain file name/);
    });
    await withTempFolder('add-image-link-out', async (folder) => {
      const blog = join(folder, 'blog');
      const elsewhere = join(folder, 'elsewhere');
      await mkdir(elsewhere);
      await copyTestBlog(blog);
      await writeFile(join(blog, '_posts', '2020-01-01-pic.markdown'), '---\ntitle: Pic\n---\n![a](/media/a.png) ![b](/media/b.png)\n');
      await symlink(elsewhere, join(blog, 'media'));
      await assert.rejects(addImage(join(blog, '_posts', testPosts.withImage), blog, { name: 'x.png', bytes: pngBytes }), /leads outside .*nothing was written/);
      assert.deepEqual(await readdir(elsewhere), []);
    });
  });
});

void describe('addImage sanitises SVG', () => {
  void test('scripts, handlers, outside links and loading CSS go; the drawing stays', async () => {
    await withBlog('add-image-svg', async (blog, post) => {
      const dirty = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10" onload="alert(1)">'
        + '<script>alert(2)</script><style>@import url(https://tracker.example/x.css);</style>'
        + '<a xlink:href="javascript:alert(3)"><rect width="5" height="5" style="fill: red"/></a>'
        + '<image href="https://tracker.example/pixel.png"/><circle r="2" style="background: url(https://tracker.example/y)"/></svg>';
      const added = await addImage(post, blog, { name: 'Drawing.svg', bytes: Buffer.from(dirty) });
      assert.equal(added.link, '/images/drawing.svg');
      const clean = await readFile(added.file, 'utf8');
      assert.match(clean, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.match(clean, /<rect width="5" height="5" style="fill: red"\/>/);
      for (const gone of ['onload', 'script', 'alert', '@import', 'tracker.example', '<a']) {
        assert.ok(!clean.includes(gone), `${gone} is still in ${clean}`);
      }
      await assertRefused(() => addImage(post, blog, { name: 'broken.svg', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>') }), blog, /broken\.svg is not a well-formed SVG picture/);
    });
  });
});
