// "Is this the same person?": the one answer every import gives (LinkedIn's Connections.csv and
// messages.csv, vCards). One order for all, so that a person imported from one file is found by
// the next whatever file it is. netlog's own JSON is not asked: it is a restore, merged by uuid
// alone (store/snapshot.ts), as a row's uuid is all that it is.
import type { Database } from "better-sqlite3";
import { normalizeLinkedinUrl } from "../domain/linkedin-url.js";
import { nameKey } from "../domain/names.js";
import { MIN_PHONE_DIGITS, type ValueKind, valueKey } from "../domain/value-lists.js";
import { statement } from "./statements.js";
import { contactWithOtherValue, otherPhoneKeys } from "./value-lists.js";

/** What a row of a file says about who someone is; what it does not hold is null or absent. */
export interface PersonKeys {
  uuid?: string | null;
  /** Normalised (domain/linkedin-url.ts), as stored. */
  linkedinUrl?: string | null;
  email?: string | null;
  phone?: string | null;
  /** The row's other emails, phones and links (a card's second address): each finds a person as the first does. */
  more?: ReadonlyArray<{ kind: ValueKind; value: string }>;
  name?: string | null;
}

/** The contact a row was found to be, with what the importers compare and fill. */
export interface SamePerson {
  id: number;
  company: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  /** 0 or 1, as stored. */
  tracked: number;
}

export interface SamePersonFinder {
  find(keys: PersonKeys): SamePerson | undefined;
  /** A contact created or given a phone by this import: later rows of the file find it by that phone too. */
  remember(id: number, phone: string | null): void;
}

const CONTACT = "SELECT id, company, title, email, phone, linkedin_url AS linkedinUrl, tracked FROM contacts";
const digits = (phone: string) => valueKey("phone", phone);
// Each text made once: the statement cache finds a constant by its hash, a string built per row
// it hashes again.
const BY_UUID = `${CONTACT} WHERE uuid = ? ORDER BY id LIMIT 1`;
const BY_URL = `${CONTACT} WHERE linkedin_url = ? ORDER BY id LIMIT 1`;
// "email IS NOT NULL" lets SQLite use the partial index on lower(email).
const BY_EMAIL = `${CONTACT} WHERE email IS NOT NULL AND lower(email) = lower(?) ORDER BY id LIMIT 1`;
const BY_NAME = `${CONTACT} WHERE name_key = ? ORDER BY id LIMIT 2`;
const BY_NAME_WITHOUT_URL = `${CONTACT} WHERE name_key = ? AND linkedin_url IS NULL ORDER BY id LIMIT 2`;
const BY_ID = `${CONTACT} WHERE id = ?`;

/** The id the next contact created gets: every contact at or above it was created after this call. */
export function nextContactId(db: Database): number {
  return (statement(db, "SELECT coalesce(max(id), 0) + 1 AS id FROM contacts").get() as { id: number }).id;
}

/**
 * Finds the contact a row is, trying each key the row has, in this order; the first that finds
 * someone wins (the oldest contact, when several have it):
 *
 * 1. uuid: netlog's own, from a file netlog wrote (a vCard export's UID).
 * 2. LinkedIn URL, normalised (scheme, `www.`, trailing slash and case ignored).
 * 3. email, ignoring case.
 * 4. phone, by its digits (and `+`), when it has at least 5.
 *    At steps 2 to 4 every value of the row counts, and every value of a contact: its primary
 *    and its others (store/value-lists.ts).
 * 5. exact name (as names are compared: case, accents and spacing ignored), only when just one
 *    contact has it and that contact was not created by this same import (two rows of one name
 *    in one file are two people). A row with a LinkedIn URL looks only among contacts without
 *    one (a different URL is a different person); a row without a URL (an older Connections.csv,
 *    a message with only a name, a phone's card) among all of them.
 *
 * Call it once per import, inside its transaction, before the first row: "created by this
 * import" is any contact above the highest id at that moment.
 */
export function samePersonFinder(db: Database): SamePersonFinder {
  const firstNew = nextContactId(db);
  // Phone numbers are compared by their digits, which no index holds: read once per import, and
  // only by an import whose rows have phones.
  let byPhone: Map<string, number> | undefined;
  const phoneIndex = (): Map<string, number> => {
    if (byPhone === undefined) {
      byPhone = new Map();
      const rows = statement(db, "SELECT id, phone FROM contacts WHERE phone IS NOT NULL ORDER BY id").all() as Array<{ id: number; phone: string }>;
      for (const { id, phone } of rows) if (!byPhone.has(digits(phone))) byPhone.set(digits(phone), id);
      for (const { id, key } of otherPhoneKeys(db)) if ((byPhone.get(key) ?? Number.POSITIVE_INFINITY) > id) byPhone.set(key, id);
    }
    return byPhone;
  };
  const one = (sql: string, value: string) => statement(db, sql).get(value) as SamePerson | undefined;

  const byName = (name: string, withUrl: boolean): SamePerson | undefined => {
    // Two are enough to tell whether there is just one.
    const rows = statement(db, withUrl ? BY_NAME_WITHOUT_URL : BY_NAME).all(nameKey(name)) as SamePerson[];
    return rows.length === 1 && rows[0]!.id < firstNew ? rows[0] : undefined;
  };

  const byId = (id: number) => statement(db, BY_ID).get(id) as SamePerson;
  /** The oldest contact with this value as its primary or as one of its others. */
  const withValue = (kind: ValueKind, value: string): SamePerson | undefined => {
    if (kind === "phone") {
      if (digits(value).length < MIN_PHONE_DIGITS) return undefined;
      const id = phoneIndex().get(digits(value));
      return id === undefined ? undefined : byId(id);
    }
    // Normalised once: a URL's is a parse of it, and both lookups need it.
    const key = valueKey(kind, value);
    const primary = kind === "url" ? one(BY_URL, key) : one(BY_EMAIL, value);
    const other = contactWithOtherValue(db, kind, key);
    if (other === undefined) return primary;
    return primary && primary.id < other ? primary : byId(other);
  };
  const first = (kind: ValueKind, main: string | null | undefined, more: PersonKeys["more"]): SamePerson | undefined => {
    if (main) {
      const row = withValue(kind, main);
      if (row) return row;
    }
    for (const v of more ?? []) {
      // A website is no one's own: two people share their company's.
      if (v.kind !== kind || (kind === "url" && !normalizeLinkedinUrl(v.value))) continue;
      const row = withValue(kind, v.value);
      if (row) return row;
    }
    return undefined;
  };

  return {
    find(keys) {
      if (keys.uuid) {
        const row = one(BY_UUID, keys.uuid);
        if (row) return row;
      }
      const found = first("url", keys.linkedinUrl, keys.more) ?? first("email", keys.email, keys.more) ?? first("phone", keys.phone, keys.more);
      if (found) return found;
      return keys.name ? byName(keys.name, Boolean(keys.linkedinUrl)) : undefined;
    },
    remember(id, phone) {
      // Before the index is read, the contact is in the table it will be read from.
      if (phone === null || byPhone === undefined || digits(phone).length < MIN_PHONE_DIGITS) return;
      if (!byPhone.has(digits(phone))) byPhone.set(digits(phone), id);
    },
  };
}
