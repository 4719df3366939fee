import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAppUrl, isTrustedSenderFrame } from '../../../main/electron/trusted-sender';

const app = { protocol: 'inkpost-app:', host: 'renderer' };

const cases: readonly (readonly [Parameters<typeof isTrustedSenderFrame>[0], boolean, string])[] = [
  [{ url: 'inkpost-app://renderer/index.html', parent: null }, true, 'the app page'],
  [{ url: 'inkpost-app://renderer/index.html#post', parent: null }, true, 'the app page with a fragment'],
  [{ url: 'inkpost-app://renderer/index.html', parent: {} }, false, 'a subframe of the app'],
  [{ url: 'https://evil.example/', parent: null }, false, 'another origin'],
  [{ url: 'inkpost-app://other/index.html', parent: null }, false, 'another host of the app scheme'],
  [{ url: 'file:///home/user/index.html', parent: null }, false, 'a file page'],
  [{ url: 'about:blank', parent: null }, false, 'about:blank'],
  [{ url: 'not a url', parent: null }, false, 'an unparseable URL'],
  [{ url: '', parent: null }, false, 'an empty URL'],
  [null, false, 'no frame (it was destroyed)'],
  [undefined, false, 'no frame at all'],
];

for (const [frame, trusted, why] of cases) {
  void test(`sender check: ${why}`, () => {
    assert.equal(isTrustedSenderFrame(frame, app), trusted);
  });
}

void test('URL.origin is "null" for the custom scheme, which is why the check compares scheme and host', () => {
  assert.equal(new URL('inkpost-app://renderer/index.html').origin, 'null');
  assert.equal(isAppUrl('inkpost-app://renderer/index.html', app), true);
  // The parser lowercases the scheme but not a custom scheme's host; Chromium hands Electron normalised URLs, so strict is right.
  assert.equal(isAppUrl('INKPOST-APP://renderer/x', app), true);
  assert.equal(isAppUrl('inkpost-app://RENDERER/x', app), false);
  assert.equal(isAppUrl('inkpost-app://renderer.evil.example/', app), false);
  assert.equal(isAppUrl('inkpost-app://user@renderer/', app), true, 'credentials do not change the host');
});
