// Birthdays and named dates in words, for the profile and the morning list.
import { type ContactDate, type MonthDay, nextOccurrence, turnsOn } from "../domain/birthdays.js";
import { type CalendarDate, dayIndex, formatLongDate } from "../domain/dates.js";
import { neutralise } from "../text/neutralise.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const WEEKDAYS = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]; // 1 Jan 1970, day 0, was a Thursday

/** `Fri 14 Apr`: a day within the coming days needs no year. */
export function weekdayDayMonth(date: CalendarDate): string {
  const weekday = WEEKDAYS[((dayIndex(date) % 7) + 7) % 7];
  return `${weekday} ${dayAndMonth({ month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)), year: null })}`;
}

/** `14 Apr`, or `14 Apr 1986` with `withYear` and a known year. */
export function dayAndMonth({ month, day, year }: MonthDay, withYear = false): string {
  return `${day} ${MONTHS[month - 1]}${withYear && year !== null ? ` ${year}` : ""}`;
}

/** `14 Apr (turns 40 on Tue 14 Apr 2026)`, `14 Apr (next on Tue 14 Apr 2026)`, `… today`. */
export function birthdayLine(birthday: MonthDay, today: CalendarDate): string {
  const next = nextOccurrence(birthday, today);
  const turns = turnsOn(birthday, next);
  const when = next === today ? "today" : `on ${formatLongDate(next)}`;
  return `${dayAndMonth(birthday)} (${turns === null ? `next ${when}` : `turns ${turns} ${when}`})`;
}

/** `met 2 May 2019; work anniversary 1 Mar`: the named dates on one line. */
export function namedDatesLine(dates: readonly ContactDate[]): string | null {
  const named = dates.filter((d) => d.label !== null);
  return named.length ? named.map((d) => `${neutralise(d.label!)} ${dayAndMonth(d, true)}`).join("; ") : null;
}
