import { protocol } from 'electron';
import { blogAssetResponse } from '../services/blog/served-responses';
import { toWebResponse } from './web-response';

/** The scheme the preview loads the blog's pictures from: `inkpost-blog://assets/images/x.gif` is the blog's `/images/x.gif`. */
export const blogScheme = 'inkpost-blog';
/** What the renderer puts in front of a site-root path (Workspace.assetBase). */
export const blogAssetBase = `${blogScheme}://assets`;
/** What the renderer puts in front of a path inside the posts folder (Workspace.postAssetBase). */
export const postAssetBase = `${blogScheme}://posts`;
/** The scheme's privileges: a standard, secure origin (so the app's CSP can name it), with nothing more (no fetch, no service workers, no CORS). */
export const blogSchemePrivileges = { scheme: blogScheme, privileges: { standard: true, secure: true } } as const;

/**
 * Serves the blog's pictures to the preview: only `inkpost-blog://assets/…`
 * (and the posts folder's under `inkpost-blog://posts/…`, for pictures beside
 * a draft), only files strictly inside the folder `blogFolder()` (or
 * `postsFolder()`) names at the time of the request (main/services/blog/blog-assets.ts refuses every other path, with
 * its status), never writable, never a page of its own (each response
 * carries the pictures' Content-Security-Policy, see served-responses.ts).
 */
export function serveBlogAssets(blogFolder: () => Promise<string | null>, postsFolder: () => string): void {
  protocol.handle(blogScheme, async (request) => {
    const url = new URL(request.url);
    const folder = request.method !== 'GET' ? null : url.host === 'assets' ? await blogFolder() : url.host === 'posts' ? postsFolder() : null;
    // The raw, still percent-encoded path: the resolver refuses encoded separators before decoding.
    return toWebResponse(await blogAssetResponse(folder, url.pathname));
  });
}
