import type { Ctx } from "../context.js";
import type { CalendarDate } from "../domain/dates.js";
import { type DueItem, planDay } from "../domain/due.js";
import { pickForToday } from "../domain/morning.js";
import { parseWhen } from "../domain/when.js";
import { usageError } from "../errors.js";
import { countListedContacts } from "../store/interactions.js";
import { contactsOn, loadSettings } from "./schedule.js";
import { policyOf } from "../domain/settings.js";
import { parseDays } from "../domain/cadence.js";

export interface DueOptions {
  on?: string;
  limit?: string;
  within?: string;
  /** Everyone due, not today's share: the same as --limit 0. */
  all?: boolean;
}

export interface DueReport {
  today: CalendarDate;
  on: CalendarDate;
  /** Whether --on named the day (the heading then gives the date, even if it is today). */
  dateGiven: boolean;
  /** Everyone due, in order. */
  items: DueItem[];
  /** Today's share of `items` for a person to read: at most `limit`, taking turns (domain/morning.ts). */
  shown: DueItem[];
  /** Relationships ready for a call or a meeting (a few a day), after the due items. */
  suggestions: DueItem[];
  /** With --within: who comes due in the following days, soonest first. */
  upcoming: DueItem[];
  /** How many due items a person sees (--limit, else the daily-limit setting); 0 means all. */
  limit: number;
  /** Whether --limit was given: the JSON view is cut only then. */
  limitGiven: boolean;
  /** Who falls due first after `on`, when nobody is due (suggestions or not). */
  next: DueItem | undefined;
  contactCount: number;
}

export async function due(options: DueOptions, ctx: Ctx): Promise<DueReport> {
  const on = options.on === undefined ? ctx.today : await parseWhen(options.on, ctx.today, { flag: "--on", allowFuture: true });
  if (options.all && options.limit !== undefined) throw usageError("--all and --limit exclude each other", "--all lists everyone due; --limit N at most N");
  const limit = options.all ? 0 : options.limit === undefined ? undefined : limitFlag(options.limit);
  const within = options.within === undefined ? undefined : withinFlag(options.within);
  const db = ctx.db();
  const settings = loadSettings(db);
  const policy = policyOf(settings);
  // Archived contacts and untracked connections are never due: most of a LinkedIn import.
  const contacts = contactsOn(db, on, policy, { onlyTracked: true });
  const plan = planDay(contacts, on, policy, within);
  const shownLimit = limit ?? settings.dailyLimit;
  return {
    today: ctx.today,
    on,
    dateGiven: options.on !== undefined,
    items: plan.items,
    shown: pickForToday(plan.items, shownLimit, on),
    suggestions: plan.suggestions,
    upcoming: plan.upcoming,
    limit: shownLimit,
    limitGiven: limit !== undefined,
    next: plan.next,
    contactCount: countListedContacts(db),
  };
}

/** What a program gets: everyone due, unless --limit asked for N: then the N a person sees. */
export function jsonItems(report: DueReport): DueItem[] {
  return report.limitGiven && report.limit > 0 ? report.shown : report.items;
}

function withinFlag(value: string): number {
  const days = parseDays(value);
  if (days === undefined) throw usageError(`--within: '${value}' is not a number of days`, "e.g. 7 (days), 2w or 1m");
  return days;
}

function limitFlag(value: string): number {
  if (!/^\d{1,6}$/.test(value.trim())) throw usageError(`--limit: '${value}' is not a number of people`, "use a whole number, or 0 for everyone");
  return Number(value);
}
