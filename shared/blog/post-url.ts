import { parsePostFileName } from '../posts/post-file-name';
import { resolvePostDate } from '../posts/post-date';
import { postPermalink } from './permalink';

/** A post as its URL needs it: where it is in the blog and its front matter. */
export interface PostUrlSource {
  /** The post's path inside the blog, with `/` separators (`_posts/2010-01-08-x.md`, `en/_posts/…`). */
  readonly relativePath: string;
  /** The front matter as parsed (`date`, `time`, `slug`, `permalink`, `category`, `categories`). */
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * The URL Jekyll publishes a post at, or null for a file it does not publish
 * by date (not in a `_posts` folder, or undated). As Jekyll computes it: the
 * posts `permalink` pattern, the date (a `date:` key wins over the file
 * name, also for the day: the check warns when they differ; a time with
 * a zone offset is read in the blog's `timezone`, else in this machine's, as
 * Jekyll reads it in the build machine's), the slug (a `slug:` key wins), and the categories from the folders
 * above `_posts` (`en/news/_posts`) and from the front matter; a post's own
 * `permalink:` (its placeholders filled) wins over all. `data` should hold
 * the blog's front matter defaults under the post's own (front-matter-defaults.ts). With `permalink` null (a setting Inkpost cannot
 * follow), the post's key is `YYYY-MM-DD-slug`, which is still unique.
 */
export function publishedPostUrl(post: PostUrlSource, permalink: string | null, timeZone: string | null = null): string | null {
  const folders = post.relativePath.split('/');
  const fileName = folders.pop() ?? '';
  const postsAt = folders.indexOf('_posts');
  if (postsAt === -1) {
    return null;
  }
  const name = parsePostFileName(fileName);
  if (name.date === null) {
    return null;
  }
  const dateKey = post.data['date'];
  const instant = instantOf(dateKey);
  const { date, time } = instant !== null
    ? dateTimeIn(instant, timeZone)
    : { date: resolvePostDate(null, dateKey, null).date ?? name.date, time: resolvePostDate(name.date, dateKey, post.data['time']).time };
  const own = post.data['permalink'];
  const slug = typeof post.data['slug'] === 'string' ? post.data['slug'] : name.slug;
  const ownCategories = [post.data['category'], post.data['categories']].flatMap((value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : typeof value === 'string' ? value.split(/\s+/) : []));
  const permalinkPost = { date, time, slug, categories: [...folders.slice(0, postsAt), ...ownCategories] };
  if (typeof own === 'string' && own !== '') {
    // Jekyll fills the placeholders of a post's own permalink too (`/blog/:year/:title/`).
    return own.includes(':') ? postPermalink(permalinkPost, own) : own.startsWith('/') ? own : `/${own}`;
  }
  if (permalink === null) {
    return `${date}-${slug}`;
  }
  return postPermalink(permalinkPost, permalink);
}

/** A `date:` value that names an instant: a YAML timestamp, or text with a zone offset (`2016-08-25 09:50:00 +0300`); null for anything else. */
function instantOf(value: unknown): Date | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value;
  }
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|([+-])(\d{2}):?(\d{2}))$/i.exec(value.trim()) : null;
  if (match === null) {
    return null;
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const offsetMinutes = match[8] === undefined ? 0 : (match[8] === '-' ? -1 : 1) * (Number(match[9]) * 60 + Number(match[10]));
  const instant = new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** The day and time of `instant` in `timeZone` (an IANA name such as `America/Los_Angeles`), or in this machine's zone when null or unknown. */
export function dateTimeIn(instant: Date, timeZone: string | null): { date: string; time: string } {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', timeZone === null ? options : { ...options, timeZone });
  } catch {
    format = new Intl.DateTimeFormat('en-US', options);
  }
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((entry) => entry.type === type)?.value ?? '00';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}
