import type { Ctx } from "../context.js";
import { DEFAULT_CADENCE_DAYS } from "../domain/cadence.js";
import type { CalendarDate } from "../domain/dates.js";
import { type DueItem, dueList, nextDue } from "../domain/due.js";
import { parseWhen } from "../domain/when.js";
import { usageError } from "../errors.js";
import { listTrackedContacts } from "../store/interactions.js";

export interface DueOptions {
  on?: string;
  limit?: string;
}

export interface DueReport {
  today: CalendarDate;
  on: CalendarDate;
  /** Whether --on named the day (the heading then gives the date, even if it is today). */
  dateGiven: boolean;
  /** Everyone due, in order; views cut it to `limit`. */
  items: DueItem[];
  /** How many to show; undefined means the view's default. 0 means all. */
  limit: number | undefined;
  /** Who falls due first after `on`, when nobody is due. */
  next: DueItem | undefined;
  contactCount: number;
}

export async function due(options: DueOptions, ctx: Ctx): Promise<DueReport> {
  const on = options.on === undefined ? ctx.today : await parseWhen(options.on, ctx.today, { flag: "--on", allowFuture: true });
  const limit = options.limit === undefined ? undefined : limitFlag(options.limit);
  const contacts = listTrackedContacts(ctx.db(), on);
  const items = dueList(contacts, on, DEFAULT_CADENCE_DAYS);
  const next = items.length === 0 ? nextDue(contacts, on, DEFAULT_CADENCE_DAYS) : undefined;
  return { today: ctx.today, on, dateGiven: options.on !== undefined, items, limit, next, contactCount: contacts.length };
}

/** Ten people for a person to read; everyone for a program. `--limit` sets both; 0 is everyone. */
export const DEFAULT_HUMAN_LIMIT = 10;

export function shownItems(report: DueReport, view: "human" | "json"): DueItem[] {
  const limit = report.limit ?? (view === "human" ? DEFAULT_HUMAN_LIMIT : 0);
  return limit === 0 ? report.items : report.items.slice(0, limit);
}

function limitFlag(value: string): number {
  if (!/^\d{1,6}$/.test(value.trim())) throw usageError(`--limit: '${value}' is not a number of people`, "use a whole number, or 0 for everyone");
  return Number(value);
}
