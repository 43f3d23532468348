import type { Database } from "better-sqlite3";

/**
 * A contact's emails, phones and links beyond the one of each its columns hold. The columns stay
 * the primary value, so every place that shows one value (the morning list, CSV's email column,
 * a script reading `email`) is unchanged; the others are rows here, each with its own uuid (an
 * export names it), moved by a merge and removed with the contact (ON DELETE CASCADE), the undo
 * journal covering the table as it covers every data table.
 *
 * value_key is what makes two values one (an email without case, a phone's digits, a LinkedIn
 * profile however written): a contact has each at most once, and an import finds a person by
 * any of them through the second index.
 *
 * The primary email and phone get a label column each (work, home, mobile …); the primary URL is
 * the LinkedIn profile, whose label says itself.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE contact_values (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'url')),
      value TEXT NOT NULL CHECK (value <> ''),
      value_key TEXT NOT NULL,
      label TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX contact_values_by_contact ON contact_values (contact_id, kind, value_key);
    CREATE INDEX contact_values_by_key ON contact_values (kind, value_key);
    ALTER TABLE contacts ADD COLUMN email_label TEXT;
    ALTER TABLE contacts ADD COLUMN phone_label TEXT;
  `);
}
