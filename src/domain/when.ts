// Turns what people type for a date (`2026-09-10`, `yesterday`, `3 days ago`, `last tuesday`)
// into a calendar date. The common forms are parsed here; anything else loads chrono-node, which
// is large, so `netlog due` and `netlog add --date 2026-09-10` never pay for it.
import { NetlogError, usageError } from "../errors.js";
import { addCalendarDays, type CalendarDate, calendarDaysBetween, isCalendarDate } from "./dates.js";

export interface WhenOptions {
  /** The flag being parsed, named in error messages. */
  flag: string;
  /** `--date` of a past conversation refuses the future; `due --on` does not. */
  allowFuture: boolean;
  /** A follow-up or snooze is ahead: the past is refused, `nov 1` and `friday` mean the next ones. */
  futureOnly?: boolean;
}

const PAST_EXAMPLES = "2026-09-10, today, yesterday, 3 days ago, last tuesday, 2 weeks ago";
const FUTURE_EXAMPLES = "next friday, in 2 weeks, tomorrow, dec 4, 2026-12-04";

export async function parseWhen(text: string, today: CalendarDate, options: WhenOptions): Promise<CalendarDate> {
  const input = text.trim().toLowerCase();
  const lean = options.futureOnly ? "future" : options.allowFuture ? "none" : "past";
  const date = quickParse(input, today) ?? (await naturalParse(input, today, lean));
  if (!date) {
    throw usageError(`${options.flag}: '${text}' is not a date I understand`, `try a date like ${options.futureOnly ? FUTURE_EXAMPLES : PAST_EXAMPLES}`);
  }
  if (options.futureOnly && calendarDaysBetween(today, date) < 0) {
    throw usageError(`${options.flag}: ${date} is in the past`, `give a day from today on, like ${FUTURE_EXAMPLES}`);
  }
  if (!options.allowFuture && calendarDaysBetween(today, date) > 0) {
    throw new NetlogError(`${options.flag}: ${date} is in the future`, {
      hint: "log conversations that have happened; today is " + today,
      exitCode: 2,
    });
  }
  return date;
}

function quickParse(input: string, today: CalendarDate): CalendarDate | undefined {
  if (input === "today") return today;
  if (input === "yesterday") return addCalendarDays(today, -1);
  if (input === "tomorrow") return addCalendarDays(today, 1);
  if (/^\d{4}-\d{2}-\d{2}$/.test(input)) return isCalendarDate(input) ? input : undefined;
  return undefined;
}

async function naturalParse(input: string, today: CalendarDate, lean: "past" | "future" | "none"): Promise<CalendarDate | undefined> {
  if (input === "" || /^[\d\s./-]+$/.test(input)) return undefined; // bare numbers: 2026/9/10 or 10.9 are ambiguous
  const { parseNaturalDate } = await import("./natural-date.js");
  return parseNaturalDate(input, today, lean);
}
