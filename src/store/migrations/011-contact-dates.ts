import type { Database } from "better-sqlite3";

/**
 * Birthdays and other yearly dates ("met", "work anniversary"): a table rather than columns on
 * contacts, because a contact has any number of named dates, each row keeps its own uuid (an
 * export names it, a calendar event's UID is made from it), a merge moves rows as it moves
 * conversations, and `contact rm` takes them with the contact (ON DELETE CASCADE), the undo
 * journal putting them back as it does every data table's rows.
 *
 * A contact has at most one birthday and one date of each label (matched without case).
 * The year may be unknown; when known it is a real one (1900 on), and 29 Feb only in a leap year.
 *
 * Dismissals take a new reason, `birthday` (dismissing the reminder for that year). SQLite cannot
 * change a CHECK in place, so the table is made again with the same rows, ids and index.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE contact_dates (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('birthday', 'anniversary', 'other')),
      label TEXT CHECK ((kind = 'birthday') = (label IS NULL)),
      label_key TEXT NOT NULL,
      month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
      day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
      year INTEGER CHECK (year IS NULL OR year >= 1900),
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX contact_dates_by_contact_label ON contact_dates (contact_id, label_key);

    CREATE TABLE dismissals_011 (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
      reason TEXT NOT NULL CHECK (reason IN ('no_reply', 'cadence', 'never_contacted', 'follow_up', 'suggest_call', 'suggest_meeting', 'birthday')),
      dismissed_on TEXT NOT NULL CHECK (dismissed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      note TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO dismissals_011 (id, uuid, contact_id, reason, dismissed_on, note, created_at)
      SELECT id, uuid, contact_id, reason, dismissed_on, note, created_at FROM dismissals;
    DROP TABLE dismissals;
    ALTER TABLE dismissals_011 RENAME TO dismissals;
    CREATE INDEX dismissals_by_contact ON dismissals (contact_id, dismissed_on);
  `);
}
