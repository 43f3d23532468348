// Editing, removing and merging contacts: the SQL of contact edit, rm and merge.
import type { Database } from "better-sqlite3";
import type { CalendarDate } from "../domain/dates.js";
import { CONTACT_FIELDS } from "../domain/contact-fields.js";
import { nameKey } from "../domain/names.js";
import type { ContactFields } from "./contacts.js";
import { FULFILLED_ON } from "./conversations.js";

/** What contact edit and merge may change on a contact row. */
export type ContactUpdate = Partial<ContactFields & { addedOn: CalendarDate; tracked: boolean }>;

const COLUMN_OF: Readonly<Record<keyof ContactUpdate, string>> = {
  ...(Object.fromEntries(CONTACT_FIELDS.map((f) => [f.key, f.column])) as Record<keyof ContactFields, string>),
  addedOn: "added_on",
  tracked: "tracked",
};

/**
 * One UPDATE (so the undo journal keeps one copy of the row) that also sets updated_at, even with
 * no field to change (the tags changed); a new name gets its name_key, as contact add gives it.
 */
export function updateContactFields(db: Database, id: number, update: ContactUpdate, now: string): void {
  const entries = Object.entries(update) as Array<[keyof ContactUpdate, unknown]>;
  const sets = entries.map(([key]) => `${COLUMN_OF[key]} = ?`);
  const values = entries.map(([, value]) => (typeof value === "boolean" ? Number(value) : value));
  if (update.name !== undefined) {
    sets.push("name_key = ?");
    values.push(nameKey(update.name));
  }
  sets.push("updated_at = ?");
  db.prepare(`UPDATE contacts SET ${sets.join(", ")} WHERE id = ?`).run(...values, now, id);
}

/** Unlinks tags from a contact; the tags themselves (and their cadences) stay. */
export function removeTags(db: Database, contactId: number, tags: readonly string[]): void {
  const unlink = db.prepare("DELETE FROM contact_tags WHERE contact_id = ? AND tag_id = (SELECT id FROM tags WHERE key = ?)");
  for (const tag of tags) unlink.run(contactId, nameKey(tag));
}

export interface ContactRowCounts {
  conversations: number;
  followUps: number;
}

export function countContactRows(db: Database, contactId: number): ContactRowCounts {
  return {
    conversations: db.prepare("SELECT count(*) FROM conversations WHERE contact_id = ?").pluck().get(contactId) as number,
    followUps: db.prepare("SELECT count(*) FROM follow_ups WHERE contact_id = ?").pluck().get(contactId) as number,
  };
}

/**
 * Deletes a contact with its conversations, follow-ups and tag links. The rows that hang off it
 * are deleted one table at a time rather than left to ON DELETE CASCADE, so that each is plainly
 * a delete the undo journal records and writes back.
 */
export function deleteContact(db: Database, contactId: number): void {
  for (const table of ["follow_ups", "conversations", "contact_tags"]) db.prepare(`DELETE FROM ${table} WHERE contact_id = ?`).run(contactId);
  db.prepare("DELETE FROM contacts WHERE id = ?").run(contactId);
}

/**
 * Gives `from`'s conversations to `to`, keeping their ids (follow-ups name the conversation they
 * were promised in by id). They are deleted and inserted again rather than updated: the update
 * trigger of contact_history recounts both contacts for every row moved, which for a contact with
 * thousands of LinkedIn messages is millions of reads, while the delete and insert triggers adjust
 * the summaries one row at a time.
 */
export function moveConversations(db: Database, from: number, to: number): number {
  db.exec("DROP TABLE IF EXISTS temp.moving_conversations");
  db.prepare("CREATE TEMP TABLE moving_conversations AS SELECT * FROM main.conversations WHERE contact_id = ? ORDER BY id").run(from);
  const moved = db.prepare("DELETE FROM main.conversations WHERE contact_id = ?").run(from).changes;
  db.prepare("UPDATE temp.moving_conversations SET contact_id = ?").run(to);
  db.exec("INSERT INTO main.conversations SELECT * FROM temp.moving_conversations ORDER BY id; DROP TABLE temp.moving_conversations");
  return moved;
}

/** Gives `from`'s follow-ups, done or open, and its dismissals to `to`; returns how many follow-ups. */
export function moveFollowUps(db: Database, from: number, to: number): number {
  db.prepare("UPDATE dismissals SET contact_id = ? WHERE contact_id = ?").run(to, from);
  return db.prepare("UPDATE follow_ups SET contact_id = ? WHERE contact_id = ?").run(to, from).changes;
}

/**
 * Gives `from`'s planned meetings and job history to `to`. A meeting both have (one event with
 * both in it) stays once, the kept contact's; the rest go with `from`.
 */
export function movePlansAndRoles(db: Database, from: number, to: number): void {
  db.prepare("UPDATE OR IGNORE planned_meetings SET contact_id = ? WHERE contact_id = ?").run(to, from);
  db.prepare("UPDATE contact_roles SET contact_id = ? WHERE contact_id = ?").run(to, from);
}

/** Links `to` to each of `from`'s tags it lacks; returns their names, sorted. */
export function copyTags(db: Database, from: number, to: number): string[] {
  const added = db
    .prepare(
      `SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
       WHERE ct.contact_id = ? AND ct.tag_id NOT IN (SELECT tag_id FROM contact_tags WHERE contact_id = ?) ORDER BY t.key`,
    )
    .pluck()
    .all(from, to) as string[];
  db.prepare("INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) SELECT ?, tag_id FROM contact_tags WHERE contact_id = ?").run(to, from);
  return added;
}

export interface OpenFollowUpRow {
  id: number;
  date: CalendarDate;
  note: string | null;
  setOn: CalendarDate;
  afterId: number;
  fulfilledOn: CalendarDate | null;
}

/** Follow-ups not marked done, earliest due first (ties: the older promise). */
export function openFollowUpRows(db: Database, contactId: number): OpenFollowUpRow[] {
  return db
    .prepare(
      `SELECT f.id, f.due_on AS date, f.note, f.set_on AS setOn, f.after_conversation_id AS afterId, ${FULFILLED_ON} AS fulfilledOn FROM follow_ups f
       WHERE f.contact_id = ? AND f.done_at IS NULL ORDER BY f.due_on, f.id`,
    )
    .all(contactId) as OpenFollowUpRow[];
}

export function markFollowUpDone(db: Database, id: number, now: string): void {
  db.prepare("UPDATE follow_ups SET done_at = ? WHERE id = ?").run(now, id);
}
