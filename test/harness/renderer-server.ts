import { readFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blogAssetResponse, rendererResponse, type ServedResponse } from '../../main/services/blog/served-responses';

/** A static server for the built renderer on 127.0.0.1 (module scripts do not load over file:// in Chromium). */
export interface RendererServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Where the harness serves the blog's pictures: the stand-in for Electron's `inkpost-blog://assets`. */
export const blogAssetsRoute = '/__blog-assets';
/** Where the harness serves the posts folder's pictures: the stand-in for Electron's `inkpost-blog://posts`. */
export const postAssetsRoute = '/__post-assets';

/** Sends a planned answer: the same status and headers (the Content-Security-Policy among them) as the app's protocol handlers send. */
async function send(planned: ServedResponse, response: ServerResponse): Promise<void> {
  const body = planned.file === null ? planned.text : await readFile(planned.file);
  response.writeHead(planned.status, planned.headers).end(body);
}

/**
 * Serves `rendererDir` on a free loopback port, confined to that folder like
 * the app's own protocol, the pictures of the folder `blogFolder()` names
 * under {@link blogAssetsRoute} and those of `postsFolder()` under
 * {@link postAssetsRoute}: each answer built by the same functions as
 * Electron's protocol handlers (main/services/blog/served-responses.ts).
 */
export async function serveRendererOverHttp(
  rendererDir: string,
  blogFolder: () => Promise<string | null> = () => Promise.resolve(null),
  postsFolder: () => string | null = () => null,
): Promise<RendererServer> {
  const server: Server = createServer((request, response) => {
    // The raw request path, not a parsed URL's: a parser would already have removed `..` and the resolver must see it.
    const rawPath = (request.url ?? '/').split(/[?#]/)[0] ?? '/';
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const planned = rawPath.startsWith(`${blogAssetsRoute}/`)
      ? blogFolder().then((folder) => blogAssetResponse(folder, rawPath.slice(blogAssetsRoute.length)))
      : rawPath.startsWith(`${postAssetsRoute}/`)
        ? blogAssetResponse(postsFolder(), rawPath.slice(postAssetsRoute.length))
        : rendererResponse(rendererDir, path === '/' ? '/index.html' : path);
    planned.then((answer) => send(answer, response)).catch((error: unknown) => response.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
