// A date flag (`--date`, `--on`, `--since`, `--follow-up`, snooze's WHEN): domain/when.ts reads
// the text and says why it is no date; this names the flag and gives the hint.
import type { CalendarDate } from "../domain/dates.js";
import { readWhen, type WhenRules } from "../domain/when.js";
import { NetlogError, usageError } from "../errors.js";

export interface WhenOptions extends WhenRules {
  /** The flag being parsed, named in error messages. */
  flag: string;
  /** The hint for a day after today, when "log conversations that have happened" does not fit. */
  futureHint?: string;
}

const PAST_EXAMPLES = "2026-09-10, today, yesterday, 3 days ago, last tuesday, 2 weeks ago";
const FUTURE_EXAMPLES = "next friday, in 2 weeks, tomorrow, dec 4, 2026-12-04";

export async function parseWhen(text: string, today: CalendarDate, options: WhenOptions): Promise<CalendarDate> {
  const date = await readWhen(text, today, options);
  if (typeof date === "string") return date;
  switch (date.kind) {
    case "unreadable":
      throw usageError(`${options.flag}: '${text}' is not a date I understand`, `try a date like ${options.futureOnly ? FUTURE_EXAMPLES : PAST_EXAMPLES}`);
    case "past":
      throw usageError(`${options.flag}: ${date.date} is in the past`, `give a day from today on, like ${FUTURE_EXAMPLES}`);
    case "future":
      throw new NetlogError(`${options.flag}: ${date.date} is in the future`, {
        hint: options.futureHint ?? `log conversations that have happened; today is ${today}`,
        exitCode: 2,
      });
  }
}
