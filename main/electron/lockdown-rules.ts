import type { AppLocation } from './trusted-sender';

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

/** The app's one page: its scheme, host and path (`inkpost-app://renderer/index.html`). */
export interface AppPage extends AppLocation {
  /** The page's path, e.g. `/index.html`. */
  readonly pathname: string;
}

/**
 * True when `url` is exactly the app's page: same scheme, host and path, no
 * query and no credentials; only a fragment may differ. Any other path of
 * the app's scheme (a script, a stylesheet, a file that might one day be
 * served there) is not a page to navigate to.
 */
export function isAppPage(url: string, page: AppPage): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === page.protocol && parsed.host === page.host && parsed.pathname === page.pathname && parsed.search === '' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/**
 * Keeps a web contents on the app: a navigation or redirect (of the page or
 * any frame) to anything but the app's own page is cancelled, every new
 * window is denied (links open in the browser through `openExternal`
 * instead), and webviews are never attached. Electron-free, so each rule is
 * unit-tested.
 */
export function guardWebContents(contents: GuardedContents, page: AppPage): void {
  const stayInApp = (navigation: Cancellable & { readonly url: string }): void => {
    if (!isAppPage(navigation.url, page)) {
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
