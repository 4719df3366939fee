/**
 * Dates and names of exported posts. Jekyll takes a post's date from its file
 * name, `YYYY-MM-DD-slug.ext`, always with zero-padded month and day.
 */

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (zero-padded; 2009-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const match = calendarDate.exec(text);
  if (match === null) {
    return false;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) {
    return false;
  }
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (daysInMonth[month - 1] ?? 0);
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** The local calendar day of `moment` as `YYYY-MM-DD`. */
export function localDateOf(moment: Date): string {
  return `${String(moment.getFullYear()).padStart(4, '0')}-${twoDigits(moment.getMonth() + 1)}-${twoDigits(moment.getDate())}`;
}

/** The local time of day of `moment` as `HH:MM`. */
export function localTimeOf(moment: Date): string {
  return `${twoDigits(moment.getHours())}:${twoDigits(moment.getMinutes())}`;
}

/** A post's file name: `YYYY-MM-DD-slug.ext` (the extension without its dot). */
export function datedPostFileName(date: string, slug: string, extension: string): string {
  return `${date}-${slug}.${extension}`;
}
