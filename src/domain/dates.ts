// Calendar dates are `YYYY-MM-DD` strings in the user's local time zone. Arithmetic goes through
// date-fns on local midnights, never milliseconds ÷ 86 400 000, which is off by one across DST.
import { addDays } from "date-fns/addDays";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
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

export function toLocalMidnight(date: CalendarDate): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const result = new Date(y, m - 1, d);
  result.setFullYear(y); // years below 100 would otherwise be read as 19xx
  return result;
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return localDateOf(addDays(toLocalMidnight(date), days));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function calendarDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(toLocalMidnight(to), toLocalMidnight(from));
}

/** `10 Sep` within the year of `today`, `10 Sep 2025` otherwise: short but never ambiguous. */
export function formatShortDate(date: CalendarDate, today: CalendarDate): string {
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  return format(toLocalMidnight(date), sameYear ? "d MMM" : "d MMM yyyy");
}

/** `Wed 25 Nov 2026`. */
export function formatLongDate(date: CalendarDate): string {
  return format(toLocalMidnight(date), "EEE d MMM yyyy");
}
