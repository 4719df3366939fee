/**
 * The lockdown's rules, applied to stand-ins with the shape of Electron's
 * WebContents and Session (Electron's binary cannot run in every test
 * environment; the Electron-only end-to-end specs check the real thing where it can).
 */
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, test } from 'node:test';
import { appPage } from '../../../main/electron/app-location';
import { denyPermissions, guardWebContents, type GuardedSession } from '../../../main/electron/lockdown-rules';


class StandInContents extends EventEmitter {
  openHandler: ((details: { readonly url: string }) => { action: 'deny' }) | undefined;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }

  /** Emits `name` with a cancellable event for `url`; true when a listener cancelled it. */
  attempt(name: string, url = ''): boolean {
    let prevented = false;
    this.emit(name, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

function guarded(): StandInContents {
  const contents = new StandInContents();
  guardWebContents(contents, appPage);
  return contents;
}

describe('lockdown', () => {
  const away = ['https://example.com/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<script>1</script>', 'about:blank', 'inkpost-app://other/index.html', 'not a url'];

  for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
    test(`${name}: the app's own page is allowed, anything else is cancelled, other paths of the app's scheme too`, () => {
      const contents = guarded();
      assert.equal(contents.attempt(name, 'inkpost-app://renderer/index.html'), false);
      assert.equal(contents.attempt(name, 'inkpost-app://renderer/index.html#post'), false);
      const otherPaths = [
        'inkpost-app://renderer/',
        'inkpost-app://renderer/other.html',
        'inkpost-app://renderer/assets/index.js',
        'inkpost-app://renderer/index.html?post=x',
        'inkpost-app://renderer/index.html/',
        'inkpost-app://renderer/%69ndex.html',
        'inkpost-app://user@renderer/index.html',
        'inkpost-blog://assets/index.html',
      ];
      for (const url of [...away, ...otherPaths]) {
        assert.equal(contents.attempt(name, url), true, url);
      }
    });
  }

  test('every new window is denied, whatever it points at', () => {
    const contents = guarded();
    for (const url of ['inkpost-app://renderer/index.html', ...away]) {
      assert.deepEqual(contents.openHandler?.({ url }), { action: 'deny' }, url);
    }
  });

  test('webviews are never attached', () => {
    assert.equal(guarded().attempt('will-attach-webview'), true);
  });

  test('every permission request and check is refused', () => {
    const handlers: { request?: Parameters<GuardedSession['setPermissionRequestHandler']>[0]; check?: () => boolean; device?: () => boolean } = {};
    denyPermissions({
      setPermissionRequestHandler: (handler) => (handlers.request = handler),
      setPermissionCheckHandler: (handler) => (handlers.check = handler),
      setDevicePermissionHandler: (handler) => (handlers.device = handler),
    });
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb']) {
      let answer: boolean | undefined;
      handlers.request?.({}, permission, (granted) => (answer = granted));
      assert.equal(answer, false, permission);
    }
    assert.equal(handlers.check?.(), false);
    assert.equal(handlers.device?.(), false);
  });
});
