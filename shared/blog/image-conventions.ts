/**
 * Where a blog keeps its pictures and how its posts point at them, learned
 * from the image references in its posts. Pure: main gathers the posts'
 * texts (`inferImageConvention` in main/services/images).
 */

/**
 * How a post names a picture of the blog:
 * - `site-root`: `/images/x.png`;
 * - `baseurl`: `{{ site.baseurl }}/images/x.png`;
 * - `relative-url`: `{{ "/images/x.png" | relative_url }}`;
 * - `relative`: a path without a leading slash (`images/x.png`, `../images/x.png`).
 */
export type ImagePathStyle = 'site-root' | 'baseurl' | 'relative-url' | 'relative';

/** A dated subfolder under the images folder: `/assets/images/2024/` (`year`) or `/uploads/2024/05/` (`year-month`). */
export type ImageDateFolders = 'year' | 'year-month' | null;

/** A blog's images folder and path style. */
export interface ImageConvention {
  /** The folder as a site path, with a slash at each end: `/images/`, `/assets/img/`. */
  readonly folder: string;
  /** Whether pictures go into a subfolder per year (or year and month) of the post. */
  readonly dateFolders: ImageDateFolders;
  readonly style: ImagePathStyle;
  /** For the `relative` style: what comes before the folder's path (`../`, or empty for `images/x.png`). */
  readonly relativePrefix: string;
  /** How many local image references the convention was learned from (0: the default). */
  readonly referenceCount: number;
}

/** One local picture a post points at. */
export interface ImageReference {
  readonly style: ImagePathStyle;
  /** The picture's site path (`/images/x.png`), the relative prefix removed for the `relative` style. */
  readonly sitePath: string;
  /** For the `relative` style: the `./` and `../` steps before the path. */
  readonly relativePrefix: string;
}

/** The folder a blog without pictures gets. */
export const defaultImageFolder = '/assets/images/';

/**
 * The convention of a blog whose posts show no local picture yet:
 * `/assets/images/`, site-root paths, or `{{ "…" | relative_url }}` when the
 * blog sets a `baseurl` (a site-root path would miss the prefix there).
 */
export function defaultImageConvention(baseurl: string): ImageConvention {
  const style = baseurl.replace(/\/+$/, '') === '' ? 'site-root' : 'relative-url';
  return { folder: defaultImageFolder, dateFolders: null, style, relativePrefix: '', referenceCount: 0 };
}

