import { randomUUID } from "./random.js";
import type { Database } from "better-sqlite3";
import type { Contact, ContactFields } from "../domain/contact.js";
import { CONTACT_FIELDS } from "../domain/contact-fields.js";
import type { CalendarDate } from "../domain/dates.js";
import { nameKey } from "../domain/names.js";
import { statement } from "./statements.js";

// The shapes live in domain/ so the formats (vCard) can name them without the store.
export type { Contact, ContactFields } from "../domain/contact.js";

/** A new contact's fields: a field not given is null. */
export type NewContactFields = Pick<ContactFields, "name"> & Partial<ContactFields>;

/** The table's fields, each read under the name Contact gives it. */
const FIELD_COLUMNS = CONTACT_FIELDS.map((f) => (f.column === f.key ? `c.${f.column}` : `c.${f.column} AS ${f.key}`)).join(", ");

const COLUMNS = `c.id, c.uuid, ${FIELD_COLUMNS}, c.added_on AS addedOn,
  c.created_at AS createdAt, c.updated_at AS updatedAt, c.snoozed_until AS snoozedUntil, c.snooze_note AS snoozeNote,
  c.paused = 1 AS paused, c.archived_at AS archivedAt, c.tracked = 1 AS tracked,
  (SELECT json_group_array(t.name) FROM (SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
     WHERE ct.contact_id = c.id ORDER BY t.key) t) AS tagsJson`;

type ContactRow = Omit<Contact, "tags" | "paused" | "tracked"> & { tagsJson: string; paused: number; tracked: number };

export function toContact({ tagsJson, paused, tracked, ...row }: ContactRow): Contact {
  return { ...row, paused: paused === 1, tracked: tracked === 1, tags: JSON.parse(tagsJson) as string[] };
}

/** Snooze, pause and archive: the states that take a contact off the morning list. */
export function updateContactState(
  db: Database,
  id: number,
  state: Partial<{ snoozedUntil: CalendarDate | null; snoozeNote: string | null; paused: boolean; resumedOn: CalendarDate | null; archivedAt: string | null; tracked: boolean }>,
  now: string,
): void {
  const columns: Record<string, string> = {
    snoozedUntil: "snoozed_until",
    snoozeNote: "snooze_note",
    paused: "paused",
    resumedOn: "resumed_on",
    archivedAt: "archived_at",
    tracked: "tracked",
  };
  // One UPDATE, so the undo journal keeps one copy of the row, not one per field.
  const entries = Object.entries(state);
  if (entries.length === 0) return;
  const sets = entries.map(([key]) => `${columns[key]} = ?`).join(", ");
  const values = entries.map(([, value]) => (typeof value === "boolean" ? Number(value) : value));
  statement(db, `UPDATE contacts SET ${sets}, updated_at = ? WHERE id = ?`).run(...values, now, id);
}

const INSERT = `INSERT INTO contacts (uuid, name_key, ${CONTACT_FIELDS.map((f) => f.column).join(", ")}, added_on, created_at, updated_at, tracked)
  VALUES (?, ?, ${CONTACT_FIELDS.map(() => "?").join(", ")}, ?, ?, ?, ?)`;

export function insertContact(db: Database, fields: NewContactFields, tags: readonly string[], addedOn: CalendarDate, now: string): Contact {
  return getContact(db, createContact(db, fields, tags, addedOn, now, true))!;
}

/**
 * Like insertContact, without reading the contact back: for imports, row after row. The values
 * are bound by position, in the table's order: spreading the fields into an object of named
 * parameters, which better-sqlite3 then looks up one by one, was most of the JS time of an insert.
 */
export function createContact(db: Database, fields: NewContactFields, tags: readonly string[], addedOn: CalendarDate, now: string, tracked: boolean): number {
  const values: unknown[] = [randomUUID(), nameKey(fields.name)];
  for (const f of CONTACT_FIELDS) values.push(fields[f.key] ?? null);
  values.push(addedOn, now, now, Number(tracked));
  const id = Number(statement(db, INSERT).run(values).lastInsertRowid);
  setTags(db, id, tags);
  return id;
}

/** A tag keeps the spelling it was first given; later spellings that fold the same join it. */
export function addTags(db: Database, contactId: number, tags: readonly string[]): void {
  setTags(db, contactId, tags);
}

function setTags(db: Database, contactId: number, tags: readonly string[]): void {
  if (tags.length === 0) return;
  const ensureTag = statement(db, "INSERT INTO tags (name, key) VALUES (?, ?) ON CONFLICT (key) DO NOTHING");
  const link = statement(db, "INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) SELECT ?, id FROM tags WHERE key = ?");
  for (const tag of tags) {
    ensureTag.run(tag, nameKey(tag));
    link.run(contactId, nameKey(tag));
  }
}

