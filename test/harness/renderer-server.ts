import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { resolveServedFile } from '../../main/services/served-file';

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

/** Serves `rendererDir` on a free loopback port, confined to that folder like the app's own protocol. */
export async function serveRendererOverHttp(rendererDir: string): Promise<RendererServer> {
  const server: Server = createServer((request, response) => {
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
