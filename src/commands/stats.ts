import type { Ctx } from "../context.js";
import { type CalendarDate, isCalendarDate } from "../domain/dates.js";
import { longestNeglected, monthsBetween, periodCounts, scheduleCounts, stageReach, yearBefore } from "../domain/stats.js";
import { parseWhen } from "./when-flag.js";
import { usageError } from "../errors.js";
import { conversationCounts, stageFirsts } from "../store/stats.js";
import { contactsOn, loadPolicy } from "./schedule.js";
import type { StatsReport } from "../reports/stats.js";

export interface StatsOptions {
  since?: string;
}

/** How many of the longest-neglected contacts to name. */
export const NEGLECTED_SHOWN = 5;

export async function stats(options: StatsOptions, ctx: Ctx): Promise<StatsReport> {
  const since = options.since === undefined ? yearBefore(ctx.today) : await sinceFlag(options.since, ctx.today);
  const db = ctx.db();
  const policy = loadPolicy(db);
  const contacts = contactsOn(db, ctx.today, policy, { onlyTracked: true });
  return {
    today: ctx.today,
    since,
    ...periodCounts(monthsBetween(since, ctx.today), conversationCounts(db, since, ctx.today)),
    schedule: scheduleCounts(contacts, ctx.today, policy),
    neglected: longestNeglected(contacts, ctx.today, NEGLECTED_SHOWN),
    stages: stageReach(stageFirsts(db), since, ctx.today),
  };
}

/** A month (`2026-03`) or any date parseWhen reads; the period starts on the first of its month. */
async function sinceFlag(value: string, today: CalendarDate): Promise<CalendarDate> {
  const month = /^\s*(\d{4}-\d{2})\s*$/.exec(value)?.[1];
  const date = month !== undefined && isCalendarDate(`${month}-01`) ? `${month}-01` : await parseWhen(value, today, { flag: "--since", allowFuture: true });
  if (date > today) throw usageError(`--since: ${date} is in the future`, `give a month or a day before today (${today}), like 2026-01 or '6 months ago'`);
  return `${date.slice(0, 7)}-01`;
}
