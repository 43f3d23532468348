// `netlog import calendar FILE.ics`: each meeting with a contact becomes a conversation on its
// day, and each one still to come a planned meeting, however often the calendar is imported.
import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { Ctx } from "../context.js";
import { type CalendarDate, yearsBefore } from "../domain/dates.js";
import { NetlogError } from "../errors.js";
import { type CalendarOccurrence, type CalendarRead, readCalendar, UnreadableCalendar } from "../formats/calendar-events.js";
import type { CalendarSummary } from "../reports/import.js";
import { getContact, updateContactState } from "../store/contacts.js";
import type { Database } from "../store/db.js";
import { isTracked, lastConversationOn, logImportedMessage } from "../store/imported-messages.js";
import { recordChange } from "../store/journal.js";
import { type PlannedRow, type PlannedScope, replacePlanned } from "../store/planned-meetings.js";
import { samePersonFinder } from "../store/same-person.js";
import { allSettings } from "../store/settings.js";
import { MIB, openInputFile } from "./input-file.js";

export type { CalendarSummary };

export interface CalendarImportOptions {
  file: string;
  /** For tests: the cap an endless pipe runs into. */
  maxBytes?: number;
}

const EXPECTED = "an iCalendar file (.ics) exported from Google Calendar, Outlook or Thunderbird";
/** ical.js reads the whole file at once, in memory: a year of a busy calendar is a few MiB. */
const MAX_CALENDAR_BYTES = 256 * MIB;

export async function importCalendar(options: CalendarImportOptions, ctx: Ctx): Promise<CalendarSummary> {
  const input = await openInputFile(options.file, EXPECTED, options.maxBytes ?? MAX_CALENDAR_BYTES);
  let text = "";
  try {
    if (!/^\uFEFF?\s*BEGIN:VCALENDAR\b/i.test(input.head)) throw notCalendar(options.file);
    for await (const chunk of input.text()) text += chunk;
  } finally {
    await input.close();
  }
  let calendar: CalendarRead;
  try {
    calendar = readCalendar(text, ctx.today);
  } catch (error) {
    if (error instanceof UnreadableCalendar) throw new NetlogError(`${options.file} is not a readable calendar: ${error.message}`, { hint: `expected ${EXPECTED}` });
    throw error;
  }
  const db = ctx.db();
  return recordChange(
    db,
    { command: "import calendar", now: ctx.now },
    () => logCalendar(db, calendar, ctx),
    (s) => ({ kind: "text", text: `${basename(options.file)}: ${s.logged} meetings logged, ${s.planned.added} planned` }),
  );
}

function notCalendar(file: string): NetlogError {
  return new NetlogError(`${file} is not a calendar (it does not start with BEGIN:VCALENDAR)`, {
    hint: `expected ${EXPECTED}: in Google Calendar, Settings › Import & export › Export`,
  });
}

function logCalendar(db: Database, calendar: CalendarRead, ctx: Ctx): CalendarSummary {
  const summary: CalendarSummary = {
    logged: 0,
    contacts: 0,
    planned: { added: 0, updated: 0, removed: 0 },
    duplicates: 0,
    cancelled: calendar.cancelled,
    declined: 0,
    notContacts: 0,
    unreadable: calendar.unreadable,
    leftUntracked: 0,
  };
  const withContacts = contactsOf(db, summary);
  const touched = new Set<number>();
  // Oldest first, as import linkedin logs messages: the same day's conversations are ordered by id.
  const past = [...calendar.past].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // Years of a weekly meeting with a dozen people are tens of thousands of rows.
  const progress = ctx.progress("Logging meetings", past.length);
  try {
    for (const [done, o] of past.entries()) {
      if (done % 1000 === 0) progress.tick(done);
      for (const { id, uuid } of withContacts(o)) {
        const sourceKey = `ics:${o.uid}:${o.occurrence}:${uuid}`;
        const logged = logImportedMessage(
          db,
          { contactId: id, happenedOn: o.date, note: o.summary, direction: "both", channel: o.channel, sourceKey },
          { now: ctx.now, today: ctx.today },
        );
        if (!logged) summary.duplicates++;
        else {
          summary.logged++;
          touched.add(id);
        }
      }
    }
  } finally {
    progress.finish();
  }
  const { scope, keyOf } = plannedScope(calendar);
  const rows: PlannedRow[] = calendar.next.flatMap((o) =>
    withContacts(o).map(({ id }) => ({ contactId: id, date: o.date, channel: o.channel, note: o.summary, sourceKey: keyOf(o.uid) })),
  );
  summary.planned = replacePlanned(db, scope, rows, ctx.now);
  summary.contacts = touched.size;
  summary.leftUntracked = startTracking(db, touched, ctx.today, ctx.now);
  summary.notContacts = withContacts.strangers.size;
  return summary;
}

