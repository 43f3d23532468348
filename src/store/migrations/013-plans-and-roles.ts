import type { Database } from "better-sqlite3";

/**
 * What imported mail, calendars and LinkedIn exports tell besides conversations:
 *
 * - planned_meetings: an event of a calendar still to come with a contact in it. The contact is
 *   on no list until the day after it (the morning list never nags about someone you are about
 *   to see). One row per contact of the event; source_key is the event's UID and RECURRENCE-ID,
 *   so importing the calendar again finds it, and a cancelled or moved event replaces it.
 * - contact_roles: each change of company or title that a re-imported Connections.csv showed,
 *   with what it was before and the day netlog noticed it: the contact's job history, and the
 *   `job_change` reason of the morning list.
 *
 * Dismissals take a new reason, `job_change`. SQLite cannot change a CHECK in place, so the table
 * is made again with the same rows, ids and index, as migration 011 did.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE planned_meetings (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
      planned_on TEXT NOT NULL CHECK (planned_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      channel TEXT NOT NULL,
      note TEXT,
      source_key TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX planned_meetings_by_source ON planned_meetings (contact_id, source_key) WHERE source_key IS NOT NULL;
    CREATE INDEX planned_meetings_by_contact ON planned_meetings (contact_id, planned_on);

    CREATE TABLE contact_roles (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
      company TEXT,
      title TEXT,
      previous_company TEXT,
      previous_title TEXT,
      noticed_on TEXT NOT NULL CHECK (noticed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX contact_roles_by_contact ON contact_roles (contact_id, noticed_on);

    CREATE TABLE dismissals_013 (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
      reason TEXT NOT NULL CHECK (reason IN ('no_reply', 'cadence', 'never_contacted', 'follow_up', 'suggest_call', 'suggest_meeting', 'birthday', 'job_change')),
      dismissed_on TEXT NOT NULL CHECK (dismissed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      note TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO dismissals_013 (id, uuid, contact_id, reason, dismissed_on, note, created_at)
      SELECT id, uuid, contact_id, reason, dismissed_on, note, created_at FROM dismissals;
    DROP TABLE dismissals;
    ALTER TABLE dismissals_013 RENAME TO dismissals;
    CREATE INDEX dismissals_by_contact ON dismissals (contact_id, dismissed_on);
  `);
}
