import type { Database } from "better-sqlite3";
import { makePermanentJournalTriggers } from "../journal-triggers.js";

/**
 * The undo journal's bookkeeping moves from temporary tables into the schema, with the triggers
 * of the tables `netlog add` writes (store/journal-triggers.ts): creating those for every run
 * was most of what journalling one conversation cost. Both tables are empty between commands,
 * so the triggers do nothing for a write that is not netlog's (sqlite3 by hand, a restore).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE journal_recording (change_id INTEGER NOT NULL) STRICT;
    CREATE TABLE journal_start (table_name TEXT PRIMARY KEY, max_rowid INTEGER NOT NULL) STRICT;
  `);
  makePermanentJournalTriggers(db);
}
