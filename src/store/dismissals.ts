import { randomUUID } from "./random.js";
import type { Database } from "better-sqlite3";
import type { CalendarDate } from "../domain/dates.js";
import type { Reason } from "../domain/due.js";

export interface DismissalRow {
  reason: Reason;
  date: CalendarDate;
  note: string | null;
}

export function insertDismissal(db: Database, contactId: number, dismissal: DismissalRow, now: string): void {
  db.prepare("INSERT INTO dismissals (uuid, contact_id, reason, dismissed_on, note, created_at) VALUES (?, ?, ?, ?, ?, ?)").run(
    randomUUID(),
    contactId,
    dismissal.reason,
    dismissal.date,
    dismissal.note,
    now,
  );
}

/** A contact's dismissals, newest first. */
export function listDismissals(db: Database, contactId: number): DismissalRow[] {
  return db.prepare("SELECT reason, dismissed_on AS date, note FROM dismissals WHERE contact_id = ? ORDER BY dismissed_on DESC, id DESC").all(contactId) as DismissalRow[];
}
