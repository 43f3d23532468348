// Turns what people type for a date (`2026-09-10`, `yesterday`, `3 days ago`, `last tuesday`)
// into a calendar date. The common forms are parsed here; anything else loads chrono-node, which
// is large, so `netlog due` and `netlog add --date 2026-09-10` never pay for it.
import { addCalendarDays, type CalendarDate, calendarDaysBetween, isCalendarDate } from "./dates.js";

export interface WhenRules {
  /** `--date` of a past conversation refuses the future; `due --on` does not. */
  allowFuture: boolean;
  /** A follow-up or snooze is ahead: the past is refused, `nov 1` and `friday` mean the next ones. */
  futureOnly?: boolean;
}

/** Why a text is no date here: the command layer words it, with its flag's name. */
export type WhenFailure = { kind: "unreadable" } | { kind: "past"; date: CalendarDate } | { kind: "future"; date: CalendarDate };

export async function readWhen(text: string, today: CalendarDate, rules: WhenRules): Promise<CalendarDate | WhenFailure> {
  const input = text.trim().toLowerCase();
  const lean = rules.futureOnly ? "future" : rules.allowFuture ? "none" : "past";
  const date = quickParse(input, today) ?? (await naturalParse(input, today, lean));
  if (!date) return { kind: "unreadable" };
  if (rules.futureOnly && calendarDaysBetween(today, date) < 0) return { kind: "past", date };
  if (!rules.allowFuture && calendarDaysBetween(today, date) > 0) return { kind: "future", date };
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
