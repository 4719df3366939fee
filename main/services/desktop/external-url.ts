/** The only schemes Inkpost hands to the user's browser or mail program. */
const externalProtocols = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL to open outside the app, normalised by the WHATWG parser, or null
 * when it is not an absolute http, https or mailto URL (relative paths,
 * `javascript:`, `file:`, `data:` and anything unparsable are refused).
 */
export function externalUrl(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (!externalProtocols.has(url.protocol)) {
    return null;
  }
  if (url.protocol !== 'mailto:' && url.hostname === '') {
    return null;
  }
  return url.href;
}
