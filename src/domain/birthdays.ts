// Birthdays and other dates that come back every year: a month and a day, and the year when it
// is known. Pure: "today" is passed in, and every computation is on calendar dates.
import { type CalendarDate, calendarDaysBetween } from "./dates.js";

export type DateKind = "birthday" | "anniversary" | "other";

export interface MonthDay {
  month: number;
  day: number;
  /** Null when it is not known (a birthday given as `04-14`). */
  year: number | null;
}

export interface ContactDate extends MonthDay {
  kind: DateKind;
  /** What it is called (`met`, `work anniversary`); null for the birthday, which is one per contact. */
  label: string | null;
}

/** A contact's birthday as the morning list reads it. */
export interface ContactBirthday extends MonthDay {
  /** The latest day `netlog dismiss` cleared its reminder, or null. */
  dismissedOn: CalendarDate | null;
}

/** The earliest year a date may name; netlog keeps no calendar dates before it (domain/dates.ts). */
export const FIRST_YEAR = 1900;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Why a date was refused, for the command to put in words with its flag. */
export type MonthDayProblem = { kind: "format" } | { kind: "no-such-day" } | { kind: "year"; year: number };

/**
 * `04-14`, `1986-04-14`, or `--04-14` (vCard's form of a day without a year) into a month and
 * day that exist: 29 Feb only without a year or in a leap year; a year from 1900 to this one.
 */
export function parseMonthDay(text: string, today: CalendarDate): MonthDay | MonthDayProblem {
  const m = /^(?:(\d{4})-|--)?(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return { kind: "format" };
  const year = m[1] === undefined ? null : Number(m[1]);
  return checkMonthDay({ month: Number(m[2]), day: Number(m[3]), year }, today);
}

/** The same checks, for a month and day read from a file. */
export function checkMonthDay(date: MonthDay, today: CalendarDate): MonthDay | MonthDayProblem {
  const { month, day, year } = date;
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return { kind: "no-such-day" };
  if (year !== null) {
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > Number(today.slice(0, 4))) return { kind: "year", year };
    if (month === 2 && day === 29 && !isLeapYear(year)) return { kind: "no-such-day" };
  }
  return { month, day, year };
}

export function isProblem(parsed: MonthDay | MonthDayProblem): parsed is MonthDayProblem {
  return "kind" in parsed;
}

/** `04-14` or `1986-04-14`: the form the flags take, and the one exports write. */
export function monthDayText({ month, day, year }: MonthDay): string {
  const md = `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return year === null ? md : `${String(year).padStart(4, "0")}-${md}`;
}

/** The day it falls on in `year`: 29 Feb is kept on 28 Feb in a year without one. */
export function dayInYear({ month, day }: Pick<MonthDay, "month" | "day">, year: number): CalendarDate {
  const shown = month === 2 && day === 29 && !isLeapYear(year) ? 28 : day;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(shown).padStart(2, "0")}`;
}

/** Its next day on or after `on`. */
export function nextOccurrence(date: Pick<MonthDay, "month" | "day">, on: CalendarDate): CalendarDate {
  const year = Number(on.slice(0, 4));
  const thisYear = dayInYear(date, year);
  return thisYear >= on ? thisYear : dayInYear(date, year + 1);
}

/** How old someone born on `date` turns on `occurrence`; null without a year. */
export function turnsOn(date: MonthDay, occurrence: CalendarDate): number | null {
  return date.year === null ? null : Number(occurrence.slice(0, 4)) - date.year;
}

/** A birthday coming up within `noticeDays` of `on` (0: only on the day), or undefined. */
export function upcomingBirthday(date: MonthDay, on: CalendarDate, noticeDays: number): { date: CalendarDate; inDays: number; turns: number | null } | undefined {
  const next = nextOccurrence(date, on);
  const inDays = calendarDaysBetween(on, next);
  if (inDays > noticeDays) return undefined;
  return { date: next, inDays, turns: turnsOn(date, next) };
}

/** The kind a named date is, by its label: `anniversary`, `work anniversary` … are anniversaries. */
export function kindOfLabel(label: string): Exclude<DateKind, "birthday"> {
  return /anniversary$/i.test(label.trim()) ? "anniversary" : "other";
}

/** Labels are matched as people type them: case and surrounding spaces aside. */
export function labelKey(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The birthday first, then the named dates in calendar order, then by label. */
export function compareContactDates(a: ContactDate, b: ContactDate): number {
  return Number(b.kind === "birthday") - Number(a.kind === "birthday") || a.month - b.month || a.day - b.day || labelKey(a.label ?? "").localeCompare(labelKey(b.label ?? ""));
}
