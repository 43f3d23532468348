// What the morning list reads besides contacts and conversations (migration 013): each contact's
// next planned meeting and its latest job change, in one query each for all of them, as of the
// day asked about. Both tables are small and usually empty; the lookups cost nothing then.
import type { Database } from "better-sqlite3";
import type { CalendarDate } from "../domain/dates.js";
import type { TrackedContact } from "../domain/due.js";
import { latestRoleChanges } from "./contact-roles.js";
import { nextPlanned } from "./planned-meetings.js";

/** Below this many contacts, their rows are looked up by their ids rather than read for everyone. */
const BY_ID = 200;

/** The contacts with their next planned meeting (on or after `on`) and their latest job change (noticed by then). */
export function withPlansAndJobs<C extends TrackedContact & { id: number }>(db: Database, contacts: C[], on: CalendarDate): C[] {
  const ids = contacts.length < BY_ID ? contacts.map((c) => c.id) : undefined;
  const planned = nextPlanned(db, on, ids);
  const jobs = latestRoleChanges(db, on, ids);
  if (planned.size === 0 && jobs.size === 0) return contacts;
  return contacts.map((c) => {
    const [meeting, job] = [planned.get(c.id), jobs.get(c.id)];
    return meeting || job ? { ...c, ...(meeting ? { planned: meeting } : {}), ...(job ? { jobChange: job } : {}) } : c;
  });
}
