import type { Ctx } from "../context.js";
import { limitFlag } from "./limit-flag.js";
import { parseWhen } from "./when-flag.js";
import { usageError } from "../errors.js";
import { hasListedContacts } from "../store/conversations.js";
import { loadSettings } from "./schedule.js";
import { dayFromSchedules, dayOverEveryone } from "./due-day.js";
import { atOneMoment, catchUpSchedules, schedulesCover } from "../store/schedules.js";
import { policyOf } from "../domain/settings.js";
import { parseDays } from "../domain/cadence.js";
import type { DueReport } from "../reports/due.js";

export interface DueOptions {
  on?: string;
  limit?: string;
  within?: string;
  /** Everyone due, not today's share: the same as --limit 0. */
  all?: boolean;
}

/**
 * The morning list of `on`, with everyone due in `items`. With `shareOnly` (what a person reads:
 * not --json), `items` holds only today's share: it then comes from the kept schedules when they
 * answer for the day (store/schedules.ts). The whole list, --all, and a day they do not cover are
 * made by the engine over everyone (commands/due-day.ts). Both give the same lines.
 */
export async function due(options: DueOptions, ctx: Ctx, wanted: { shareOnly?: boolean } = {}): Promise<DueReport> {
  const on = options.on === undefined ? ctx.today : await parseWhen(options.on, ctx.today, { flag: "--on", allowFuture: true });
  if (options.all && options.limit !== undefined) throw usageError("--all and --limit exclude each other", "--all lists everyone due; --limit N at most N");
  const limit = options.all ? 0 : options.limit === undefined ? undefined : limitFlag(options.limit, { of: "people", all: "everyone" });
  const within = options.within === undefined ? undefined : withinFlag(options.within);
  const db = ctx.db();
  const settings = loadSettings(db);
  const policy = policyOf(settings);
  const shownLimit = limit ?? settings.dailyLimit;
  catchUpSchedules(db);
  // One read transaction: the check, the count and the rows of today's window are of the same
  // moment, whatever another netlog commits meanwhile (a count from before a write and rows from
  // after it name people no list of either moment names).
  const day = atOneMoment(db, () => {
    const fromSchedules = wanted.shareOnly === true && shownLimit > 0 && schedulesCover(db, on);
    return (fromSchedules ? dayFromSchedules : dayOverEveryone)(db, on, policy, shownLimit, within);
  });
  return {
    today: ctx.today,
    on,
    dateGiven: options.on !== undefined,
    ...day,
    limit: shownLimit,
    limitGiven: limit !== undefined,
    anyContacts: hasListedContacts(db),
  };
}

function withinFlag(value: string): number {
  const days = parseDays(value);
  if (days === undefined) throw usageError(`--within: '${value}' is not a number of days`, "e.g. 7 (days), 2w or 1m");
  return days;
}
