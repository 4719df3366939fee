/** Where the app's renderer lives; free of electron, so unit tests can import it. */

/** The scheme the renderer is served from; IPC accepts calls only from pages of this origin. */
export const appScheme = 'inkpost-app';
/** The renderer's origin. */
export const appOrigin = `${appScheme}://renderer`;
/** Scheme and host of the renderer's pages, for checks that must not rely on `URL.origin` (it is "null" for custom schemes). */
export const appLocation = { protocol: `${appScheme}:`, host: 'renderer' } as const;
/** The app's one page: the only URL its window may navigate to (main/electron/lockdown-rules.ts). */
export const appPage = { ...appLocation, pathname: '/index.html' } as const;
/** The URL the window loads. */
export const appPageUrl = `${appOrigin}${appPage.pathname}`;
