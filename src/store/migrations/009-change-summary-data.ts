import type { Database } from "better-sqlite3";

/**
 * What a change did, as JSON data (reports/journal.ts ChangeSummary) rather than a sentence, so
 * the words live in the undo view. Changes recorded before keep their sentence in `summary` and
 * no data; new ones leave `summary` empty.
 */
export function up(db: Database): void {
  db.exec("ALTER TABLE changes ADD COLUMN summary_data TEXT");
}
