import assert from 'node:assert/strict';
import { mkdir, realpath, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { blogAssetsFolder, resolveBlogAsset } from '../../../main/services/blog/blog-assets';
import { makeTempFolder, removeFolder } from '../../harness/temp-folders';

const noSymlinks = process.platform === 'win32' ? 'symlinks need privileges' : false;

// Layout:
//   <parent>/secret.png                     a picture outside the blog
//   <parent>/blog-evil/x.png                a sibling whose name starts with the blog's name
//   <parent>/blog/                          the blog
//     _config.yml, _drafts/, images/x.gif, images/a b.png, images/café.jpg, .git/logo.png,
//     images/notes.txt, images/folder.png/ (a folder named like a picture)
//     images/inside.gif -> x.gif            (a link that stays inside)
//     images/outside.png -> ../../secret.png (a link that leaves)
//     linked -> ..                          (a folder link that leaves)
describe('resolveBlogAsset', () => {
  let parent = '';
  let blog = '';
  let blogReal = '';

  before(async () => {
    parent = await makeTempFolder('blog-assets');
    blog = join(parent, 'blog');
    await mkdir(join(blog, 'images', 'folder.png'), { recursive: true });
    await mkdir(join(blog, '_drafts'));
    await mkdir(join(blog, '.git'));
    await mkdir(join(parent, 'blog-evil'));
    await writeFile(join(parent, 'secret.png'), 'secret');
    await writeFile(join(parent, 'blog-evil', 'x.png'), 'evil');
    await writeFile(join(blog, '_config.yml'), 'title: test\n');
    await writeFile(join(blog, 'images', 'x.gif'), 'GIF89a');
    await writeFile(join(blog, 'images', 'a b.png'), 'png');
    await writeFile(join(blog, 'images', 'café.jpg'), 'jpg');
    await writeFile(join(blog, 'images', 'notes.txt'), 'text');
    await writeFile(join(blog, '.git', 'logo.png'), 'hidden');
    if (noSymlinks === false) {
      await symlink(join(blog, 'images', 'x.gif'), join(blog, 'images', 'inside.gif'));
      await symlink(join(parent, 'secret.png'), join(blog, 'images', 'outside.png'));
      await symlink(parent, join(blog, 'linked'));
    }
    blogReal = await realpath(blog);
  });

  after(async () => {
    await removeFolder(parent);
  });

  const served: readonly (readonly [string, string, string])[] = [
    ['/images/x.gif', 'images/x.gif', 'image/gif'],
    ['/images/a%20b.png', 'images/a b.png', 'image/png'],
    ['/images/caf%C3%A9.jpg', 'images/café.jpg', 'image/jpeg'],
  ];
  for (const [requestPath, relativePath, contentType] of served) {
    test(`serves ${requestPath}`, async () => {
      assert.deepEqual(await resolveBlogAsset(blog, requestPath), { ok: true, file: join(blogReal, ...relativePath.split('/')), contentType });
    });
  }

  test('serves a link that stays inside as its target', { skip: noSymlinks }, async () => {
    assert.deepEqual(await resolveBlogAsset(blog, '/images/inside.gif'), { ok: true, file: join(blogReal, 'images', 'x.gif'), contentType: 'image/gif' });
  });

  const badRequests: readonly (readonly [string, string])[] = [
    ['parent traversal', '/../secret.png'],
    ['traversal that would come back inside', '/images/../images/x.gif'],
    ['deep traversal', '/../../../../../../etc/passwd.png'],
    ['traversal into the sibling sharing the name as a prefix', '/../blog-evil/x.png'],
    ['a dot segment', '/images/./x.gif'],
    ['encoded dots', '/%2e%2e/secret.png'],
    ['upper-case encoded dots', '/%2E%2E/secret.png'],
    ['an encoded slash', '/images%2fx.gif'],
    ['an upper-case encoded slash', '/images%2Fx.gif'],
    ['encoded slashes that climb', '/..%2f..%2fsecret.png'],
    ['an encoded backslash', '/images%5cx.gif'],
    ['an upper-case encoded backslash', '/..%5Csecret.png'],
    ['a backslash', '/images\\x.gif'],
    ['an encoded NUL', '/images/x.gif%00.png'],
    ['a raw NUL', '/images/x.gif\0'],
    ['an encoded control character', '/images/x%0a.gif'],
    ['an absolute path after the root', '//etc/passwd.png'],
    ['an encoded absolute path', '/%2Fetc%2Fpasswd.png'],
    ['a drive letter', '/C:/Windows/x.png'],
    ['a path not starting at the root', 'images/x.gif'],
    ['an empty path', ''],
    ['the root itself', '/'],
    ['a trailing slash', '/images/'],
    ['a hidden folder', '/.git/logo.png'],
    ['malformed percent-encoding', '/images/%E0%A4%A.png'],
    ['a lone percent sign', '/images/x%.gif'],
  ];
  for (const [name, requestPath] of badRequests) {
    test(`refuses ${name} with 400: ${JSON.stringify(requestPath)}`, async () => {
      const asset = await resolveBlogAsset(blog, requestPath);
      assert.equal(asset.ok, false);
      assert.equal(asset.ok ? 0 : asset.status, 400);
    });
  }

  test('decodes once: a double-encoded traversal is a (missing) file name, never a climb', async () => {
    const asset = await resolveBlogAsset(blog, '/%252e%252e/secret.png');
    assert.deepEqual(asset, { ok: false, status: 404, reason: 'no such file in the blog' });
  });

  const missing: readonly (readonly [string, string])[] = [
    ['a missing picture', '/images/none.gif'],
    ['a file that is not a picture', '/images/notes.txt'],
    ['the blog config', '/_config.yml'],
    ['a folder named like a picture', '/images/folder.png'],
    ['a folder', '/images'],
  ];
  for (const [name, requestPath] of missing) {
    test(`answers ${name} with 404`, async () => {
      const asset = await resolveBlogAsset(blog, requestPath);
      assert.equal(asset.ok ? 0 : asset.status, 404);
    });
  }

  const outsideLinks: readonly (readonly [string, string])[] = [
    ['a file link pointing outside', '/images/outside.png'],
    ['a folder link pointing outside', '/linked/secret.png'],
    ['a folder link into the sibling', '/linked/blog-evil/x.png'],
  ];
  for (const [name, requestPath] of outsideLinks) {
    test(`refuses ${name} with 403`, { skip: noSymlinks }, async () => {
      const asset = await resolveBlogAsset(blog, requestPath);
      assert.equal(asset.ok ? 0 : asset.status, 403);
    });
  }

  test('a missing blog folder serves nothing', async () => {
    const asset = await resolveBlogAsset(join(parent, 'no-such-blog'), '/images/x.gif');
    assert.equal(asset.ok ? 0 : asset.status, 404);
  });

  test('the assets come from the chosen blog, else the blog the posts folder is in, else nowhere', async () => {
    assert.equal(await blogAssetsFolder({ postsDir: join(blog, '_drafts'), blogDir: join(parent, 'blog-evil') }), join(parent, 'blog-evil'));
    assert.equal(await blogAssetsFolder({ postsDir: join(blog, '_drafts'), blogDir: null }), blog);
    assert.equal(await blogAssetsFolder({ postsDir: join(parent, 'blog-evil'), blogDir: null }), null);
  });
});
