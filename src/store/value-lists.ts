// A contact's emails, phones and links (domain/value-lists.ts): the primary of each in the
// contact's own columns, the others in contact_values (migration 012). Every add goes through
// giveValue, so that a value is never both primary and other, nor twice among the others.
import { randomUUID } from "./random.js";
import type { Database } from "better-sqlite3";
import { normalizeLinkedinUrl } from "../domain/linkedin-url.js";
import { type LabeledValue, LIST_OF, urlLabel, type ValueKind, type ValueLists, valueKey } from "../domain/value-lists.js";
import { statement } from "./statements.js";

export interface OtherValue extends LabeledValue {
  uuid: string;
  kind: ValueKind;
}

/** What a contact's primary values are, as its columns hold them. */
export interface PrimaryValues {
  email: string | null;
  emailLabel: string | null;
  phone: string | null;
  phoneLabel: string | null;
  linkedinUrl: string | null;
}

const OTHER = "SELECT uuid, kind, value, label FROM contact_values";

/** A contact's other values, in the order they came. */
export function otherValues(db: Database, contactId: number): OtherValue[] {
  return statement(db, `${OTHER} WHERE contact_id = ? ORDER BY id`).all(contactId) as OtherValue[];
}

/** Every contact's other values (or those of the contacts `ids`), by contact id, in one read: for lists and exports. */
export function otherValuesByContact(db: Database, ids?: readonly number[]): Map<number, OtherValue[]> {
  const some = ids ? `WHERE contact_id IN (SELECT value FROM json_each(?))` : "";
  const query = statement(db, `SELECT contact_id AS contactId, uuid, kind, value, label FROM contact_values ${some} ORDER BY id`);
  const rows = (ids ? query.all(JSON.stringify(ids)) : query.all()) as Array<OtherValue & { contactId: number }>;
  const byContact = new Map<number, OtherValue[]>();
  for (const { contactId, ...value } of rows) {
    const list = byContact.get(contactId);
    if (list) list.push(value);
    else byContact.set(contactId, [value]);
  }
  return byContact;
}

/** The lists as shown: each kind's primary first (a LinkedIn profile is the primary link), then the others. */
export function valueLists(primary: PrimaryValues, others: readonly OtherValue[]): ValueLists {
  const lists: ValueLists = { emails: [], phones: [], urls: [] };
  if (primary.email !== null) lists.emails.push({ value: primary.email, label: primary.emailLabel, primary: true });
  if (primary.phone !== null) lists.phones.push({ value: primary.phone, label: primary.phoneLabel, primary: true });
  if (primary.linkedinUrl !== null) lists.urls.push({ value: primary.linkedinUrl, label: "linkedin", primary: true });
  for (const { kind, value, label } of others) lists[LIST_OF[kind]].push({ value, label, primary: false });
  return lists;
}

/** What giving a value did: made it the primary, added it, gave a label to one it had, or nothing. */
export type Given = "primary" | "added" | "labeled" | "had";

const PRIMARY = "SELECT email, email_label AS emailLabel, phone, phone_label AS phoneLabel, linkedin_url AS linkedinUrl FROM contacts WHERE id = ?";

export function primaryValues(db: Database, contactId: number): PrimaryValues {
  return statement(db, PRIMARY).get(contactId) as PrimaryValues;
}

/**
 * Gives the contact a value: the primary when it has none of that kind (a link only when it is a
 * LinkedIn profile: the primary link is the profile), else one of the others; a value it has
 * already (as values compare) gains the label it lacked (with `relabel`, the label given), and
 * nothing more.
 */
export function giveValue(db: Database, contactId: number, kind: ValueKind, given: LabeledValue, now: string, o: { relabel?: boolean } = {}): Given {
  // An import never changes a label a value has (files disagree; the first word stays); a person
  // who types a label (`contact edit --email home=…`) means it.
  const takesLabel = (current: string | null) => given.label !== null && (current === null || (o.relabel === true && current !== given.label));
  const value = kind === "url" ? (normalizeLinkedinUrl(given.value) ?? given.value.trim()) : given.value.trim();
  const key = valueKey(kind, value);
  const primary = primaryValues(db, contactId);
  const [current, currentLabel] = primaryOf(primary, kind);
  if (current !== null && valueKey(kind, current) === key) {
    if (kind === "url" || !takesLabel(currentLabel)) return "had";
    statement(db, `UPDATE contacts SET ${kind}_label = ?, updated_at = ? WHERE id = ?`).run(given.label, now, contactId);
    return "labeled";
  }
  const other = statement(db, "SELECT id, label FROM contact_values WHERE contact_id = ? AND kind = ? AND value_key = ?").get(contactId, kind, key) as
    | { id: number; label: string | null }
    | undefined;
  if (other) {
    if (!takesLabel(other.label)) return "had";
    statement(db, "UPDATE contact_values SET label = ? WHERE id = ?").run(given.label, other.id);
    return "labeled";
  }
  if (current === null && (kind !== "url" || normalizeLinkedinUrl(value))) {
    setPrimary(db, contactId, kind, { value, label: given.label }, now);
    return "primary";
  }
  // A link without a label is a website or a profile, as every import reads one: a card netlog
  // wrote without a TYPE must read back as the same value, not as a label to add.
  const label = given.label ?? (kind === "url" ? urlLabel(value) : null);
  insertOtherValue(db, contactId, { uuid: randomUUID(), kind, value, label }, now);
  return "added";
}

