// Editing, removing and merging contacts: the SQL of contact edit, rm and merge.
import type { Database } from "better-sqlite3";
import type { CalendarDate } from "../domain/dates.js";
import { nameKey } from "../domain/names.js";
import type { ContactFields } from "./contacts.js";

/** What contact edit and merge may change on a contact row. */
export type ContactUpdate = Partial<ContactFields & { addedOn: CalendarDate; tracked: boolean }>;

const COLUMN_OF: Readonly<Record<keyof ContactUpdate, string>> = {
  name: "name",
  company: "company",
  title: "title",
  email: "email",
  phone: "phone",
  linkedinUrl: "linkedin_url",
  location: "location",
  met: "met",
  notes: "notes",
  cadenceDays: "cadence_days",
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
    conversations: db.prepare("SELECT count(*) FROM interactions WHERE contact_id = ?").pluck().get(contactId) as number,
    followUps: db.prepare("SELECT count(*) FROM follow_ups WHERE contact_id = ?").pluck().get(contactId) as number,
  };
}

/**
 * Deletes a contact with its conversations, follow-ups and tag links. The rows that hang off it
 * are deleted one table at a time rather than left to ON DELETE CASCADE, so that each is plainly
 * a delete the undo journal records and writes back.
 */
export function deleteContact(db: Database, contactId: number): void {
  for (const table of ["follow_ups", "interactions", "contact_tags"]) db.prepare(`DELETE FROM ${table} WHERE contact_id = ?`).run(contactId);
  db.prepare("DELETE FROM contacts WHERE id = ?").run(contactId);
}
