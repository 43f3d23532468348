import type { Database } from "better-sqlite3";

/**
 * `netlog due` counts the people due (store/schedules.ts dueCounts) in one walk of the narrow
 * `contact_schedule_by_due` index rather than two of the wide `contact_schedule_list`: the
 * walk reads every entry of the range, and the narrow index holds about four times as many
 * entries to a page. For that the index carries `pressing` too; its leading columns, which
 * who comes next and who is coming up read, are as they were.
 */
export function up(db: Database): void {
  db.exec(`
    DROP INDEX contact_schedule_by_due;
    CREATE INDEX contact_schedule_by_due ON contact_schedule (due_day, from_day, until_day, awake_day, pressing);
  `);
}