export function insertOtherValue(db: Database, contactId: number, v: OtherValue, now: string): boolean {
  return (
    statement(db, "INSERT OR IGNORE INTO contact_values (uuid, contact_id, kind, value, value_key, label, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)").run(
      v.uuid,
      contactId,
      v.kind,
      v.value,
      valueKey(v.kind, v.value),
      v.label,
      now,
    ).changes > 0
  );
}

/** The primary value of a kind and its label (the LinkedIn profile's is `linkedin`). */
export function primaryOf(p: PrimaryValues, kind: ValueKind): [string | null, string | null] {
  if (kind === "email") return [p.email, p.emailLabel];
  if (kind === "phone") return [p.phone, p.phoneLabel];
  return [p.linkedinUrl, "linkedin"];
}

function setPrimary(db: Database, contactId: number, kind: ValueKind, v: LabeledValue | null, now: string): void {
  if (kind === "url") statement(db, "UPDATE contacts SET linkedin_url = ?, updated_at = ? WHERE id = ?").run(v?.value ?? null, now, contactId);
  else statement(db, `UPDATE contacts SET ${kind} = ?, ${kind}_label = ?, updated_at = ? WHERE id = ?`).run(v?.value ?? null, v?.label ?? null, now, contactId);
}

/**
 * Removes the value (as values compare); a primary removed gives way to the first other of its
 * kind (for the link, the first LinkedIn profile). Whether the contact had it.
 */
export function removeValue(db: Database, contactId: number, kind: ValueKind, text: string, now: string): boolean {
  const key = valueKey(kind, text);
  const [current] = primaryOf(primaryValues(db, contactId), kind);
  if (current !== null && valueKey(kind, current) === key) {
    const next = otherValues(db, contactId).find((v) => v.kind === kind && (kind !== "url" || normalizeLinkedinUrl(v.value)));
    if (next) statement(db, "DELETE FROM contact_values WHERE uuid = ?").run(next.uuid);
    setPrimary(db, contactId, kind, next ?? null, now);
    return true;
  }
  const { changes } = statement(db, "DELETE FROM contact_values WHERE contact_id = ? AND kind = ? AND value_key = ?").run(contactId, kind, key);
  if (changes > 0) statement(db, "UPDATE contacts SET updated_at = ? WHERE id = ?").run(now, contactId);
  return changes > 0;
}

/** Makes the value the primary of its kind, the old primary one of the others; the value must be one the contact has or a new one. */
export function makePrimary(db: Database, contactId: number, kind: ValueKind, given: LabeledValue, now: string): void {
  const [current, currentLabel] = primaryOf(primaryValues(db, contactId), kind);
  const key = valueKey(kind, given.value);
  if (current !== null && valueKey(kind, current) === key) return;
  const other = statement(db, "SELECT uuid, label FROM contact_values WHERE contact_id = ? AND kind = ? AND value_key = ?").get(contactId, kind, key) as
    | { uuid: string; label: string | null }
    | undefined;
  if (other) statement(db, "DELETE FROM contact_values WHERE uuid = ?").run(other.uuid);
  setPrimary(db, contactId, kind, { value: given.value, label: given.label ?? other?.label ?? null }, now);
  if (current !== null) insertOtherValue(db, contactId, { uuid: randomUUID(), kind, value: current, label: kind === "url" ? "linkedin" : currentLabel }, now);
}

/** The oldest contact with this other value: how an import finds a person by a second email or phone. */
export function contactWithOtherValue(db: Database, kind: ValueKind, key: string): number | undefined {
  return (statement(db, "SELECT min(contact_id) FROM contact_values WHERE kind = ? AND value_key = ?").pluck().get(kind, key) as number | null) ?? undefined;
}

/** Every other phone, by its key, with its oldest contact: for the phone index of an import. */
export function otherPhoneKeys(db: Database): Array<{ id: number; key: string }> {
  return statement(db, "SELECT contact_id AS id, value_key AS key FROM contact_values WHERE kind = 'phone' ORDER BY contact_id").all() as Array<{ id: number; key: string }>;
}
