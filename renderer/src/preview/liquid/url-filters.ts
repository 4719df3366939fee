/** A Liquid value as text: strings as they are, nothing as '', other objects as JSON. */
export function liquidText(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    default:
      return JSON.stringify(value) ?? '';
  }
}

/** The setting `key` of the blog's `_config.yml` as a string, '' when unset. */
function setting(config: Readonly<Record<string, unknown>> | null, key: string): string {
  const value = config?.[key];
  return typeof value === 'string' ? value : '';
}

/** True for a URL with a scheme (`https://…`, `mailto:`), which Jekyll's URL filters leave alone. */
function isAbsolute(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url);
}

/** `path` with exactly one leading slash, or '' for ''. */
function leadingSlash(path: string): string {
  return path === '' ? '' : `/${path.replace(/^\/+/, '')}`;
}

/** Jekyll's `relative_url`: the blog's `baseurl` before a site path; absolute URLs unchanged. */
export function relativeUrl(input: unknown, config: Readonly<Record<string, unknown>> | null): string {
  const url = liquidText(input);
  if (isAbsolute(url)) {
    return url;
  }
  const joined = `${leadingSlash(setting(config, 'baseurl').replace(/\/+$/, ''))}${leadingSlash(url)}`;
  return joined === '' ? '/' : joined;
}

/** Jekyll's `absolute_url`: the blog's `url` and `baseurl` before a site path; absolute URLs unchanged. */
export function absoluteUrl(input: unknown, config: Readonly<Record<string, unknown>> | null): string {
  const url = liquidText(input);
  if (isAbsolute(url)) {
    return url;
  }
  return `${setting(config, 'url').replace(/\/+$/, '')}${relativeUrl(url, config)}`;
}
