/** What a post's file name says: Jekyll puts the date and slug in it, not in the front matter. */
export interface PostFileName {
  /** `YYYY-MM-DD` when the name starts with a valid calendar date, else null. */
  readonly date: string | null;
  /** The name without date prefix and extension. */
  readonly slug: string;
  /** The extension without its dot, e.g. `markdown`; empty when there is none. */
  readonly extension: string;
}

const datedName = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/;

/** Markdown extensions Jekyll converts by default, which Inkpost treats as posts. */
export const postExtensions: readonly string[] = ['markdown', 'md', 'mkd', 'mkdn', 'mdown', 'mdwn'];

/** True when a file name has one of {@link postExtensions} (case-insensitive). */
export function isPostFileName(fileName: string): boolean {
  const extension = splitExtension(fileName).extension.toLowerCase();
  return !fileName.startsWith('.') && postExtensions.includes(extension);
}

/**
 * Reads the date and slug from a post file name such as
 * `2008-08-27-migrating-to-ejabberd.markdown`. A prefix that is not a real
 * calendar date (say `2009-02-30-`) is not a date: the whole stem is the slug.
 */
export function parsePostFileName(fileName: string): PostFileName {
  const { stem, extension } = splitExtension(fileName);
  const match = datedName.exec(stem);
  if (match && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    return { date: `${match[1]}-${match[2]}-${match[3]}`, slug: match[4] ?? '', extension };
  }
  return { date: null, slug: stem, extension };
}

function splitExtension(fileName: string): { stem: string; extension: string } {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) {
    return { stem: fileName, extension: '' };
  }
  return { stem: fileName.slice(0, dot), extension: fileName.slice(dot + 1) };
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) {
    return false;
  }
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (daysInMonth[month - 1] ?? 0);
}
