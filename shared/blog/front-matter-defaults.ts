/**
 * Jekyll's front matter defaults (`defaults:` in `_config.yml`): each entry's
 * `values` apply to the files its `scope` names (a `path` inside the blog,
 * with `*` globs, and a `type`: `posts`, `pages`, `drafts` or a collection).
 * A post's own front matter wins; among entries, a longer scope path wins,
 * then one that names a type, as in Jekyll's FrontmatterDefaults.
 */

type Record_ = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** A scope path as Jekyll compares it: without leading and trailing slashes. */
function scopePath(scope: Record_): string {
  const path = scope['path'];
  return typeof path === 'string' ? path.replace(/^\/+|\/+$/g, '') : '';
}

/** A glob of Jekyll's scope paths (`*` within a folder name) as a pattern over whole paths. */
function globPattern(glob: string): RegExp {
  const source = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*');
  return new RegExp(`^${source}(?:/|$)`);
}

/** Whether `scope` covers the file at `relativePath` (with `/` separators) of `type`. */
function applies(scope: Record_, relativePath: string, type: string): boolean {
  const path = scopePath(scope);
  const pathApplies = path === '' || (path.includes('*') ? globPattern(path).test(relativePath) : relativePath === path || relativePath.startsWith(`${path}/`));
  const scopeType = scope['type'];
  return pathApplies && (typeof scopeType !== 'string' || scopeType === type);
}

/** Whether `next` takes precedence over `previous` (Jekyll's `has_precedence?`). */
function precedes(previous: Record_ | null, next: Record_): boolean {
  if (previous === null) {
    return true;
  }
  const [before, after] = [scopePath(previous).length, scopePath(next).length];
  if (before !== after) {
    return after >= before;
  }
  return 'type' in next || !('type' in previous);
}

/** `over` merged onto `base`, mappings merged key by key (Jekyll's deep merge). */
function deepMerge(base: Record_, over: Record_): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = merged[key];
    merged[key] = isRecord(current) && isRecord(value) ? deepMerge(current, value) : value;
  }
  return merged;
}

/**
 * The front matter a file gets from the blog's `defaults` setting (the
 * parsed value of `defaults:`; anything but a list gives none), for the file
 * at `relativePath` inside the blog, of `type` (`posts` for a post).
 */
export function frontMatterDefaults(setting: unknown, relativePath: string, type: string): Record<string, unknown> {
  let values: Record<string, unknown> = {};
  let previous: Record_ | null = null;
  for (const entry of Array.isArray(setting) ? (setting as unknown[]) : []) {
    if (!isRecord(entry) || !isRecord(entry['values'])) {
      continue;
    }
    const scope = isRecord(entry['scope']) ? entry['scope'] : {};
    if (!applies(scope, relativePath, type)) {
      continue;
    }
    if (precedes(previous, scope)) {
      values = deepMerge(values, entry['values']);
      previous = scope;
    } else {
      values = deepMerge(entry['values'], values);
    }
  }
  return values;
}

/** A post's front matter with the blog's defaults under it: what Jekyll's `page` holds. */
export function withFrontMatterDefaults(data: Record_, setting: unknown, relativePath: string, type = 'posts'): Record<string, unknown> {
  const defaults = frontMatterDefaults(setting, relativePath, type);
  return Object.keys(defaults).length === 0 ? { ...data } : deepMerge(defaults, data);
}
