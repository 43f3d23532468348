// `netlog export csv` and `netlog export ics`: views of the contacts for other programs.
import { parseDays } from "../domain/cadence.js";
import type { Ctx } from "../context.js";
import { addCalendarDays } from "../domain/dates.js";
import { type CsvRow, toCsv } from "../formats/csv.js";
import { type CalendarEntry, toIcs } from "../formats/ics.js";
import { usageError } from "../errors.js";
import { contactJson } from "../render/json.js";
import { describeReason } from "../render/reason.js";
import { contactList } from "./contact-list.js";

export async function exportCsv(ctx: Ctx): Promise<string> {
  // The same fields as `contact list --json`, flattened for a spreadsheet.
  const rows: CsvRow[] = (await contactList({ all: true }, ctx)).map(contactJson).map((c) => ({
    ...c,
    tags: c.tags.join("; "),
    last_contact_date: c.last_contact?.date ?? null,
    last_contact_channel: c.last_contact?.channel ?? null,
    next_due: c.due_on,
    reason: c.due_on === null ? null : c.reason,
  }));
  return toCsv(rows);
}

/**
 * Touch-bases and follow-ups from today to `days` ahead: whoever is overdue is on today, and a
 * snoozed contact on the day it wakes, as `due` would show them.
 */
export async function exportIcs(options: { days?: string }, ctx: Ctx): Promise<string> {
  const days = options.days === undefined ? 90 : parseDays(options.days);
  if (days === undefined) throw usageError(`--days: '${options.days}' is not a number of days`, "e.g. --days 30, --days 2w, or --days 0 for today alone");
  const last = addCalendarDays(ctx.today, days);
  const entries: CalendarEntry[] = [];
  for (const { contact, schedule } of await contactList({}, ctx)) {
    if (schedule.dueOn === null) continue;
    const date = [schedule.dueOn, ctx.today, contact.snoozedUntil ?? ""].reduce((a, b) => (a > b ? a : b));
    if (date > last) continue;
    const followUp = schedule.reason === "follow_up";
    const who = contact.company ? `${contact.name} (${contact.company})` : contact.name;
    entries.push({
      uuid: contact.uuid,
      date,
      kind: followUp ? "follow-up" : "touch-base",
      summary: followUp ? `Follow up with ${who}${schedule.followUp?.note ? `: ${schedule.followUp.note}` : ""}` : `Touch base with ${who}`,
      description: describeReason(schedule, ctx.today),
    });
  }
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uuid < b.uuid ? -1 : 1));
  return toIcs(entries, ctx.now);
}
