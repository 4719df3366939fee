import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, realpath, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resolveServedFile } from '../../../main/services/blog/served-file';
import { makeTempFolder, removeFolder } from '../../harness/temp-folders';

// Layout:
//   <parent>/secret.txt                    outside the root
//   <parent>/site-evil/x.html              a sibling whose name starts with the root's name
//   <parent>/site/                          the root being served
//     index.html, a b.html, café.html, css/style.css, nested/deep/file.txt, etc/passwd
//     inside-link.html -> index.html        (a link that stays inside)
//     outside-link.txt -> ../secret.txt     (a link that leaves)
//     outside-dir -> ..                     (a folder link that leaves)
describe('resolveServedFile', () => {
  let parent = '';
  let root = '';
  let rootReal = '';

  before(async () => {
    parent = await makeTempFolder('served');
    root = join(parent, 'site');
    await mkdir(join(root, 'css'), { recursive: true });
    await mkdir(join(root, 'nested', 'deep'), { recursive: true });
    await mkdir(join(root, 'etc'), { recursive: true });
    await mkdir(join(parent, 'site-evil'));
    await writeFile(join(parent, 'secret.txt'), 'secret');
    await writeFile(join(parent, 'site-evil', 'x.html'), 'evil');
    await writeFile(join(root, 'index.html'), '<!doctype html>');
    await writeFile(join(root, 'a b.html'), 'space');
    await writeFile(join(root, 'café.html'), 'accent');
    await writeFile(join(root, 'css', 'style.css'), 'body {}');
    await writeFile(join(root, 'nested', 'deep', 'file.txt'), 'deep');
    await writeFile(join(root, 'etc', 'passwd'), 'not the system one');
    if (process.platform !== 'win32') {
      await symlink(join(root, 'index.html'), join(root, 'inside-link.html'));
      await symlink(join(parent, 'secret.txt'), join(root, 'outside-link.txt'));
      await symlink(parent, join(root, 'outside-dir'));
    }
    rootReal = await realpath(root);
  });

  after(async () => {
    await removeFolder(parent);
  });

  const served: readonly (readonly [string, string])[] = [
    ['/index.html', 'index.html'],
    ['index.html', 'index.html'],
    ['//index.html', 'index.html'],
    ['/css/style.css', 'css/style.css'],
    ['/nested/deep/file.txt', 'nested/deep/file.txt'],
    ['/nested/./deep/../deep/file.txt', 'nested/deep/file.txt'],
    ['/css/../index.html', 'index.html'],
    ['/css%2Fstyle.css', 'css/style.css'],
    ['/a%20b.html', 'a b.html'],
    ['/caf%C3%A9.html', 'café.html'],
    // An absolute path names a file under the root, never the system's.
    ['/etc/passwd', 'etc/passwd'],
    ['/%2Fetc%2Fpasswd', 'etc/passwd'],
  ];
  for (const [urlPath, relativePath] of served) {
    test(`serves ${urlPath}`, async () => {
      assert.equal(await resolveServedFile(root, urlPath), join(rootReal, ...relativePath.split('/')));
    });
  }

  test('serves a link that stays inside as its target', { skip: process.platform === 'win32' ? 'symlinks need privileges' : false }, async () => {
    assert.equal(await resolveServedFile(root, '/inside-link.html'), join(rootReal, 'index.html'));
  });

  const refused: readonly (readonly [string, string])[] = [
    ['parent traversal', '/../secret.txt'],
    ['deep traversal to /etc/passwd', '/../../../../../../etc/passwd'],
    ['traversal after a folder', '/css/../../secret.txt'],
    ['traversal without a leading slash', '../secret.txt'],
    ['a sibling folder sharing the root name as a prefix', '/../site-evil/x.html'],
    ['encoded dots', '/%2e%2e/secret.txt'],
    ['encoded dots and slash', '/%2e%2e%2fsecret.txt'],
    ['upper-case encoded dots and slash', '/%2E%2E%2Fsecret.txt'],
    ['encoded slashes that escape', '/css%2F..%2F..%2Fsecret.txt'],
    ['encoded slashes into the sibling', '/..%2Fsite-evil%2Fx.html'],
    ['a backslash', '/..\\secret.txt'],
    ['a backslash even inside the root', '/css\\style.css'],
    ['an encoded backslash', '/..%5Csecret.txt'],
    ['an encoded backslash even inside the root', '/css%5Cstyle.css'],
    ['an encoded NUL', '/index.html%00'],
    ['an encoded NUL before an extension', '/index.html%00.png'],
    ['a raw NUL', '/index.html\0'],
    ['malformed percent-encoding', '/%E0%A4%A'],
    ['a lone percent sign', '/index%.html'],
    ['a bad escape', '/%zz.html'],
    ['double encoding is decoded once only', '/%252e%252e/secret.txt'],
    ['a missing file', '/missing.html'],
    ['a missing absolute-style path', '/etc/shadow'],
    ['the root (empty path)', ''],
    ['the root (slash)', '/'],
    ['the root (dot)', '/.'],
    ['the root (folder and back)', '/css/..'],
    ['a folder', '/css'],
    ['a folder with a trailing slash', '/nested/deep/'],
  ];
  for (const [name, urlPath] of refused) {
    test(`refuses ${name}: ${JSON.stringify(urlPath)}`, async () => {
      assert.equal(await resolveServedFile(root, urlPath), null);
    });
  }

  const outsideLinks: readonly (readonly [string, string])[] = [
    ['a file link pointing outside', '/outside-link.txt'],
    ['a folder link pointing outside', '/outside-dir/secret.txt'],
  ];
  for (const [name, urlPath] of outsideLinks) {
    test(`refuses ${name}`, { skip: process.platform === 'win32' ? 'symlinks need privileges' : false }, async () => {
      assert.equal(await resolveServedFile(root, urlPath), null);
    });
  }
});
