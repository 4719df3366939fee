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
  const match = dateKeyText.exec(text);
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
