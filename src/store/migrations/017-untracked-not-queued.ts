import type { Database } from "better-sqlite3";

/**
 * A contact inserted untracked has no schedule to make (domain/schedule-pieces.ts: no piece for
 * days it is not due), and, new, none to remove: the trigger no longer queues it. An import of
 * 30,000 connections without --every queued each, one lookup and one insert a row, for the
 * schedules' upkeep to find nobody tracked among them. Tracking one later (the `tracked`
 * column) queues it, as before.
 */
export function up(db: Database): void {
  db.exec(`
    DROP TRIGGER contacts_schedule_insert;
    CREATE TRIGGER contacts_schedule_insert AFTER INSERT ON contacts WHEN NEW.tracked = 1 BEGIN
      INSERT INTO schedule_pending (contact_id) SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM schedule_pending WHERE contact_id = NEW.id);
    END;
  `);
}
