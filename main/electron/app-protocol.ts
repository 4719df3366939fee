import { protocol } from 'electron';
import { rendererResponse } from '../services/blog/served-responses';
import { appScheme } from './app-location';
import { blogSchemePrivileges } from './blog-protocol';
import { toWebResponse } from './web-response';

/**
 * Must run before the app is ready: makes the app's scheme a secure, standard
 * origin for the renderer, and the blog's pictures' scheme one too (Electron
 * takes every privileged scheme in this one call).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    blogSchemePrivileges,
  ]);
}

/** Serves the built renderer from `rendererDir`, and nothing outside it, each response with the renderer's Content-Security-Policy header (see served-responses.ts). */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    return toWebResponse(await rendererResponse(url.host === 'renderer' ? rendererDir : null, url.pathname));
  });
}
