import assert from 'node:assert/strict';
import { test } from 'node:test';
import { externalLinkTarget } from '../../../renderer/src/preview/preview-links';
import { isBlogAsset, isSiteRootPath, siteRootToAsset, srcsetToAssets } from '../../../renderer/src/preview/site-root-urls';

const base = 'inkpost-blog://assets';

void test('site-root paths point at the blog\'s files; everything else is left alone', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['/images/x.gif', `${base}/images/x.gif`],
    ['  /images/x.gif ', `${base}/images/x.gif`],
    ['/images/../../etc/passwd', `${base}/images/../../etc/passwd`], // the host's handler refuses it
    ['//tracker.example/pixel.gif', '//tracker.example/pixel.gif'],
    ['/\\tracker.example/pixel.gif', '/\\tracker.example/pixel.gif'],
    ['https://example.com/x.gif', 'https://example.com/x.gif'],
    ['images/x.gif', 'images/x.gif'],
    ['data:image/png;base64,AAAA', 'data:image/png;base64,AAAA'],
    ['', ''],
  ];
  for (const [url, expected] of cases) {
    assert.equal(siteRootToAsset(url, base), expected, url);
  }
  assert.equal(siteRootToAsset('/images/x.gif', null), '/images/x.gif', 'no base, no change');
  assert.equal(isSiteRootPath('/a'), true);
  assert.equal(isSiteRootPath('//a'), false);
});

void test('srcset candidates keep their descriptors', () => {
  assert.equal(srcsetToAssets('/a.png 1x, https://x.example/b.png 2x,/c.png 300w', base), `${base}/a.png 1x, https://x.example/b.png 2x, ${base}/c.png 300w`);
  assert.equal(srcsetToAssets('/a.png 1x', null), '/a.png 1x');
});

void test('only URLs under the asset base count as the blog\'s files', () => {
  assert.equal(isBlogAsset(`${base}/images/x.gif`, base), true);
  assert.equal(isBlogAsset(`${base}`, base), false);
  assert.equal(isBlogAsset('inkpost-blog://assets.evil/x.gif', base), false);
  assert.equal(isBlogAsset('inkpost-blog://assets@evil/x.gif', base), false);
  assert.equal(isBlogAsset(`${base}/x.gif`, null), false);
});

void test('links open outside only when absolute http, https or mailto', () => {
  const cases: readonly (readonly [string | null, string | null])[] = [
    ['https://example.com/page', 'https://example.com/page'],
    ['  http://example.com ', 'http://example.com/'],
    ['mailto:someone@example.com', 'mailto:someone@example.com'],
    ['HTTPS://EXAMPLE.COM/A', 'https://example.com/A'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['java\nscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['file:///etc/passwd', null],
    ['vbscript:msgbox', null],
    ['inkpost-app://renderer/index.html', null],
    ['/2009/01/15/post.html', null],
    ['#notes', null],
    ['post.html', null],
    ['//example.com/x', null],
    ['', null],
    [null, null],
  ];
  for (const [href, expected] of cases) {
    assert.equal(externalLinkTarget(href), expected, String(href));
  }
});
