import { app, session, type WebContents } from 'electron';
import { appLocation } from './app-protocol';
import { isAppUrl } from './trusted-sender';

/**
 * Denies what no Inkpost page needs: navigating away from the app, opening
 * new windows, attaching webviews and any permission request (camera,
 * notifications, geolocation, ...). Applies to every web contents ever created.
 */
export function lockDownWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (navigation) => {
      if (!isAppUrl(navigation.url, appLocation)) {
        navigation.preventDefault();
      }
    });
    contents.on('will-attach-webview', (attach) => attach.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
  }).catch((error: unknown) => console.error('inkpost: could not lock down permissions', error));
}
