import type { Database } from "better-sqlite3";

/**
 * `netlog dismiss`: an item of the morning list dealt with without a conversation. It is what it
 * is, never a conversation: stats do not count it, and the cadence engine reads the latest of
 * each kind (domain/due.ts): an unanswered message that needs no reply, a cadence round skipped,
 * a suggestion not wanted at this stage.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE dismissals (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
      reason TEXT NOT NULL CHECK (reason IN ('no_reply', 'cadence', 'never_contacted', 'follow_up', 'suggest_call', 'suggest_meeting')),
      dismissed_on TEXT NOT NULL CHECK (dismissed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      note TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX dismissals_by_contact ON dismissals (contact_id, dismissed_on);
  `);
}
