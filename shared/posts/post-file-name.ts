/** What a post's file name says: Jekyll puts the date and slug in it, not in the front matter. */
export interface PostFileName {
  /** `YYYY-MM-DD` when the name starts with a valid calendar date, else null. */
  readonly date: string | null;
  /** The name without date prefix and extension. */
  readonly slug: string;
  /** The extension without its dot, e.g. `markdown`; empty when there is none. */
  readonly extension: string;
}

/** Jekyll's own pattern for a dated name: a year of two to four digits, a month and a day of one or two. */
const datedName = /^(\d{2,4})-(\d{1,2})-(\d{1,2})-(.+)$/;

/** Markdown extensions Jekyll converts by default, which Inkpost treats as posts. */
export const postExtensions: readonly string[] = ['markdown', 'md', 'mkd', 'mkdn', 'mdown', 'mdwn'];

/** True when a file name has one of {@link postExtensions} (case-insensitive). */
export function isPostFileName(fileName: string): boolean {
  const extension = splitExtension(fileName).extension.toLowerCase();
  return !fileName.startsWith('.') && postExtensions.includes(extension);
}

/**
 * Reads the date and slug from a post file name such as
 * `2008-08-27-migrating-to-ejabberd.markdown`. Like Jekyll (which hands the
 * prefix to Ruby's `Time.parse`), it reads `2009-1-5-` as 2009-01-05 and a
 * two-digit year as Ruby does (`09-` is 2009, `69-` is 1969); the date is
 * given as `YYYY-MM-DD`. A prefix that is not a real calendar date (say
 * `2009-02-30-`, which Jekyll rolls over into March) is not a date: the
 * whole stem is the slug.
 */
export function parsePostFileName(fileName: string): PostFileName {
  const { stem, extension } = splitExtension(fileName);
  const match = datedName.exec(stem);
  if (match) {
    const year = yearOf(match[1] ?? '');
    const [month, day] = [Number(match[2]), Number(match[3])];
    if (isCalendarDate(year, month, day)) {
      const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      return { date, slug: match[4] ?? '', extension };
    }
  }
  return { date: null, slug: stem, extension };
}

/** The year Ruby's `Time.parse` reads from a file name's digits: two digits are 1969–2068. */
function yearOf(digits: string): number {
  const year = Number(digits);
  return digits.length !== 2 ? year : year < 69 ? 2000 + year : 1900 + year;
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
