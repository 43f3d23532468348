import { randomUUID } from "./random.js";
import type { Database } from "better-sqlite3";
import type { CalendarDate } from "../domain/dates.js";

/**
 * One open follow-up per contact: a new promise replaces the old. `afterConversationId` is the
 * conversation it was made in (or the latest one, when set on its own).
 */
export function setFollowUp(
  db: Database,
  contactId: number,
  followUp: { date: CalendarDate; note: string | null; setOn: CalendarDate; afterConversationId: number },
  now: string,
): void {
  closeFollowUps(db, contactId, now);
  db.prepare("INSERT INTO follow_ups (uuid, contact_id, due_on, note, set_on, after_conversation_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)").run(
    randomUUID(),
    contactId,
    followUp.date,
    followUp.note,
    followUp.setOn,
    followUp.afterConversationId,
    now,
  );
}

/** Whether the contact has a follow-up not yet done (fulfilled or not): one look at an index. */
export function hasUndoneFollowUp(db: Database, contactId: number): boolean {
  return db.prepare("SELECT EXISTS (SELECT 1 FROM follow_ups WHERE contact_id = ? AND done_at IS NULL)").pluck().get(contactId) === 1;
}

/** Marks open follow-ups done; returns how many there were. */
export function closeFollowUps(db: Database, contactId: number, now: string): number {
  return db.prepare("UPDATE follow_ups SET done_at = ? WHERE contact_id = ? AND done_at IS NULL").run(now, contactId).changes;
}

/** The id of the contact's latest conversation (by date, then id), 0 when none. */
export function latestConversationId(db: Database, contactId: number): { id: number; date: CalendarDate | null } {
  const row = db.prepare("SELECT id, happened_on AS date FROM conversations WHERE contact_id = ? ORDER BY happened_on DESC, id DESC LIMIT 1").get(contactId) as
    | { id: number; date: string }
    | undefined;
  return row ?? { id: 0, date: null };
}
