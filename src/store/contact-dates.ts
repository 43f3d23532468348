// A contact's birthday and named yearly dates (migration 011). The undo journal covers the
// table as it covers every data table: its triggers are made from the schema (store/tables.ts).
import { randomUUID } from "./random.js";
import type { Database } from "better-sqlite3";
import { type ContactBirthday, type ContactDate, compareContactDates, kindOfLabel, labelKey, type MonthDay } from "../domain/birthdays.js";

/** The birthday's key in the label index: no label can have it, as labels are trimmed. */
export const BIRTHDAY_KEY = " birthday";

export interface StoredContactDate extends ContactDate {
  uuid: string;
}

const COLUMNS = "uuid, kind, label, month, day, year";

/** A contact's dates: the birthday first, then the others in calendar order. */
export function listContactDates(db: Database, contactId: number): StoredContactDate[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM contact_dates WHERE contact_id = ?`).all(contactId) as StoredContactDate[];
  return rows.sort(compareContactDates);
}

/** Sets (or with null removes) the contact's birthday; whether anything changed. */
export function setBirthday(db: Database, contactId: number, date: MonthDay | null, now: string): boolean {
  return putDate(db, contactId, { kind: "birthday", label: null }, BIRTHDAY_KEY, date, now);
}

/** Sets (or with null removes) the date of this label; whether anything changed. */
export function setNamedDate(db: Database, contactId: number, label: string, date: MonthDay | null, now: string): boolean {
  const name = label.trim().replace(/\s+/g, " ");
  return putDate(db, contactId, { kind: kindOfLabel(name), label: name }, labelKey(name), date, now);
}

function putDate(db: Database, contactId: number, what: Pick<ContactDate, "kind" | "label">, key: string, date: MonthDay | null, now: string): boolean {
  const existing = db.prepare("SELECT id, label, month, day, year FROM contact_dates WHERE contact_id = ? AND label_key = ?").get(contactId, key) as
    | { id: number; label: string | null; month: number; day: number; year: number | null }
    | undefined;
  if (date === null) {
    if (!existing) return false;
    db.prepare("DELETE FROM contact_dates WHERE id = ?").run(existing.id);
    return true;
  }
  if (existing) {
    if (existing.month === date.month && existing.day === date.day && existing.year === date.year && existing.label === what.label) return false;
    db.prepare("UPDATE contact_dates SET label = ?, kind = ?, month = ?, day = ?, year = ? WHERE id = ?").run(what.label, what.kind, date.month, date.day, date.year, existing.id);
    return true;
  }
  insertContactDate(db, contactId, { ...what, ...date }, now);
  return true;
}

export function insertContactDate(db: Database, contactId: number, date: ContactDate & { uuid?: string }, now: string): void {
  db.prepare("INSERT INTO contact_dates (uuid, contact_id, kind, label, label_key, month, day, year, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").run(
    date.uuid ?? randomUUID(),
    contactId,
    date.kind,
    date.label,
    date.kind === "birthday" ? BIRTHDAY_KEY : labelKey(date.label!),
    date.month,
    date.day,
    date.year,
    now,
  );
}

/**
 * Gives `from`'s dates to `to`, except those `to` has already (its birthday, a label it has):
 * the kept contact's win, as its fields do, and the others go with `from`. Returns how many moved.
 */
export function moveContactDates(db: Database, from: number, to: number): number {
  return db
    .prepare("UPDATE contact_dates SET contact_id = @to WHERE contact_id = @from AND label_key NOT IN (SELECT label_key FROM contact_dates WHERE contact_id = @to)")
    .run({ from, to }).changes;
}

export interface BirthdayRow extends ContactBirthday {
  contactId: number;
}

const BIRTHDAY_ROW = `SELECT d.contact_id AS contactId, d.month, d.day, d.year,
    (SELECT max(x.dismissed_on) FROM dismissals x WHERE x.contact_id = d.contact_id AND x.reason = 'birthday') AS dismissedOn
  FROM contact_dates d JOIN contacts c ON c.id = d.contact_id WHERE d.kind = 'birthday'`;

/** Every birthday of a contact not archived, with its latest dismissal: what `due` looks ahead at. */
export function activeBirthdays(db: Database): BirthdayRow[] {
  return db.prepare(`${BIRTHDAY_ROW} AND c.archived_at IS NULL`).all() as BirthdayRow[];
}

/** One contact's birthday, as activeBirthdays reads it, or undefined. */
export function birthdayOf(db: Database, contactId: number): ContactBirthday | undefined {
  const row = db.prepare(`${BIRTHDAY_ROW} AND d.contact_id = ?`).get(contactId) as BirthdayRow | undefined;
  if (!row) return undefined;
  const { contactId: _, ...birthday } = row;
  return birthday;
}

/** The contacts with their birthdays, for the morning list. */
export function withBirthdays<C extends { id: number }>(db: Database, contacts: C[]): Array<C & { birthday?: ContactBirthday }> {
  const byContact = new Map(activeBirthdays(db).map(({ contactId, ...birthday }) => [contactId, birthday]));
  if (byContact.size === 0) return contacts;
  return contacts.map((c) => (byContact.has(c.id) ? { ...c, birthday: byContact.get(c.id)! } : c));
}

/** The birthdays of contacts not archived, with who they are, by name: for a calendar. */
export function birthdaysWithContacts(db: Database): Array<MonthDay & { uuid: string; name: string; company: string | null }> {
  return db
    .prepare(
      `SELECT c.uuid, c.name, c.company, d.month, d.day, d.year FROM contact_dates d JOIN contacts c ON c.id = d.contact_id
       WHERE d.kind = 'birthday' AND c.archived_at IS NULL ORDER BY c.uuid`,
    )
    .all() as Array<MonthDay & { uuid: string; name: string; company: string | null }>;
}

/** Every contact's dates (or those of the contacts `ids`), by contact id: for an export, in one read. */
export function datesByContact(db: Database, ids?: readonly number[]): Map<number, StoredContactDate[]> {
  // In the table's order either way (a scan's, which the sort below keeps among equals).
  const rows = (
    ids
      ? db.prepare(`SELECT contact_id AS contactId, ${COLUMNS} FROM contact_dates WHERE contact_id IN (SELECT value FROM json_each(?)) ORDER BY id`).all(JSON.stringify(ids))
      : db.prepare(`SELECT contact_id AS contactId, ${COLUMNS} FROM contact_dates`).all()
  ) as Array<StoredContactDate & { contactId: number }>;
  const byContact = new Map<number, StoredContactDate[]>();
  for (const { contactId, ...date } of rows) byContact.set(contactId, [...(byContact.get(contactId) ?? []), date]);
  for (const dates of byContact.values()) dates.sort(compareContactDates);
  return byContact;
}