const markdownImage = /!\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>\n]*>|(?:\{\{[^}\n]*\}\}|[^\s()\\]|\\.|\([^\s()]*\))+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\)/g;
const htmlImage = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const baseurlForm = /^\{\{-?\s*site\.baseurl\s*-?\}\}(\/.*)$/;
const relativeUrlForm = /^\{\{-?\s*(["'])([^"']+)\1\s*\|\s*relative_url\s*-?\}\}$/;

/**
 * The picture a URL from a post names, or null when it is no local picture
 * (a URL with a scheme, a protocol-relative `//host/x`, a `data:` URL, other
 * Liquid than the two forms above, a fragment). Query strings and fragments
 * are dropped; `..` steps inside the path, hidden names and `_` folders
 * (which Jekyll does not publish) make it no picture of the blog.
 */
export function classifyImageUrl(rawUrl: string): ImageReference | null {
  const url = rawUrl.trim().replace(/^<(.*)>$/, '$1').trim();
  const baseurl = baseurlForm.exec(url);
  if (baseurl !== null) {
    return referenceOf('baseurl', baseurl[1] ?? '', '');
  }
  const relativeUrl = relativeUrlForm.exec(url);
  if (relativeUrl !== null) {
    const path = relativeUrl[2] ?? '';
    return referenceOf('relative-url', path.startsWith('/') ? path : `/${path}`, '');
  }
  if (url === '' || url.includes('{{') || url.includes('{%') || url.startsWith('//') || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url)) {
    return null;
  }
  if (url.startsWith('/')) {
    return referenceOf('site-root', url, '');
  }
  const prefix = /^(?:\.{1,2}\/)*/.exec(url)?.[0] ?? '';
  return referenceOf('relative', `/${url.slice(prefix.length)}`, prefix);
}

function referenceOf(style: ImagePathStyle, path: string, relativePrefix: string): ImageReference | null {
  const sitePath = path.split(/[?#]/)[0] ?? '';
  const segments = sitePath.split('/').slice(1);
  // Hidden names and `..` never name a file of the site; Jekyll publishes no `_` folder.
  if (segments.length === 0 || segments.some((segment) => segment === '' || segment.startsWith('.')) || segments.slice(0, -1).some((segment) => segment.startsWith('_'))) {
    return null;
  }
  return { style, sitePath, relativePrefix };
}

/** Where a picture's URL stands in a text: `text.slice(from, to)` is the URL as written (angle brackets off). */
export interface ImageUrlSpan {
  readonly from: number;
  readonly to: number;
  readonly url: string;
}

/** Every picture URL of a text, in order: Markdown images `![alt](url)` and HTML `<img src>`, local or not. */
export function imageUrlSpans(text: string): ImageUrlSpan[] {
  const spans: ImageUrlSpan[] = [];
  for (const pattern of [markdownImage, htmlImage]) {
    for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags}d`))) {
      const group = [1, 2, 3].find((index) => match[index] !== undefined) ?? 1;
      const [from, to] = match.indices?.[group] ?? [0, 0];
      const raw = match[group] ?? '';
      const bracketed = raw.startsWith('<') && raw.endsWith('>');
      spans.push(bracketed ? { from: from + 1, to: to - 1, url: raw.slice(1, -1) } : { from, to, url: raw });
    }
  }
  return spans.sort((left, right) => left.from - right.from);
}

/** `text` with each picture URL that `replace` gives a new one for replaced, everything else as it was. */
export function rewriteImageUrls(text: string, replace: (url: string) => string | null): string {
  let result = '';
  let at = 0;
  for (const span of imageUrlSpans(text)) {
    const next = replace(span.url);
    if (next !== null) {
      result += text.slice(at, span.from) + next;
      at = span.to;
    }
  }
  return result + text.slice(at);
}

/** The local pictures a post's text points at, in order: Markdown images `![alt](url)` and HTML `<img src>`. */
export function imageReferencesIn(text: string): ImageReference[] {
  return imageUrlSpans(text)
    .map((span) => classifyImageUrl(span.url))
    .filter((reference): reference is ImageReference => reference !== null);
}

/** The folder of a site path and its dated subfolders: `/assets/images/2024/x.png` → `/assets/images/`, `year`. */
export function folderOf(sitePath: string): { folder: string; dateFolders: ImageDateFolders } {
  const segments = sitePath.split('/').slice(1, -1);
  const isYear = (segment: string | undefined): boolean => segment !== undefined && /^(?:19|20|21)\d\d$/.test(segment);
  const isMonth = (segment: string | undefined): boolean => segment !== undefined && /^(?:0[1-9]|1[0-2])$/.test(segment);
  let dateFolders: ImageDateFolders = null;
  if (isMonth(segments.at(-1)) && isYear(segments.at(-2))) {
    dateFolders = 'year-month';
    segments.splice(-2);
  } else if (isYear(segments.at(-1))) {
    dateFolders = 'year';
    segments.splice(-1);
  }
  return { folder: segments.length === 0 ? '/' : `/${segments.join('/')}/`, dateFolders };
}

/** The most frequent key among `keys` and its count; ties go to the one seen first. */
function mostFrequent(keys: readonly string[]): string | null {
  const counts = new Map<string, number>();
  keys.forEach((key) => counts.set(key, (counts.get(key) ?? 0) + 1));
  let best: string | null = null;
  for (const [key, count] of counts) {
    if (best === null || count > (counts.get(best) ?? 0)) {
      best = key;
    }
  }
  return best;
}

/**
 * Learns the images folder and path style from the local image references
 * of a blog's posts (pass the newest posts first: ties go to what newer
 * posts do). The folder (with its dated subfolders) is the one most
 * references use; the style is the one most references into that folder
 * use. Without any reference: {@link defaultImageConvention}.
 */
export function imageConventionFrom(references: readonly ImageReference[], baseurl: string): ImageConvention {
  const located = references.map((reference) => ({ reference, ...folderOf(reference.sitePath) }));
  const key = (entry: { folder: string; dateFolders: ImageDateFolders }): string => `${entry.folder}\u0000${entry.dateFolders ?? ''}`;
  const topKey = mostFrequent(located.map(key));
  const inFolder = located.filter((entry) => key(entry) === topKey);
  const first = inFolder[0];
  if (first === undefined || first.folder === '/') {
    return defaultImageConvention(baseurl);
  }
  const style = (mostFrequent(inFolder.map((entry) => entry.reference.style)) ?? 'site-root') as ImagePathStyle;
  const relativePrefix = mostFrequent(inFolder.filter((entry) => entry.reference.style === 'relative').map((entry) => entry.reference.relativePrefix)) ?? '';
  return { folder: first.folder, dateFolders: first.dateFolders, style, relativePrefix, referenceCount: located.length };
}

/**
 * The folder a picture of a post dated `date` (`YYYY-MM-DD`) goes into, as a
 * site path: the convention's folder plus the year (and month) when the blog
 * files pictures by date.
 */
export function imageFolderFor(convention: ImageConvention, date: string): string {
  const [year = '', month = ''] = date.split('-');
  if (convention.dateFolders === 'year') {
    return `${convention.folder}${year}/`;
  }
  return convention.dateFolders === 'year-month' ? `${convention.folder}${year}/${month}/` : convention.folder;
}

/** What a post writes to point at the picture at `sitePath` (`/images/x.png`), in the convention's style. */
export function imageLinkText(convention: ImageConvention, sitePath: string): string {
  switch (convention.style) {
    case 'baseurl':
      return `{{ site.baseurl }}${sitePath}`;
    case 'relative-url':
      return `{{ "${sitePath}" | relative_url }}`;
    case 'relative':
      return `${convention.relativePrefix}${sitePath.slice(1)}`;
    default:
      return sitePath;
  }
}
