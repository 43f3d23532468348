import type { Database } from "better-sqlite3";

/** Tag and default cadences, follow-ups, who spoke last, snooze, pause and archive. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    ALTER TABLE tags ADD COLUMN cadence_days INTEGER CHECK (cadence_days > 0);

    -- 'sent': you reached out and await an answer; 'received': they wrote; 'both': a conversation
    ALTER TABLE interactions ADD COLUMN direction TEXT NOT NULL DEFAULT 'both' CHECK (direction IN ('sent', 'received', 'both'));

    ALTER TABLE contacts ADD COLUMN snoozed_until TEXT;
    ALTER TABLE contacts ADD COLUMN snooze_note TEXT;
    ALTER TABLE contacts ADD COLUMN paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1));
    -- the day the cadence restarted after a pause: it counts from here, not from the last talk
    ALTER TABLE contacts ADD COLUMN resumed_on TEXT;
    ALTER TABLE contacts ADD COLUMN archived_at TEXT;

    CREATE TABLE follow_ups (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
      due_on TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      note TEXT,
      -- the conversation it was promised in: only a later one (by date, then by id) fulfils it
      set_on TEXT NOT NULL,
      after_interaction_id INTEGER NOT NULL DEFAULT 0,
      done_at TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX follow_ups_open ON follow_ups (contact_id) WHERE done_at IS NULL;
  `);
}
