// The SQL of contact_roles (migration 013): each change of company or title that a re-imported
// Connections.csv showed. `contact show` lists a contact's; the morning list reads the latest of
// each contact for its `job_change` reason.
import { randomUUID } from "./random.js";
import type { Database } from "better-sqlite3";
import type { CalendarDate } from "../domain/dates.js";
import type { JobChange } from "../domain/due.js";
import { statement } from "./statements.js";

/** A job netlog saw a contact move to, and the one it had for them before (the morning list's JobChange). */
export type RoleChange = JobChange;

const COLUMNS = "noticed_on AS noticedOn, company, title, previous_company AS previousCompany, previous_title AS previousTitle";

export function recordRoleChange(db: Database, contactId: number, change: RoleChange, now: string): void {
  statement(
    db,
    `INSERT INTO contact_roles (uuid, contact_id, company, title, previous_company, previous_title, noticed_on, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(randomUUID(), contactId, change.company, change.title, change.previousCompany, change.previousTitle, change.noticedOn, now);
}

/** The contact's changes, newest first (two on one day: the later recorded first). */
export function rolesOf(db: Database, contactId: number): RoleChange[] {
  return statement(db, `SELECT ${COLUMNS} FROM contact_roles WHERE contact_id = ? ORDER BY noticed_on DESC, id DESC`).all(contactId) as RoleChange[];
}

/**
 * Each contact's latest change noticed by `on`, in one query (ties on a day broken by the later
 * row); of the contacts of `ids` only, when given.
 */
export function latestRoleChanges(db: Database, on: CalendarDate, ids?: readonly number[]): Map<number, RoleChange> {
  const only = ids === undefined ? "" : " AND contact_id IN (SELECT value FROM json_each(@ids))";
  const rows = statement(
    db,
    `SELECT contact_id AS contactId, ${COLUMNS} FROM (
       SELECT *, row_number() OVER (PARTITION BY contact_id ORDER BY noticed_on DESC, id DESC) AS n FROM contact_roles WHERE noticed_on <= @on${only}
     ) WHERE n = 1`,
  ).all({ on, ...(ids === undefined ? {} : { ids: JSON.stringify(ids) }) }) as Array<RoleChange & { contactId: number }>;
  return new Map(rows.map(({ contactId, ...change }) => [contactId, change]));
}
