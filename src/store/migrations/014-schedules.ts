import type { Database } from "better-sqlite3";

/** The tables a contact's schedule is read from, with the column naming the contact. */
const BY_CONTACT: ReadonlyArray<[table: string, column: string]> = [
  ["conversations", "contact_id"],
  ["follow_ups", "contact_id"],
  ["dismissals", "contact_id"],
  ["contact_tags", "contact_id"],
  ["planned_meetings", "contact_id"],
  ["contact_roles", "contact_id"],
];

/**
 * The columns of a contact its schedule reads (store/conversations.ts TRACKED, the name for the
 * order): an import that sets the others, or these to what they were, queues nobody.
 */
const SCHEDULED_COLUMNS = ["uuid", "name", "cadence_days", "added_on", "snoozed_until", "paused", "resumed_on", "archived_at", "tracked"];

/** The settings the cadence engine reads (domain/settings.ts policyOf): a change moves everyone. */
const POLICY_KEYS = "('default-cadence', 'reply-window')";

// Not INSERT OR IGNORE: the conflict clause of the statement that fires a trigger (an upsert's,
// an INSERT OR REPLACE's) overrides the trigger's own.
const queue = (id: string) => `INSERT INTO schedule_pending (contact_id) SELECT ${id} WHERE NOT EXISTS (SELECT 1 FROM schedule_pending WHERE contact_id = ${id});`;
const queueAll = (ids: string) => `INSERT INTO schedule_pending (contact_id) SELECT DISTINCT q.id FROM (${ids}) q WHERE q.id NOT IN (SELECT contact_id FROM schedule_pending);`;
const queueEveryone = queueAll("SELECT id FROM contacts");

/**
 * Each contact's schedule, kept as data so that `netlog due` asks SQLite for the rows it shows
 * rather than running the cadence engine over every contact (store/schedules.ts).
 *
 * - contact_schedule: when the contact falls due and why, as pieces of the calendar: from
 *   from_day until until_day (NULL: for good), the engine's answer is due_day for reason. A
 *   reminder that ages (an unanswered message, a new job, a meeting that passes) ends one piece
 *   and starts the next. Days are day numbers (days since 1970-01-01), so ratios are arithmetic.
 *   A contact that is never due (archived, paused, untracked) has no rows.
 * - schedule_pending: the contacts a write touched, queued by the triggers below whatever wrote
 *   (a command, undo, restore, sqlite3 by hand); their pieces are made again before the write
 *   commits, or on the next read if something else wrote.
 * - schedule_state: the latest day pieces were made from. A day before it (`due --on` a past
 *   date) is answered by the engine from the data, as before.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE contact_schedule (
      contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
      from_day INTEGER NOT NULL,
      until_day INTEGER,
      due_day INTEGER NOT NULL,
      reason TEXT NOT NULL,
      -- the list's order (domain/due.ts compareDue): follow-ups 2, new jobs 1, the rest 0
      rank INTEGER NOT NULL,
      -- a promise, an unanswered message or a new job: never rotated away (domain/morning.ts)
      pressing INTEGER NOT NULL,
      cadence_days INTEGER NOT NULL,
      planned_day INTEGER,
      -- snoozed until this day (on no list before it)
      awake_day INTEGER,
      -- a call or a meeting to suggest on the weekly days after last_day, and the stage's first day
      suggest TEXT,
      since_day INTEGER,
      last_day INTEGER,
      name_key TEXT NOT NULL,
      uuid TEXT NOT NULL,
      PRIMARY KEY (contact_id, from_day)
    ) STRICT, WITHOUT ROWID;
    -- today's list: counted and cut from this index alone (a lookup of each row's name for
    -- the order took 48 ms of CPU for 27,000 contacts due, the index alone 6 ms)
    CREATE INDEX contact_schedule_list ON contact_schedule (pressing, due_day, from_day, until_day, awake_day, rank, cadence_days, name_key, uuid);
    -- who comes next, and who is coming up
    CREATE INDEX contact_schedule_by_due ON contact_schedule (due_day, from_day, until_day, awake_day);
    CREATE INDEX contact_schedule_suggesting ON contact_schedule (last_day) WHERE suggest IS NOT NULL;

    CREATE TABLE schedule_pending (contact_id INTEGER PRIMARY KEY) STRICT;
    CREATE TABLE schedule_state (id INTEGER PRIMARY KEY CHECK (id = 1), newest_from INTEGER NOT NULL) STRICT;

    CREATE TRIGGER contacts_schedule_insert AFTER INSERT ON contacts BEGIN ${queue("NEW.id")} END;
    CREATE TRIGGER contacts_schedule_update AFTER UPDATE OF ${SCHEDULED_COLUMNS.join(", ")} ON contacts
      WHEN ${SCHEDULED_COLUMNS.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(" OR ")} BEGIN ${queue("NEW.id")} END;
    CREATE TRIGGER contacts_schedule_delete AFTER DELETE ON contacts BEGIN ${queue("OLD.id")} END;
    ${BY_CONTACT.map(
      ([table, column]) => `
    CREATE TRIGGER ${table}_schedule_insert AFTER INSERT ON ${table} BEGIN ${queue(`NEW.${column}`)} END;
    CREATE TRIGGER ${table}_schedule_update AFTER UPDATE ON ${table} BEGIN ${queue(`OLD.${column}`)} ${queue(`NEW.${column}`)} END;
    CREATE TRIGGER ${table}_schedule_delete AFTER DELETE ON ${table} BEGIN ${queue(`OLD.${column}`)} END;`,
    ).join("")}
    -- a tag's cadence, and its name (the reason names the tag), move everyone who has it
    CREATE TRIGGER tags_schedule_update AFTER UPDATE ON tags BEGIN ${queueAll("SELECT contact_id AS id FROM contact_tags WHERE tag_id = NEW.id")} END;
    CREATE TRIGGER tags_schedule_delete BEFORE DELETE ON tags BEGIN ${queueAll("SELECT contact_id AS id FROM contact_tags WHERE tag_id = OLD.id")} END;
    CREATE TRIGGER settings_schedule_insert AFTER INSERT ON settings WHEN NEW.key IN ${POLICY_KEYS} BEGIN ${queueEveryone} END;
    CREATE TRIGGER settings_schedule_update AFTER UPDATE ON settings WHEN (NEW.key IN ${POLICY_KEYS} OR OLD.key IN ${POLICY_KEYS}) AND (NEW.key IS NOT OLD.key OR NEW.value IS NOT OLD.value) BEGIN ${queueEveryone} END;
    CREATE TRIGGER settings_schedule_delete AFTER DELETE ON settings WHEN OLD.key IN ${POLICY_KEYS} BEGIN ${queueEveryone} END;

    ${queueEveryone}
  `);
}