/**
 * A whole calendar (an export has X-WR-CALNAME) speaks for every meeting it planned before: one
 * it no longer holds is removed, and for what invitations to its events planned. A file
 * without a name (one invitation) only for its own events. Only the next occurrence of a series is planned: one row per contact and event.
 */
function plannedScope(calendar: CalendarRead): { scope: PlannedScope; keyOf: (uid: string) => string } {
  const invitationKey = (uid: string) => `ics:-:${uid}`;
  // A whole calendar speaks for the invitations of its events too, imported before it was.
  const keys = new Set([...calendar.uids].map(invitationKey));
  if (calendar.name === null) return { scope: { keys }, keyOf: invitationKey };
  const prefix = `ics:${createHash("sha1").update(calendar.name).digest("hex").slice(0, 12)}:`;
  return { scope: { prefix, keys }, keyOf: (uid) => `${prefix}${uid}` };
}

/**
 * The contacts of an occurrence, by any of their emails; yours (the `my-emails` setting) are not
 * others. You declining leaves the whole occurrence out; a contact declining, that contact.
 */
function contactsOf(db: Database, summary: CalendarSummary) {
  const finder = samePersonFinder(db);
  const mine = new Set(
    (allSettings(db)["my-emails"] ?? "")
      .split(",")
      .map((e) => e.trim().toLowerCase())
      .filter((e) => e !== ""),
  );
  const uuids = new Map<number, string>();
  // A weekly meeting brings the same few addresses hundreds of times.
  const found = new Map<string, number | undefined>();
  const contactOf = (email: string) => {
    if (!found.has(email)) found.set(email, finder.find({ email })?.id);
    return found.get(email);
  };
  const strangers = new Set<string>();
  const withContacts = (o: CalendarOccurrence): Array<{ id: number; uuid: string }> => {
    if (o.people.some((p) => p.declined && mine.has(p.email))) {
      summary.declined++;
      return [];
    }
    const contacts: Array<{ id: number; uuid: string }> = [];
    for (const person of o.people) {
      if (mine.has(person.email)) continue;
      const id = contactOf(person.email);
      if (id === undefined) strangers.add(person.email);
      else if (person.declined) summary.declined++;
      else if (!contacts.some((c) => c.id === id)) {
        if (!uuids.has(id)) uuids.set(id, getContact(db, id)!.uuid);
        contacts.push({ id, uuid: uuids.get(id)! });
      }
    }
    return contacts;
  };
  return Object.assign(withContacts, { strangers });
}

/** As import linkedin does: a conversation tracks a contact, unless the latest is over a year old. */
function startTracking(db: Database, touched: ReadonlySet<number>, today: CalendarDate, now: string): number {
  const yearAgo = yearsBefore(today, 1);
  let left = 0;
  for (const id of touched) {
    if ((lastConversationOn(db, id) as string) >= yearAgo) updateContactState(db, id, { tracked: true }, now);
    else if (isTracked(db, id) === false) left++;
  }
  return left;
}
