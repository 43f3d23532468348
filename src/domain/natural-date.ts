import * as chrono from "chrono-node/en";
// For its effect: chrono's month and year arithmetic clamps to the month's last day.
import "./chrono-months.js";
import { addCalendarDays, type CalendarDate, calendarDaysBetween, dayIndex, isCalendarDate, toLocalMidnight } from "./dates.js";

/**
 * chrono-node over a local noon reference (noon keeps DST shifts from moving the day). The
 * whole input must be a date: chrono happily finds "tuesday" inside "tuesday-ish lunch", which
 * would silently log the wrong day.
 */
/** `lean` says which way a guessed year or a bare weekday goes: the last one, or the next one. */
export function parseNaturalDate(input: string, today: CalendarDate, lean: "past" | "future" | "none"): CalendarDate | undefined {
  const ofWeek = weekdayOfWeek(input.trim().toLowerCase(), today);
  if (ofWeek !== undefined) return ofWeek;
  const reference = toLocalMidnight(today);
  reference.setHours(12);
  const results = chrono.casual.parse(input, reference, { forwardDate: lean === "future" });
  const [result] = results;
  if (results.length !== 1 || !result || result.index !== 0 || result.text.length !== input.length) return undefined;
  const year = result.start.get("year");
  const month = result.start.get("month");
  const day = result.start.get("day");
  if (year === null || month === null || day === null) return undefined;
  const date = toIso(year, month, day);
  if (!isCalendarDate(date)) return undefined;
  // "1 dec" typed on 25 Nov about a past conversation means last December; chrono guesses this
  // year. Only a typed day and month with a guessed year moves back ("next friday" never does),
  // and "feb 29" moves back to the last year that had one.
  const guessedYear = result.start.isCertain("month") && result.start.isCertain("day") && !result.start.isCertain("year");
  if (lean === "past" && guessedYear && calendarDaysBetween(today, date) > 0) {
    for (let back = 1; back <= 8; back++) {
      const earlier = toIso(year - back, month, day);
      if (isCalendarDate(earlier)) return earlier;
    }
    return undefined;
  }
  // Likewise a bare weekday: chrono takes the nearest "friday", which on a Wednesday is ahead.
  const bareWeekday = result.start.isCertain("weekday") && !result.start.isCertain("day") && !/\b(next|this|coming)\b/.test(input);
  if (lean === "past" && bareWeekday && calendarDaysBetween(today, date) > 0) {
    const lastWeek = addCalendarDays(date, -7);
    return isCalendarDate(lastWeek) ? lastWeek : undefined;
  }
  return date;
}

const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 0,
  mon: 0,
  tuesday: 1,
  tue: 1,
  tues: 1,
  wednesday: 2,
  wed: 2,
  thursday: 3,
  thu: 3,
  thur: 3,
  thurs: 3,
  friday: 4,
  fri: 4,
  saturday: 5,
  sat: 5,
  sunday: 6,
  sun: 6,
};
const WEEK_OFFSET: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

/**
 * `monday last week`, `last week friday`, `friday next week`, `tuesday this week`: that day of
 * that week, weeks starting on Monday. (chrono reads "monday last week" as the last Monday, which
 * on a Tuesday is yesterday: this week's, not last week's.)
 */
function weekdayOfWeek(input: string, today: CalendarDate): CalendarDate | undefined {
  const m = /^(?:(\w+)\s+(last|this|next)\s+week|(last|this|next)\s+week(?:'s)?\s+(\w+))$/.exec(input);
  if (!m) return undefined;
  const weekday = WEEKDAYS[m[1] ?? m[4]!];
  if (weekday === undefined) return undefined;
  // 1970-01-01 was a Thursday, the fourth day of a week that starts on Monday.
  const todayWeekday = (dayIndex(today) + 3) % 7;
  return addCalendarDays(today, -todayWeekday + 7 * WEEK_OFFSET[m[2] ?? m[3]!]! + weekday);
}

function toIso(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
