import type { Ctx } from "../context.js";
import { limitFlag } from "./limit-flag.js";
import { planDay } from "../domain/due.js";
import { pickForToday } from "../domain/morning.js";
import { parseWhen } from "./when-flag.js";
import { usageError } from "../errors.js";
import { countListedContacts } from "../store/conversations.js";
import { contactsOn, loadSettings } from "./schedule.js";
import { policyOf } from "../domain/settings.js";
import { parseDays } from "../domain/cadence.js";
import type { DueReport } from "../reports/due.js";
import { birthdayItems, birthdaysForToday } from "../domain/birthday-items.js";
import { withBirthdays } from "../store/contact-dates.js";

export interface DueOptions {
  on?: string;
  limit?: string;
  within?: string;
  /** Everyone due, not today's share: the same as --limit 0. */
  all?: boolean;
}

export async function due(options: DueOptions, ctx: Ctx): Promise<DueReport> {
  const on = options.on === undefined ? ctx.today : await parseWhen(options.on, ctx.today, { flag: "--on", allowFuture: true });
  if (options.all && options.limit !== undefined) throw usageError("--all and --limit exclude each other", "--all lists everyone due; --limit N at most N");
  const limit = options.all ? 0 : options.limit === undefined ? undefined : limitFlag(options.limit, { of: "people", all: "everyone" });
  const within = options.within === undefined ? undefined : withinFlag(options.within);
  const db = ctx.db();
  const settings = loadSettings(db);
  const policy = policyOf(settings);
  // Archived contacts and untracked connections are never due: most of a LinkedIn import.
  const contacts = withBirthdays(db, contactsOn(db, on, policy, { onlyTracked: true }));
  const plan = planDay(contacts, on, policy, within);
  const shownLimit = limit ?? settings.dailyLimit;
  const birthdays = birthdayItems(contacts, on, policy);
  return {
    today: ctx.today,
    on,
    dateGiven: options.on !== undefined,
    items: plan.items,
    shown: pickForToday(plan.items, shownLimit, on),
    suggestions: plan.suggestions,
    upcoming: plan.upcoming,
    birthdays,
    shownBirthdays: birthdaysForToday(birthdays, shownLimit),
    limit: shownLimit,
    limitGiven: limit !== undefined,
    next: plan.next,
    contactCount: countListedContacts(db),
  };
}

function withinFlag(value: string): number {
  const days = parseDays(value);
  if (days === undefined) throw usageError(`--within: '${value}' is not a number of days`, "e.g. 7 (days), 2w or 1m");
  return days;
}
