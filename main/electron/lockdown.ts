import { app, session } from 'electron';
import { appPage } from './app-location';
import { guardWebContents, denyPermissions } from './lockdown-rules';

/**
 * Denies what no Inkpost page needs, for every web contents ever created and
 * the default session: navigating away from the app's page, new windows, webviews and
 * every permission request (see `lockdown-rules.ts`).
 */
export function lockDownWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appPage));
  app.whenReady()
    .then(() => denyPermissions(session.defaultSession))
    .catch((error: unknown) => console.error('inkpost: could not lock down permissions', error));
}
