/**
 * True for a site-root path: `/images/x.gif`, which the blog's pages load
 * from the blog's own folder. Not a protocol-relative URL (`//host/x`), not a
 * relative path, not a URL with a scheme.
 */
export function isSiteRootPath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\');
}

/**
 * Points a site-root path at the blog's files: `/images/x.gif` with the base
 * `inkpost-blog://assets` becomes `inkpost-blog://assets/images/x.gif`.
 * Anything else, and every URL when there is no base, comes back unchanged.
 * The host's handler decides what the path may reach; this only says where
 * to ask.
 */
export function siteRootToAsset(url: string, assetBase: string | null): string {
  const trimmed = url.trim();
  return assetBase !== null && isSiteRootPath(trimmed) ? `${assetBase}${trimmed}` : url;
}

/** {@link siteRootToAsset} for each candidate of a `srcset` (`/a.png 1x, /b.png 2x`), keeping the descriptors. */
export function srcsetToAssets(srcset: string, assetBase: string | null): string {
  if (assetBase === null) {
    return srcset;
  }
  return srcset
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      return [siteRootToAsset(url, assetBase), ...descriptors].join(' ');
    })
    .join(', ');
}

/** True when `url` (absolute) is one of the blog's files as the host serves them under `assetBase`. */
export function isBlogAsset(url: string, assetBase: string | null): boolean {
  return assetBase !== null && url.startsWith(`${assetBase}/`);
}
