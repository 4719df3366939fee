/**
 * Where Jekyll publishes a post: its permalink, from the blog's `permalink`
 * setting (a built-in style or a pattern of placeholders) and the post's date,
 * slug and categories. Pure, so the form panel shows the URL as the user types.
 */

/** Jekyll's default: the `date` style. */
export const defaultPermalinkPattern = '/:categories/:year/:month/:day/:title:output_ext';

/** Jekyll's built-in permalink styles (`permalink: pretty` in `_config.yml`) and the patterns they stand for. */
export const permalinkStyles: Readonly<Record<string, string>> = {
  date: defaultPermalinkPattern,
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/** What a post's permalink is made of. */
export interface PermalinkPost {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** `HH:MM`, or null (midnight, as Jekyll takes a post without a time). */
  readonly time: string | null;
  /** The post's slug: its file name without date and extension, or its `slug` key. */
  readonly slug: string;
  /** The `categories` key (a list, or a string of space-separated names) and the `category` key, as parsed. */
  readonly categories?: unknown;
  readonly category?: unknown;
}

/** The pattern a `permalink` setting stands for; null when the setting is not one Inkpost can follow (not text, or a style it does not know). */
export function permalinkPattern(setting: unknown): string | null {
  if (setting === undefined || setting === null) {
    return defaultPermalinkPattern;
  }
  if (typeof setting !== 'string') {
    return null;
  }
  const style = permalinkStyles[setting];
  if (style !== undefined) {
    return style;
  }
  return setting.includes('/') || setting.includes(':') ? setting : null;
}

const placeholder = /:(categories|year|month|day|i_month|i_day|short_year|hour|minute|second|title|slug|y_day|short_month|long_month|short_day|long_day|week|output_ext)/g;
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function categoryList(post: PermalinkPost): string[] {
  const names = (value: unknown): string[] => {
    if (typeof value === 'string') {
      return value.split(/\s+/).filter((name) => name !== '');
    }
    if (Array.isArray(value)) {
      return value.filter((name) => typeof name === 'string' || typeof name === 'number').map(String);
    }
    return [];
  };
  const all = [...names(post.category), ...names(post.categories)].map((name) => name.toLowerCase());
  return all.filter((name, index) => all.indexOf(name) === index);
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** ISO week number (Jekyll's `:week` is `%V`). */
function isoWeek(day: Date): number {
  const thursday = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 3 - ((day.getUTCDay() + 6) % 7)));
  const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
  return 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / 86_400_000 / 7 - (3 - ((firstThursday.getUTCDay() + 6) % 7)) / 7);
}

/**
 * The URL Jekyll gives `post` under `pattern` (see {@link permalinkPattern}):
 * placeholders filled as Jekyll fills them (categories lowercased and joined
 * by `/`, `:output_ext` as `.html`), empty segments collapsed, one leading
 * `/`. `:title` and `:slug` are the slug. Placeholders Jekyll does not know
 * stay as written, as Jekyll leaves them.
 */
export function postPermalink(post: PermalinkPost, pattern: string = defaultPermalinkPattern): string {
  const [year, month, day] = post.date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = (post.time ?? '00:00').split(':').map(Number) as [number, number];
  const utcDay = new Date(Date.UTC(year, month - 1, day));
  const yearDay = Math.round((utcDay.getTime() - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
  const values: Readonly<Record<string, string>> = {
    categories: categoryList(post).map(encodeURIComponent).join('/'),
    year: String(year),
    month: twoDigits(month),
    day: twoDigits(day),
    i_month: String(month),
    i_day: String(day),
    short_year: twoDigits(year % 100),
    hour: twoDigits(hour),
    minute: twoDigits(minute),
    second: '00',
    title: post.slug,
    slug: post.slug,
    y_day: String(yearDay).padStart(3, '0'),
    short_month: (monthNames[month - 1] ?? '').slice(0, 3),
    long_month: monthNames[month - 1] ?? '',
    short_day: (dayNames[utcDay.getUTCDay()] ?? '').slice(0, 3),
    long_day: dayNames[utcDay.getUTCDay()] ?? '',
    week: twoDigits(isoWeek(utcDay)),
    output_ext: '.html',
  };
  const filled = pattern.replace(placeholder, (_match, name: string) => values[name] ?? '');
  const collapsed = `/${filled}`.replace(/\/{2,}/g, '/');
  return collapsed;
}
