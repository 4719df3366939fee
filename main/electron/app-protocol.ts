import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { resolveServedFile } from '../services/blog/served-file';
import { appScheme } from './app-location';
import { blogSchemePrivileges } from './blog-protocol';

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

/** Serves the built renderer from `rendererDir`, and nothing outside it. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'renderer' ? await resolveServedFile(rendererDir, url.pathname) : null;
    if (file === null) {
      return new Response('Not found', { status: 404 });
    }
    return net.fetch(pathToFileURL(file).toString());
  });
}
