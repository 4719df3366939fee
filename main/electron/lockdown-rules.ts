import { isAppUrl, type AppLocation } from './trusted-sender';

/** An event whose default action can be cancelled, as Electron hands them out. */
interface Cancellable {
  preventDefault(): void;
}

/** The part of Electron's `WebContents` the rules touch. */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', listener: (event: Cancellable & { readonly url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Cancellable) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
}

/** The part of Electron's `Session` the rules touch. */
export interface GuardedSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

/**
 * Keeps a web contents on the app: a navigation or redirect (of the page or
 * any frame) to anything but an app page is cancelled, every new window is
 * denied (links open in the browser through `openExternal` instead), and
 * webviews are never attached. Electron-free, so each rule is unit-tested.
 */
export function guardWebContents(contents: GuardedContents, app: AppLocation): void {
  const stayInApp = (navigation: Cancellable & { readonly url: string }): void => {
    if (!isAppUrl(navigation.url, app)) {
      navigation.preventDefault();
    }
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (attach) => attach.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Refuses every permission a page could ask for (camera, notifications, geolocation, USB, HID, serial, ...), and says no to every check. */
export function denyPermissions(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
