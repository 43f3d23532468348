import type { Database } from "better-sqlite3";

/**
 * The local day each conversation was logged. A message already older than the reply window
 * when it was logged (a messages.csv of years of history) is history, not a reply to chase
 * (domain/due.ts). Conversations logged before this migration take the day of their created_at,
 * which is in UTC: near midnight it may be a day off, which moves no reminder by more than that.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE interactions ADD COLUMN logged_on TEXT;
    UPDATE interactions SET logged_on = substr(created_at, 1, 10);
  `);
}
