import type { Database } from "better-sqlite3";

/**
 * What each command changed, so `netlog undo` can put it back. Local history, never exported:
 * unlike the data tables it needs no uuid. The triggers that fill undo_log are created per
 * connection (store/journal.ts), so a migration or an undo itself is never journalled.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE changes (
      id INTEGER PRIMARY KEY,
      -- the command as typed, e.g. 'add' or 'import linkedin', and what it did in a sentence
      command TEXT NOT NULL,
      summary TEXT NOT NULL,
      made_at TEXT NOT NULL,
      undone_at TEXT
    ) STRICT;

    -- One row per row written: the key to find it by and, for updates and deletes, its values
    -- before; or one 'insert_range' for all the rows a command added to a table ({"from", "to"} rowids).
    CREATE TABLE undo_log (
      id INTEGER PRIMARY KEY,
      change_id INTEGER NOT NULL REFERENCES changes (id) ON DELETE CASCADE,
      table_name TEXT NOT NULL,
      op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete', 'insert_range')),
      row_key TEXT NOT NULL,
      old_row TEXT
    ) STRICT;
    CREATE INDEX undo_log_by_change ON undo_log (change_id, id);
  `);
}
