// "Is this the same person?": the one answer every import gives (LinkedIn's Connections.csv and
// messages.csv, vCards). One order for all, so that a person imported from one file is found by
// the next whatever file it is. netlog's own JSON is not asked: it is a restore, merged by uuid
// alone (store/snapshot.ts), as a row's uuid is all that it is.
import type { Database } from "better-sqlite3";
import { nameKey } from "../domain/names.js";
import { statement } from "./statements.js";

/** What a row of a file says about who someone is; what it does not hold is null or absent. */
export interface PersonKeys {
  uuid?: string | null;
  /** Normalised (domain/linkedin-url.ts), as stored. */
  linkedinUrl?: string | null;
  email?: string | null;
  phone?: string | null;
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
/** Fewer digits than this are an extension or a typo, not a number two people could not share. */
const MIN_PHONE_DIGITS = 5;
const digits = (phone: string) => phone.replace(/[^\d+]/g, "");

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
    }
    return byPhone;
  };
  const one = (where: string, value: string) => statement(db, `${CONTACT} WHERE ${where} ORDER BY id LIMIT 1`).get(value) as SamePerson | undefined;

  const byName = (name: string, withUrl: boolean): SamePerson | undefined => {
    // Two are enough to tell whether there is just one.
    const rows = statement(db, `${CONTACT} WHERE name_key = ?${withUrl ? " AND linkedin_url IS NULL" : ""} ORDER BY id LIMIT 2`).all(nameKey(name)) as SamePerson[];
    return rows.length === 1 && rows[0]!.id < firstNew ? rows[0] : undefined;
  };

  return {
    find(keys) {
      if (keys.uuid) {
        const row = one("uuid = ?", keys.uuid);
        if (row) return row;
      }
      if (keys.linkedinUrl) {
        const row = one("linkedin_url = ?", keys.linkedinUrl);
        if (row) return row;
      }
      if (keys.email) {
        // "email IS NOT NULL" lets SQLite use the partial index on lower(email).
        const row = one("email IS NOT NULL AND lower(email) = lower(?)", keys.email);
        if (row) return row;
      }
      if (keys.phone && digits(keys.phone).length >= MIN_PHONE_DIGITS) {
        const id = phoneIndex().get(digits(keys.phone));
        if (id !== undefined) return statement(db, `${CONTACT} WHERE id = ?`).get(id) as SamePerson;
      }
      return keys.name ? byName(keys.name, Boolean(keys.linkedinUrl)) : undefined;
    },
    remember(id, phone) {
      // Before the index is read, the contact is in the table it will be read from.
      if (phone === null || byPhone === undefined || digits(phone).length < MIN_PHONE_DIGITS) return;
      if (!byPhone.has(digits(phone))) byPhone.set(digits(phone), id);
    },
  };
}
