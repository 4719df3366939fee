/**
 * What the app's protocols answer, and that the test harness answers the
 * same: every response of the renderer and of the blog's pictures carries
 * its Content-Security-Policy header, from the one definition in
 * shared/content-security-policy.ts, which the page's <meta> tag repeats.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { blogAssetResponse, rendererResponse } from '../../../main/services/blog/served-responses';
import { blogAssetContentSecurityPolicy, rendererContentSecurityPolicy } from '../../../shared/content-security-policy';
import { projectRoot } from '../../harness/paths';
import { blogAssetsRoute, serveRendererOverHttp } from '../../harness/renderer-server';
import { withTempFolder } from '../../harness/temp-folders';

/** A renderer folder with a page and a script, and a blog with one picture. */
async function makeSite(root: string): Promise<{ renderer: string; blog: string }> {
  const renderer = join(root, 'renderer');
  const blog = join(root, 'blog');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(join(renderer, 'assets', 'index.js'), 'export {};');
  await mkdir(join(blog, 'images'), { recursive: true });
  await mkdir(join(blog, '_posts'));
  await writeFile(join(blog, '_config.yml'), 'title: x\n');
  await writeFile(join(blog, 'images', 'x.gif'), 'GIF89a');
  return { renderer, blog };
}

void test('the renderer page\'s <meta> policy is the shared one, word for word', async () => {
  const html = await readFile(join(projectRoot, 'renderer', 'index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  assert.equal(meta, rendererContentSecurityPolicy);
});

void test('every renderer response carries the renderer\'s policy, refusals too, with the file\'s type', async () => {
  await withTempFolder('served-renderer', async (root) => {
    const { renderer } = await makeSite(root);
    const page = await rendererResponse(renderer, '/index.html');
    assert.equal(page.status, 200);
    assert.equal(page.file, join(renderer, 'index.html'));
    assert.deepEqual(page.headers, { 'content-type': 'text/html; charset=utf-8', 'x-content-type-options': 'nosniff', 'content-security-policy': rendererContentSecurityPolicy });
    assert.equal((await rendererResponse(renderer, '/assets/index.js')).headers['content-type'], 'text/javascript; charset=utf-8');
    for (const [path, folder] of [['/missing.html', renderer], ['/../blog/_config.yml', renderer], ['/index.html', null]] as const) {
      const refused = await rendererResponse(folder, path);
      assert.equal(refused.status, 404, path);
      assert.equal(refused.file, null, path);
      assert.equal(refused.headers['content-security-policy'], rendererContentSecurityPolicy, path);
    }
  });
});

void test('every blog picture response carries the pictures\' policy and nosniff, refusals too', async () => {
  await withTempFolder('served-blog', async (root) => {
    const { blog } = await makeSite(root);
    const picture = await blogAssetResponse(blog, '/images/x.gif');
    assert.equal(picture.status, 200);
    assert.deepEqual(picture.headers, { 'content-type': 'image/gif', 'x-content-type-options': 'nosniff', 'content-security-policy': blogAssetContentSecurityPolicy });
    for (const [path, folder] of [['/_config.yml', blog], ['/images/%2e%2e/_config.yml', blog], ['/images/x.gif', null]] as const) {
      const refused = await blogAssetResponse(folder, path);
      assert.ok(refused.status >= 400, path);
      assert.equal(refused.headers['content-security-policy'], blogAssetContentSecurityPolicy, path);
    }
  });
});

void test('the harness sends the same headers as the app\'s protocols, so end-to-end specs run under them', async () => {
  await withTempFolder('served-harness', async (root) => {
    const { renderer, blog } = await makeSite(root);
    const server = await serveRendererOverHttp(renderer, () => Promise.resolve(blog));
    try {
      for (const path of ['/', '/index.html', '/assets/index.js', '/missing.html']) {
        const response = await fetch(`${server.origin}${path}`);
        assert.equal(response.headers.get('content-security-policy'), rendererContentSecurityPolicy, path);
        assert.deepEqual(Object.fromEntries(response.headers), { ...Object.fromEntries(response.headers), ...(await rendererResponse(renderer, path === '/' ? '/index.html' : path)).headers }, path);
      }
      for (const path of ['/images/x.gif', '/_config.yml']) {
        const response = await fetch(`${server.origin}${blogAssetsRoute}${path}`);
        assert.equal(response.headers.get('content-security-policy'), blogAssetContentSecurityPolicy, path);
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      }
    } finally {
      await server.close();
    }
  });
});
