// Meetings still to come with a contact, from an imported calendar (migration 013): what
// `contact show` says is planned, and what the morning list reads to leave someone be until then.
import { randomUUID } from "./random.js";
import type { Database } from "better-sqlite3";
import type { CalendarDate } from "../domain/dates.js";
import type { PlannedMeeting } from "../domain/due.js";
import { statement } from "./statements.js";

export type { PlannedMeeting } from "../domain/due.js";

export interface PlannedRow extends PlannedMeeting {
  contactId: number;
  /** What the event is in its calendar: one row per contact and key. */
  sourceKey: string;
}

/**
 * Which rows an import speaks for: those whose key starts with `prefix` (a whole calendar, known
 * by its name), and those of `keys` (for a file that is not a whole calendar, one invitation,
 * only those of the keys it holds; for a whole calendar, its events' invitations, which it
 * supersedes: a meeting cancelled in it no longer held from the invitation imported before).
 */
export type PlannedScope = { prefix?: string; keys: ReadonlySet<string> };

/**
 * Makes the rows of `scope` exactly `rows`: a row of the same contact and key is updated in
 * place (left alone when nothing changed), a new one added, and every other row of the scope
 * removed (its event cancelled, declined, past or gone from the file). Updated counts the rows
 * that changed (a meeting moved to another day).
 */
export function replacePlanned(db: Database, scope: PlannedScope, rows: readonly PlannedRow[], now: string): { added: number; updated: number; removed: number } {
  const existing = statement(db, "SELECT id, contact_id AS contactId, source_key AS sourceKey FROM planned_meetings WHERE source_key IS NOT NULL").all() as Array<{
    id: number;
    contactId: number;
    sourceKey: string;
  }>;
  const { prefix } = scope;
  const inScope = existing.filter((r) => (prefix !== undefined && r.sourceKey.startsWith(prefix)) || scope.keys.has(r.sourceKey));
  const kept = new Set(rows.map((r) => `${r.contactId} ${r.sourceKey}`));
  let removed = 0;
  for (const r of inScope) {
    if (!kept.has(`${r.contactId} ${r.sourceKey}`)) removed += statement(db, "DELETE FROM planned_meetings WHERE id = ?").run(r.id).changes;
  }
  const had = new Set(existing.map((r) => `${r.contactId} ${r.sourceKey}`));
  let added = 0;
  let updated = 0;
  for (const r of rows) {
    const { changes } = statement(
      db,
      `INSERT INTO planned_meetings (uuid, contact_id, planned_on, channel, note, source_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (contact_id, source_key) WHERE source_key IS NOT NULL DO UPDATE SET planned_on = excluded.planned_on, channel = excluded.channel, note = excluded.note
       WHERE planned_on IS NOT excluded.planned_on OR channel IS NOT excluded.channel OR note IS NOT excluded.note`,
    ).run(randomUUID(), r.contactId, r.date, r.channel, r.note, r.sourceKey, now);
    if (!had.has(`${r.contactId} ${r.sourceKey}`)) added++;
    else updated += changes;
  }
  return { added, updated, removed };
}

/** The contact's planned meetings on or after `from`, soonest first. */
export function plannedFor(db: Database, contactId: number, from: CalendarDate): PlannedMeeting[] {
  return statement(db, "SELECT planned_on AS date, channel, note FROM planned_meetings WHERE contact_id = ? AND planned_on >= ? ORDER BY planned_on, id").all(
    contactId,
    from,
  ) as PlannedMeeting[];
}

/**
 * Each contact's soonest planned meeting on or after `on` (the first added, of one day), in one
 * query; of the contacts of `ids` only, when given (a few, read by their index).
 */
export function nextPlanned(db: Database, on: CalendarDate, ids?: readonly number[]): Map<number, PlannedMeeting> {
  const only = ids === undefined ? "" : " AND contact_id IN (SELECT value FROM json_each(@ids))";
  const rows = statement(
    db,
    `SELECT contactId, date, channel, note FROM (
       SELECT contact_id AS contactId, planned_on AS date, channel, note, row_number() OVER (PARTITION BY contact_id ORDER BY planned_on, id) AS n
       FROM planned_meetings WHERE planned_on >= @on${only})
     WHERE n = 1`,
  ).all({ on, ...(ids === undefined ? {} : { ids: JSON.stringify(ids) }) }) as Array<PlannedMeeting & { contactId: number }>;
  return new Map(rows.map(({ contactId, ...meeting }) => [contactId, meeting]));
}