export function getContact(db: Database, id: number): Contact | undefined {
  const row = statement(db, `SELECT ${COLUMNS} FROM contacts c WHERE c.id = ?`).get(id) as ContactRow | undefined;
  return row && toContact(row);
}

/** By name; archived contacts only when asked for. */
export function listContacts(db: Database, tag: string | undefined, includeArchived: boolean): Contact[] {
  const archived = includeArchived ? "" : "AND c.archived_at IS NULL";
  const rows = tag
    ? db
        .prepare(
          `SELECT ${COLUMNS} FROM contacts c WHERE c.id IN
             (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.key = ?) ${archived}
           ORDER BY c.name_key, c.id`,
        )
        .all(nameKey(tag))
    : db.prepare(`SELECT ${COLUMNS} FROM contacts c WHERE 1 ${archived} ORDER BY c.name_key, c.id`).all();
  return (rows as ContactRow[]).map(toContact);
}

/** How many contacts a page of contactPages holds: enough for few queries, few enough to hold. */
export const CONTACT_PAGE = 500;

/**
 * listContacts a page at a time (a keyset on the name's key and the id, the order it lists in),
 * each page read whole before it is given: nothing holds the connection between pages, so the
 * caller may read more for each page, and a list of any length is never held at once.
 */
export function* contactPages(db: Database, tag: string | undefined, includeArchived: boolean, size = CONTACT_PAGE): Generator<Contact[]> {
  const archived = includeArchived ? "" : "AND c.archived_at IS NULL";
  const tagged = tag ? "AND c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.key = @tag)" : "";
  const page = db.prepare(
    `SELECT ${COLUMNS}, c.name_key AS pageKey FROM contacts c WHERE (c.name_key, c.id) > (@key, @id) ${tagged} ${archived} ORDER BY c.name_key, c.id LIMIT @size`,
  );
  let after = { key: "", id: 0 };
  for (;;) {
    const rows = page.all({ ...after, size, ...(tag ? { tag: nameKey(tag) } : {}) }) as Array<ContactRow & { pageKey: string }>;
    if (rows.length === 0) return;
    const last = rows.at(-1)!;
    after = { key: last.pageKey, id: last.id };
    yield rows.map(({ pageKey: _, ...row }) => toContact(row));
    if (rows.length < size) return;
  }
}

/** The largest id among the contacts listContacts lists, which is also the longest written out; null for none. */
export function largestContactId(db: Database, tag: string | undefined, includeArchived: boolean): number | null {
  const archived = includeArchived ? "" : "AND c.archived_at IS NULL";
  const tagged = tag ? "AND c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.key = @tag)" : "";
  return db
    .prepare(`SELECT max(c.id) FROM contacts c WHERE 1 ${tagged} ${archived}`)
    .pluck()
    .get(tag ? { tag: nameKey(tag) } : {}) as number | null;
}

/** How many contacts listContacts lists. */
export function countContacts(db: Database, includeArchived: boolean): number {
  return db
    .prepare(`SELECT count(*) FROM contacts c ${includeArchived ? "" : "WHERE c.archived_at IS NULL"}`)
    .pluck()
    .get() as number;
}

export interface ContactRef {
  id: number;
  name: string;
  company: string | null;
}

/** Just enough of every contact to match a typed name against. */
export function listContactRefs(db: Database): ContactRef[] {
  return db.prepare("SELECT id, name, company FROM contacts ORDER BY name_key, id").all() as ContactRef[];
}

export function findByNameKey(db: Database, name: string): ContactRef[] {
  return db.prepare("SELECT id, name, company FROM contacts WHERE name_key = ? ORDER BY id").all(nameKey(name)) as ContactRef[];
}

/** The contact with netlog's uuid, if there is one. */
export function contactByUuid(db: Database, uuid: string): Contact | undefined {
  const row = statement(db, "SELECT id FROM contacts WHERE uuid = ?").get(uuid) as { id: number } | undefined;
  return row && getContact(db, row.id);
}

export function findById(db: Database, id: number): ContactRef | undefined {
  return db.prepare("SELECT id, name, company FROM contacts WHERE id = ?").get(id) as ContactRef | undefined;
}

export function tagExists(db: Database, tag: string): boolean {
  return db.prepare("SELECT 1 FROM tags WHERE key = ?").get(nameKey(tag)) !== undefined;
}

/** Whether any of these tags has a cadence: contacts imported with one are tracked from the start. */
export function anyTagHasCadence(db: Database, tags: readonly string[]): boolean {
  return tags.some((tag) => statement(db, "SELECT 1 FROM tags WHERE key = ? AND cadence_days IS NOT NULL").get(nameKey(tag)) !== undefined);
}

/** An imported connection joins the morning list, keeping its own cadence if it has one. */
export function startTracking(db: Database, id: number, cadenceDays: number | null): void {
  statement(db, "UPDATE contacts SET tracked = 1, cadence_days = coalesce(cadence_days, ?) WHERE id = ?").run(cadenceDays, id);
}
