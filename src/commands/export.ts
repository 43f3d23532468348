// `netlog export csv` and `netlog export ics`: the contacts for other programs. This gathers
// them; render/export.ts writes the CSV and the calendar.
import { parseDays } from "../domain/cadence.js";
import type { Ctx } from "../context.js";
import { addCalendarDays } from "../domain/dates.js";
import { usageError } from "../errors.js";
import type { ListedContact } from "../reports/contact-list.js";
import type { CalendarReport } from "../reports/export.js";
import { contactList, contactListItems } from "./contact-list.js";
import { countContacts } from "../store/contacts.js";
import { birthdaysWithContacts } from "../store/contact-dates.js";

/** Everyone, archived too: the spreadsheet holds all of them. */
export async function exportContacts(ctx: Ctx): Promise<ListedContact[]> {
  return contactList({ all: true }, ctx);
}

/** exportContacts's contacts as they are read, and how many. */
export async function exportContactItems(ctx: Ctx): Promise<{ contacts: Iterable<ListedContact>; count: number }> {
  const { contacts } = await contactListItems({ all: true }, ctx);
  return { contacts, count: countContacts(ctx.db(), true) };
}

/**
 * Touch-bases and follow-ups from today to `days` ahead, and every birthday as a yearly event: whoever is overdue is on today, and a
 * snoozed contact on the day it wakes, as `due` would show them.
 */
export async function exportCalendar(options: { days?: string }, ctx: Ctx): Promise<CalendarReport> {
  const days = options.days === undefined ? 90 : parseDays(options.days);
  if (days === undefined) throw usageError(`--days: '${options.days}' is not a number of days`, "e.g. --days 30, --days 2w, or --days 0 for today alone");
  const last = addCalendarDays(ctx.today, days);
  const items: CalendarReport["items"] = [];
  for (const { contact, schedule } of await contactList({}, ctx)) {
    if (schedule.dueOn === null) continue;
    // biome-ignore lint/complexity/useMathMinMax: calendar dates, compared as YYYY-MM-DD strings
    const date = [schedule.dueOn, ctx.today, contact.snoozedUntil ?? ""].reduce((a, b) => (a > b ? a : b));
    if (date > last) continue;
    items.push({ contact, schedule, date });
  }
  return { today: ctx.today, now: ctx.now, items, birthdays: birthdaysWithContacts(ctx.db()) };
}
