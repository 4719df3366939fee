import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { resolveBlogAsset } from '../services/blog/blog-assets';

/** The scheme the preview loads the blog's pictures from: `inkpost-blog://assets/images/x.gif` is the blog's `/images/x.gif`. */
export const blogScheme = 'inkpost-blog';
/** What the renderer puts in front of a site-root path (Workspace.assetBase). */
export const blogAssetBase = `${blogScheme}://assets`;
/** The scheme's privileges: a standard, secure origin (so the app's CSP can name it), with nothing more (no fetch, no service workers, no CORS). */
export const blogSchemePrivileges = { scheme: blogScheme, privileges: { standard: true, secure: true } } as const;

/**
 * Serves the blog's pictures to the preview: only `inkpost-blog://assets/…`,
 * only files strictly inside the folder `blogFolder()` names at the time of
 * the request (main/services/blog/blog-assets.ts refuses every other path, with
 * its status), never writable, never a page of its own.
 */
export function serveBlogAssets(blogFolder: () => Promise<string | null>): void {
  protocol.handle(blogScheme, async (request) => {
    const url = new URL(request.url);
    const folder = url.host === 'assets' && request.method === 'GET' ? await blogFolder() : null;
    if (folder === null) {
      return new Response('Not found', { status: 404 });
    }
    // The raw, still percent-encoded path: the resolver refuses encoded separators before decoding.
    const asset = await resolveBlogAsset(folder, url.pathname);
    if (!asset.ok) {
      return new Response(asset.reason, { status: asset.status });
    }
    const file = await net.fetch(pathToFileURL(asset.file).toString());
    return new Response(file.body, {
      status: 200,
      headers: { 'content-type': asset.contentType, 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" },
    });
  });
}
