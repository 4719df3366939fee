/** When a post is dated, as Jekyll decides it. */
export interface PostDate {
  /** `YYYY-MM-DD`, or null for an undated draft. */
  readonly date: string | null;
  /** `HH:MM`, or null when neither a `date:` key with a time nor a `time` key gives one. */
  readonly time: string | null;
  /** Set when the `date:` key names another day than the file name, or cannot be read. */
  readonly problem: string | null;
}

const timeOfDay = /^([01]\d|2[0-3]):([0-5]\d)$/;
const dateKeyText = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/;

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const clock = '(?:[ T,]+(\\d{1,2}):(\\d{2})(?::\\d{2})?)?';
const weekday = '(?:[A-Za-z]+,?\\s+)?';
/** Other ways of writing a day that Ruby's `Time.parse` (which Jekyll uses) reads, with where year, month and day are. */
const rubyDateForms: readonly (readonly [RegExp, 'ymd' | 'dmy' | 'mdy-name' | 'dmy-name'])[] = [
  [new RegExp(`^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${clock}`), 'ymd'],
  [new RegExp(`^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})${clock}`), 'dmy'],
  [new RegExp(`^(\\d{4})(\\d{2})(\\d{2})${clock}$`), 'ymd'],
  [new RegExp(`^${weekday}([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${clock}`), 'mdy-name'],
  [new RegExp(`^${weekday}(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3})[a-z]*\\.?,?\\s+(\\d{4})${clock}`), 'dmy-name'],
];

/**
 * A `date:` text in one of the other forms Ruby's `Time.parse` reads
 * (`11-9-2017` and `11.9.2017` as day, month, year; `2017/9/11`;
 * `20170911`; `Sep 11, 2017`; `11 September 2017`), as the ISO form
 * `YYYY-MM-DD[ HH:MM]`, a day past the month's end rolling over as in Ruby;
 * null when it is none of them.
 */
export function rubyDateText(text: string): string | null {
  for (const [pattern, order] of rubyDateForms) {
    const match = pattern.exec(text.trim());
    if (match === null) {
      continue;
    }
    const [first = '', second = '', third = '', hour, minute] = match.slice(1);
    const nameMonth = (name: string): number => monthNames.indexOf(name.toLowerCase()) + 1;
    const [year, month, day] = order === 'ymd' ? [first, Number(second), third]
      : order === 'dmy' ? [third, Number(second), first]
        : order === 'mdy-name' ? [third, nameMonth(first), second] : [third, nameMonth(second), first];
    if (month < 1 || month > 12 || Number(day) < 1 || Number(day) > 31 || (hour !== undefined && Number(hour) > 23)) {
      return null;
    }
    const iso = new Date(Date.UTC(Number(year), month - 1, Number(day))).toISOString().slice(0, 10);
    return hour === undefined ? iso : `${iso} ${hour.padStart(2, '0')}:${minute ?? '00'}`;
  }
  return null;
}

/** True for a quoted-style "HH:MM" time of day (00:00 to 23:59). */
export function isTimeOfDay(value: string): boolean {
  return timeOfDay.test(value);
}

/**
 * Combines the file name's date with the front matter: a `date:` key, where
 * present, wins for the time of day and must agree with the file name on the
 * day; otherwise the `time` key ("HH:MM") gives the time. `dateValue` is the
 * `date` key as parsed (a string, or a Date for a YAML timestamp).
 */
export function resolvePostDate(fileNameDate: string | null, dateValue: unknown, timeValue: unknown): PostDate {
  const time = typeof timeValue === 'string' && isTimeOfDay(timeValue) ? timeValue : null;
  if (dateValue === undefined || dateValue === null) {
    return { date: fileNameDate, time, problem: null };
  }
  const text = dateValue instanceof Date
    ? dateValue.toISOString().replace('T', ' ')
    : typeof dateValue === 'string' || typeof dateValue === 'number' ? String(dateValue) : JSON.stringify(dateValue);
  const match = dateKeyText.exec(text) ?? dateKeyText.exec(rubyDateText(text) ?? '');
  if (match === null) {
    return { date: fileNameDate, time, problem: `the date key "${text}" is not a date (YYYY-MM-DD [HH:MM])` };
  }
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  const keyTime = match[4] !== undefined ? `${match[4].padStart(2, '0')}:${match[5] ?? '00'}` : null;
  const problem = fileNameDate !== null && fileNameDate !== day
    ? `the date key says ${day} but the file name says ${fileNameDate}`
    : null;
  return { date: fileNameDate ?? day, time: keyTime ?? time, problem };
}
