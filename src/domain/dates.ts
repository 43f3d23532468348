// Calendar dates are `YYYY-MM-DD` strings in the user's local time zone. Arithmetic counts whole
// days in the proleptic Gregorian calendar, with integers: no instant, no time zone, so no day
// lost or gained across DST (dividing local milliseconds by 86 400 000 is off by one there).
// `netlog due` does it for every contact, and date-fns on local midnights took a fifth of its time.
import { format } from "date-fns/format";

export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar date of an instant (what "today" is for the user at that moment). */
export function localDateOf(instant: Date): CalendarDate {
  return format(instant, "yyyy-MM-dd");
}

/**
 * The years netlog keeps. Outside them a cadence could carry a date past 9999, which no longer
 * fits YYYY-MM-DD, and years before 1000 do not survive formatting.
 */
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

/** `2026-02-30` and `2026-13-01` are not dates, even though `new Date` would roll them over. */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m || Number(m[1]) < MIN_YEAR || Number(m[1]) > MAX_YEAR) return false;
  const d = toLocalMidnight(text);
  return d.getFullYear() === Number(m[1]) && d.getMonth() + 1 === Number(m[2]) && d.getDate() === Number(m[3]);
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * An ISO-8601 instant of the kind netlog records changes with (`2026-11-25T12:00:00.000Z`), on a
 * calendar date netlog keeps: `new Date` of anything else is an Invalid Date that breaks exports.
 */
export function isTimestamp(text: string): boolean {
  const m = TIMESTAMP.exec(text);
  return m !== null && isCalendarDate(m[1]!) && !Number.isNaN(Date.parse(text));
}

export function toLocalMidnight(date: CalendarDate): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const result = new Date(y, m - 1, d);
  result.setFullYear(y); // years below 100 would otherwise be read as 19xx
  return result;
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function calendarDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The same day `years` years earlier, or the month's last day when it has none (29 Feb). */
export function yearsBefore(date: CalendarDate, years: number): CalendarDate {
  const y = String(Number(date.slice(0, 4)) - years).padStart(4, "0");
  const firstOfMonth = `${y}-${date.slice(5, 7)}-01`;
  const lastDay = calendarDaysBetween(firstOfMonth, `${addCalendarDays(`${y}-${date.slice(5, 7)}-28`, 4).slice(0, 8)}01`);
  return addCalendarDays(firstOfMonth, Math.min(Number(date.slice(8, 10)), lastDay) - 1);
}

/** The same day `months` months later (earlier when negative), or that month's last day (31 Jan + 1 → 28 Feb). */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = String((total % 12) + 1).padStart(2, "0");
  const firstOfMonth = `${String(year).padStart(4, "0")}-${month}-01`;
  const lastDay = calendarDaysBetween(firstOfMonth, `${addCalendarDays(`${firstOfMonth.slice(0, 8)}28`, 4).slice(0, 8)}01`);
  return addCalendarDays(firstOfMonth, Math.min(Number(date.slice(8, 10)), lastDay) - 1);
}

/** Days since 1970-01-01: a number that goes up by one each calendar day. */
export function dayIndex(date: CalendarDate): number {
  return dayNumber(date);
}

// Days since 1970-01-01 and back, after Howard Hinnant's days_from_civil and civil_from_days
// (howardhinnant.github.io/date_algorithms.html): years run from March, so leap days come last.
function dayNumber(date: CalendarDate): number {
  const month = Number(date.slice(5, 7));
  const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + Number(date.slice(8, 10)) - 1;
  return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
}

function dateOfDayNumber(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// Remembered per date and year: `netlog log` into a pipe formats 300,000 dates, of a few
// thousand distinct days, and date-fns took a tenth of its time.
const shortDates = new Map<string, string>();

/** `10 Sep` within the year of `today`, `10 Sep 2025` otherwise: short but never ambiguous. */
export function formatShortDate(date: CalendarDate, today: CalendarDate): string {
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  const key = sameYear ? date : `${date} full`;
  let text = shortDates.get(key);
  if (text === undefined) shortDates.set(key, (text = format(toLocalMidnight(date), sameYear ? "d MMM" : "d MMM yyyy")));
  return text;
}

/** `Wed 25 Nov 2026`. */
export function formatLongDate(date: CalendarDate): string {
  return format(toLocalMidnight(date), "EEE d MMM yyyy");
}
