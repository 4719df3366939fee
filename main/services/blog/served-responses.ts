import { extname } from 'node:path';
import { blogAssetContentSecurityPolicy, rendererContentSecurityPolicy } from '../../../shared/content-security-policy';
import { resolveBlogAsset } from './blog-assets';
import { resolveServedFile } from './served-file';

/** What the app's protocols answer, before any bytes are read: Electron's handlers and the test harness build their responses from it. */
export interface ServedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The file whose bytes are the body, or null when the body is {@link text}. */
  readonly file: string | null;
  /** The body when there is no file: why the request was refused. */
  readonly text: string;
}

/** The types of the files the built renderer holds. */
const rendererTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

function refusal(status: number, reason: string, policy: string): ServedResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', 'content-security-policy': policy }, file: null, text: reason };
}

/**
 * The answer to a request for `path` of the built renderer in `rendererDir`
 * (null: a host that serves nothing, 404): the file (confined to the folder,
 * see `resolveServedFile`) with its type, or 404; always with the renderer's Content-Security-Policy header, so the
 * policy holds even before the page's `<meta>` tag is parsed.
 */
export async function rendererResponse(rendererDir: string | null, path: string): Promise<ServedResponse> {
  const file = rendererDir === null ? null : await resolveServedFile(rendererDir, path);
  if (file === null) {
    return refusal(404, 'Not found', rendererContentSecurityPolicy);
  }
  const headers = { 'content-type': rendererTypes[extname(file)] ?? 'application/octet-stream', 'x-content-type-options': 'nosniff', 'content-security-policy': rendererContentSecurityPolicy };
  return { status: 200, headers, file, text: '' };
}

/**
 * The answer to a request for the blog picture at `rawPath` (still
 * percent-encoded) of the blog folder `folder` (null: no blog, 404): the
 * picture with its type, or the refusal `resolveBlogAsset` gives; always
 * with the blog pictures' Content-Security-Policy and `nosniff`.
 */
export async function blogAssetResponse(folder: string | null, rawPath: string): Promise<ServedResponse> {
  if (folder === null) {
    return refusal(404, 'Not found', blogAssetContentSecurityPolicy);
  }
  const asset = await resolveBlogAsset(folder, rawPath);
  if (!asset.ok) {
    return refusal(asset.status, asset.reason, blogAssetContentSecurityPolicy);
  }
  const headers = { 'content-type': asset.contentType, 'x-content-type-options': 'nosniff', 'content-security-policy': blogAssetContentSecurityPolicy };
  return { status: 200, headers, file: asset.file, text: '' };
}
