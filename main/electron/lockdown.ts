import { app, session } from 'electron';
import { appLocation } from './app-protocol';
import { guardWebContents, denyPermissions } from './lockdown-rules';

/**
 * Denies what no Inkpost page needs, for every web contents ever created and
 * the default session: navigating away from the app, new windows, webviews and
 * every permission request (see `lockdown-rules.ts`).
 */
export function lockDownWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appLocation));
  app.whenReady()
    .then(() => denyPermissions(session.defaultSession))
    .catch((error: unknown) => console.error('inkpost: could not lock down permissions', error));
}
