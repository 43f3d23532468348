// The views of `netlog export csv` and `netlog export ics`: what src/commands/export.ts gathered,
// as a spreadsheet and as a calendar; and the `--json` report of any export written with --out.
import { CSV_FIELDS, type CsvRow, csvPieces, otherValuesCell, toCsv } from "../formats/csv.js";
import { mapItems } from "../reports/json-items.js";
import { type CalendarEntry, toIcs } from "../formats/ics.js";
import type { ListedContact } from "../reports/contact-list.js";
import type { CalendarBirthday, CalendarReport, ExportWritten } from "../reports/export.js";
import { dayInYear } from "../domain/birthdays.js";
import type { CalendarDate } from "../domain/dates.js";
import { dayAndMonth } from "./contact-dates.js";
import { contactJson } from "./json.js";
import { describeReason } from "./reason.js";
import { nameAndCompany } from "../text/name-and-company.js";

export function contactsCsv(contacts: ListedContact[]): string {
  return toCsv(contacts.map(csvRow));
}

/** contactsCsv's text, a row at a time as the contacts are read. */
export function contactsCsvPieces(contacts: Iterable<ListedContact>): Iterable<string> {
  return csvPieces(mapItems(contacts, csvRow));
}

/** The same fields as `contact list --json`, flattened for a spreadsheet. */
function csvRow(summary: ListedContact): CsvRow {
  const { contact, values } = summary;
  const c = contactJson(summary);
  return {
    ...c,
    ...(Object.fromEntries(CSV_FIELDS.map((f) => [f.csv, contact[f.key]])) as Record<(typeof CSV_FIELDS)[number]["csv"], string | number | null>),
    tags: c.tags.join("; "),
    last_contact_date: c.last_contact?.date ?? null,
    last_contact_channel: c.last_contact?.channel ?? null,
    next_due: c.due_on,
    reason: c.due_on === null ? null : c.reason,
    other_emails: otherValuesCell(values.emails),
    other_phones: otherValuesCell(values.phones),
    other_links: otherValuesCell(values.urls),
  };
}

export function calendarIcs({ items, today, now, birthdays }: CalendarReport): string {
  const entries: CalendarEntry[] = items.map(({ contact, schedule, date }) => {
    const followUp = schedule.reason === "follow_up";
    const who = nameAndCompany(contact.name, contact.company);
    return {
      uuid: contact.uuid,
      date,
      kind: followUp ? "follow-up" : "touch-base",
      summary: followUp ? `Follow up with ${who}${schedule.followUp?.note ? `: ${schedule.followUp.note}` : ""}` : `Touch base with ${who}`,
      description: describeReason(schedule, today),
    };
  });
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uuid < b.uuid ? -1 : 1));
  return toIcs([...entries, ...birthdays.map((b) => birthdayEntry(b, today))], now);
}

/**
 * A yearly event from the birth date, or without a year from this year's: the UID,
 * `<uuid>-birthday@netlog`, stays the same as long as the birthday does.
 */
function birthdayEntry(birthday: CalendarBirthday, today: CalendarDate): CalendarEntry {
  return {
    uuid: birthday.uuid,
    date: dayInYear(birthday, birthday.year ?? Number(today.slice(0, 4))),
    kind: "birthday",
    summary: `${nameAndCompany(birthday.name, birthday.company)}: birthday`,
    description: birthday.year === null ? "birthday" : `born ${dayAndMonth(birthday, true)}`,
    yearly: { month: birthday.month, day: birthday.day },
  };
}

/**
 * The `--json` of an export written with --out, e.g. `{ "format": "csv", "out": "contacts.csv",
 * "contacts": 12 }` (a calendar counts `events`). Without --json nothing is printed: the file is
 * the result, and cron mails whatever a command prints.
 */
export function exportWrittenJson(r: ExportWritten) {
  return r.format === "ics" ? { format: r.format, out: r.out, events: r.events } : { format: r.format, out: r.out, contacts: r.contacts };
}
