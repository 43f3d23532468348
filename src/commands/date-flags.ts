// --birthday, --date LABEL=DATE and --remove-date LABEL, read for contact add and contact edit.
import type { CalendarDate } from "../domain/dates.js";
import { type ContactDate, FIRST_YEAR, isProblem, labelKey, type MonthDay, monthDayText, parseMonthDay } from "../domain/birthdays.js";
import { NetlogError, usageError } from "../errors.js";
import type { Database } from "../store/db.js";
import { setBirthday, setNamedDate } from "../store/contact-dates.js";

export interface DateFlags {
  /** --birthday: undefined when not given, null for `none`. */
  birthday?: MonthDay | null;
  /** --date, by label as typed (the last given for a label wins). */
  dates: Array<{ label: string; date: MonthDay }>;
  /** --remove-date, as typed. */
  removed: string[];
}

const DATE_HINT = "e.g. 04-14, or 1986-04-14 with the year";

/** A month and day (with or without a year) from a flag, or a usage error naming it. */
export function monthDayFlag(flag: string, text: string, today: CalendarDate): MonthDay {
  const parsed = parseMonthDay(text, today);
  if (!isProblem(parsed)) return parsed;
  if (parsed.kind === "year") {
    throw usageError(`${flag}: ${parsed.year} is not a year netlog takes`, `a year from ${FIRST_YEAR} to ${today.slice(0, 4)}, or leave it out: ${text.trim().slice(5)}`);
  }
  if (parsed.kind === "no-such-day") throw usageError(`${flag}: '${text}' is not a day of the calendar`, `${DATE_HINT} (29 Feb only in a leap year, or without a year)`);
  throw usageError(`${flag}: '${text}' is not a date`, DATE_HINT);
}

export function readDateFlags(options: { birthday?: string; date?: string[]; removeDate?: string[] }, today: CalendarDate): DateFlags | undefined {
  if (options.birthday === undefined && options.date === undefined && options.removeDate === undefined) return undefined;
  const flags: DateFlags = { dates: [], removed: [] };
  if (options.birthday !== undefined) {
    flags.birthday = options.birthday.trim().toLowerCase() === "none" ? null : monthDayFlag("--birthday", options.birthday, today);
  }
  for (const given of options.date ?? []) {
    const at = given.indexOf("=");
    const label = at < 0 ? "" : given.slice(0, at).trim();
    if (at < 0 || label === "") throw usageError(`--date: '${given}' needs a name and a date`, 'e.g. --date "met=2019-05-02" or --date "work anniversary=03-01"');
    if (labelKey(label) === "birthday") throw usageError("--date: the birthday has its own flag", "use --birthday 04-14 (or 1986-04-14)");
    const date = monthDayFlag(`--date ${label}`, given.slice(at + 1), today);
    flags.dates = [...flags.dates.filter((d) => labelKey(d.label) !== labelKey(label)), { label, date }];
  }
  for (const label of options.removeDate ?? []) {
    if (label.trim() === "") throw usageError("--remove-date needs the name of a date", "e.g. --remove-date met; --birthday none removes the birthday");
    if (flags.dates.some((d) => labelKey(d.label) === labelKey(label)))
      throw usageError(`--date and --remove-date both name '${label.trim()}'`, "set a date or remove it, not both");
    flags.removed.push(label.trim());
  }
  return flags;
}

/** Writes what the flags say, inside the command's change; whether anything changed. */
export function writeDates(db: Database, contactId: number, flags: DateFlags, now: string): boolean {
  let changed = flags.birthday !== undefined && setBirthday(db, contactId, flags.birthday, now);
  for (const { label, date } of flags.dates) changed = setNamedDate(db, contactId, label, date, now) || changed;
  for (const label of flags.removed) changed = setNamedDate(db, contactId, label, null, now) || changed;
  return changed;
}

const sameDay = (a: MonthDay, b: MonthDay) => a.month === b.month && a.day === b.day && a.year === b.year;

/**
 * Whether the flags would change the contact's dates; a date to remove that it does not have is
 * an error, as a tag to remove is.
 */
export function changesDates(name: string, current: readonly ContactDate[], flags: DateFlags): boolean {
  const named = (label: string) => current.find((d) => d.label !== null && labelKey(d.label) === labelKey(label));
  const missing = flags.removed.filter((label) => !named(label));
  if (missing.length > 0) {
    const labels = current.filter((d) => d.label !== null).map((d) => d.label);
    throw new NetlogError(`${name} has no date named ${missing.join(", ")}`, { hint: labels.length ? `its dates: ${labels.join(", ")}` : "it has no named dates" });
  }
  const birthday = current.find((d) => d.kind === "birthday");
  if (flags.birthday !== undefined && (flags.birthday === null ? birthday !== undefined : !birthday || !sameDay(birthday, flags.birthday))) return true;
  if (flags.removed.length > 0) return true;
  return flags.dates.some(({ label, date }) => {
    const had = named(label);
    return !had || !sameDay(had, date) || had.label !== label.trim().replace(/\s+/g, " ");
  });
}

/** The birthday as the flag takes it (`04-14`, `1986-04-14`), or null. */
export function birthdayText(dates: readonly ContactDate[]): string | null {
  const birthday = dates.find((d) => d.kind === "birthday");
  return birthday ? monthDayText(birthday) : null;
}

/** The named dates as the flag takes them: `met=2019-05-02`. */
export function namedDatesText(dates: readonly ContactDate[]): string[] {
  return dates.filter((d) => d.label !== null).map((d) => `${d.label}=${monthDayText(d)}`);
}
