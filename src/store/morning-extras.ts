// What the morning list reads besides contacts and conversations (migration 013): each contact's
// next planned meeting and its latest job change, in one query each for all of them, as of the
// day asked about. Both tables are small and usually empty; the lookups cost nothing then.
import type { Database } from "better-sqlite3";
import type { CalendarDate } from "../domain/dates.js";
import type { PlannedMeeting, TrackedContact } from "../domain/due.js";
import { latestRoleChanges } from "./contact-roles.js";
import { statement } from "./statements.js";

const PLANNED = `SELECT contact_id AS contactId, planned_on AS date, channel, note FROM planned_meetings
  WHERE planned_on >= ? ORDER BY contact_id, planned_on DESC, id DESC`;

/** The contacts with their next planned meeting (on or after `on`) and their latest job change (noticed by then). */
export function withPlansAndJobs<C extends TrackedContact & { id: number }>(db: Database, contacts: C[], on: CalendarDate): C[] {
  const planned = new Map<number, PlannedMeeting>();
  // Latest first within each contact, so the last one kept is the soonest.
  for (const { contactId, ...meeting } of statement(db, PLANNED).all(on) as Array<PlannedMeeting & { contactId: number }>) planned.set(contactId, meeting);
  const jobs = latestRoleChanges(db, on);
  if (planned.size === 0 && jobs.size === 0) return contacts;
  return contacts.map((c) => {
    const [meeting, job] = [planned.get(c.id), jobs.get(c.id)];
    return meeting || job ? { ...c, ...(meeting ? { planned: meeting } : {}), ...(job ? { jobChange: job } : {}) } : c;
  });
}
