import { readFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { resolveBlogAsset } from '../../main/services/blog/blog-assets';
import { resolveServedFile } from '../../main/services/blog/served-file';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A static server for the built renderer on 127.0.0.1 (module scripts do not load over file:// in Chromium). */
export interface RendererServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Where the harness serves the blog's pictures: the stand-in for Electron's `inkpost-blog://assets`. */
export const blogAssetsRoute = '/__blog-assets';

/** Answers a request under {@link blogAssetsRoute} with the same resolver (and statuses) as the app's blog protocol. */
async function serveBlogAsset(rawPath: string, blogFolder: () => Promise<string | null>, response: ServerResponse): Promise<void> {
  const folder = await blogFolder();
  const asset = folder === null ? null : await resolveBlogAsset(folder, rawPath);
  if (asset === null || !asset.ok) {
    response.writeHead(asset?.status ?? 404).end(asset?.reason ?? 'Not found');
    return;
  }
  response.writeHead(200, { 'content-type': asset.contentType, 'x-content-type-options': 'nosniff' }).end(await readFile(asset.file));
}

/**
 * Serves `rendererDir` on a free loopback port, confined to that folder like
 * the app's own protocol, and the pictures of the folder `blogFolder()` names
 * under {@link blogAssetsRoute}.
 */
export async function serveRendererOverHttp(rendererDir: string, blogFolder: () => Promise<string | null> = () => Promise.resolve(null)): Promise<RendererServer> {
  const server: Server = createServer((request, response) => {
    // The raw request path, not a parsed URL's: a parser would already have removed `..` and the resolver must see it.
    const rawPath = (request.url ?? '/').split(/[?#]/)[0] ?? '/';
    if (rawPath.startsWith(`${blogAssetsRoute}/`)) {
      serveBlogAsset(rawPath.slice(blogAssetsRoute.length), blogFolder, response).catch((error: unknown) => response.writeHead(500).end(String(error)));
      return;
    }
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    resolveServedFile(rendererDir, path === '/' ? '/index.html' : path)
      .then(async (file) => {
        if (file === null) {
          response.writeHead(404).end('Not found');
          return;
        }
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(body);
      })
      .catch((error: unknown) => response.writeHead(500).end(String(error)));
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
