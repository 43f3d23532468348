// Each contact's schedule as data (migration 014): pieces of the calendar made by the cadence
// engine (domain/schedule-pieces.ts) whenever a write touches the contact, so that the morning
// list asks SQLite for the rows it shows and a count, whatever the number of contacts.
//
// Triggers queue every contact a write touches in schedule_pending; refreshSchedules makes their
// pieces again inside the same transaction (journal.ts, undo, restore, migrations). A write made
// outside netlog's commands is taken in by the next read (catchUpSchedules). Pieces are made
// from the day the connection was opened for (rememberToday): a day before the newest such day
// is not covered, and the morning list then runs the engine over everyone as before.
import type { Database } from "better-sqlite3";
import { addCalendarDays, type CalendarDate, dayIndex } from "../domain/dates.js";
import { NO_REPLY_MORNINGS, rankOf } from "../domain/due.js";
import { isPressing } from "../domain/morning.js";
import { nameOrderKey } from "../domain/name-order.js";
import { piecesOf, type SchedulePiece } from "../domain/schedule-pieces.js";
import { policyOf, readSettings } from "../domain/settings.js";
import { stageOf } from "../domain/stage.js";
import { listTrackedContacts, trackedContacts } from "./conversations.js";
import { allSettings } from "./settings.js";
import { statement } from "./statements.js";

const todays = new WeakMap<Database, CalendarDate>();

/** The day this connection's writes make pieces from: the command's "today". */
export function rememberToday(db: Database, today: CalendarDate): void {
  todays.set(db, today);
}

/** Above this many queued contacts, one scan of every contact is cheaper than a lookup each. */
const ONE_BY_ONE = 200;

/** Makes the queued contacts' pieces again. Call inside the write transaction that queued them. */
export function refreshSchedules(db: Database): void {
  const from = todays.get(db);
  if (from === undefined) return; // a connection of a tool, not of a command: the next read catches up
  // Cached statements throughout: a write transaction runs this once, a property test thousands of times.
  const count = (statement(db, "SELECT count(*) AS n FROM schedule_pending").get() as { n: number }).n;
  if (count === 0) return;
  const policy = policyOf(readSettings(allSettings(db)));
  // Many queued (an import): one scan of those that can be due, in SQL, so that the ids of a
  // million untracked connections never come into memory; a few: each by its id.
  const pending = count > ONE_BY_ONE ? undefined : (statement(db, "SELECT contact_id AS id FROM schedule_pending").all() as Array<{ id: number }>).map((r) => r.id);
  const contacts =
    pending === undefined
      ? listTrackedContacts(db, from, { onlyTracked: true, onlyQueued: true, sentSince: addCalendarDays(from, -(policy.replyWindowDays + NO_REPLY_MORNINGS)) })
      : trackedContacts(db, pending, from);
  const dataDays = dataDaysOf(db, from, pending);
  statement(db, "DELETE FROM contact_schedule WHERE contact_id IN (SELECT contact_id FROM schedule_pending)").run();
  const insert = statement(
    db,
    `INSERT INTO contact_schedule (contact_id, from_day, until_day, due_day, reason, rank, pressing, cadence_days, planned_day, awake_day, suggest, since_day, last_day, name_key, uuid)
     VALUES (@contactId, @fromDay, @untilDay, @dueDay, @reason, @rank, @pressing, @cadenceDays, @plannedDay, @awakeDay, @suggest, @sinceDay, @lastDay, @nameKey, @uuid)`,
  );
  for (const contact of contacts) {
    const days = dataDays.get(contact.id) ?? [];
    const contactOn = (day: CalendarDate) => (day === from ? contact : (trackedContacts(db, [contact.id], day)[0] ?? contact));
    for (const piece of piecesOf(contactOn, from, days, policy)) insert.run(rowOf(contact.id, piece));
  }
  statement(db, "DELETE FROM schedule_pending").run();
  statement(db, "INSERT INTO schedule_state (id, newest_from) VALUES (1, @day) ON CONFLICT (id) DO UPDATE SET newest_from = max(newest_from, excluded.newest_from)").run({
    day: dayIndex(from),
  });
}

function rowOf(contactId: number, { from, until, item, suggest }: SchedulePiece): Record<string, unknown> {
  const { contact } = item;
  const day = (date: CalendarDate | null | undefined) => (date == null ? null : dayIndex(date));
  return {
    contactId,
    fromDay: dayIndex(from),
    untilDay: day(until),
    dueDay: dayIndex(item.dueOn!),
    reason: item.reason,
    rank: rankOf(item.reason),
    pressing: isPressing(item) ? 1 : 0,
    cadenceDays: item.cadenceDays,
    plannedDay: day(item.planned?.date),
    awakeDay: day(contact.snoozedUntil),
    suggest,
    sinceDay: day(stageOf(contact.history)?.since),
    lastDay: day(contact.lastContact?.date),
    nameKey: nameOrderKey(contact.name),
    uuid: contact.uuid,
  };
}

/**
 * The days after `from` on which what the store holds of a contact changes as the days pass: a
 * conversation dated later, the day after a planned meeting, a job change noticed later.
 */
function dataDaysOf(db: Database, from: CalendarDate, ids: readonly number[] | undefined): Map<number, CalendarDate[]> {
  const only = (column: string) => (ids === undefined ? "" : ` AND ${column} IN (SELECT value FROM json_each(@ids))`);
  const rows = statement(
    db,
    `SELECT contact_id AS id, happened_on AS day FROM conversations WHERE happened_on > @from${only("contact_id")}
     UNION ALL SELECT contact_id, date(planned_on, '+1 day') FROM planned_meetings WHERE planned_on >= @from${only("contact_id")}
     UNION ALL SELECT contact_id, noticed_on FROM contact_roles WHERE noticed_on > @from${only("contact_id")}`,
  ).all({ from, ...(ids === undefined ? {} : { ids: JSON.stringify(ids) }) }) as Array<{ id: number; day: CalendarDate }>;
  const byContact = new Map<number, CalendarDate[]>();
  for (const { id, day } of rows) byContact.set(id, [...(byContact.get(id) ?? []), day]);
  return byContact;
}

/**
 * Before a read: writes made outside netlog's commands (the sqlite3 shell, a tool) are taken in.
 * Writes nothing, and needs no write lock, when nothing is queued; on a file netlog may not write,
 * or while another program holds the write lock past the busy timeout, the pieces stay behind
 * and the read runs the engine itself (schedulesCover says no): a read never fails for a lock.
 */
export function catchUpSchedules(db: Database): void {
  if (!todays.has(db) || db.prepare("SELECT EXISTS (SELECT 1 FROM schedule_pending)").pluck().get() !== 1) return;
  try {
    db.transaction(() => refreshSchedules(db)).immediate();
  } catch (error) {
    const code = String((error as { code?: unknown }).code);
    if (!code.startsWith("SQLITE_READONLY") && !code.startsWith("SQLITE_BUSY")) throw error;
  }
}

/** Runs `read` in one read transaction: all its statements see the database at the same moment. */
export function atOneMoment<T>(db: Database, read: () => T): T {
  return db.transaction(read).deferred();
}

/** Whether the pieces answer for `on`: nothing queued, and made from that day or before. */
export function schedulesCover(db: Database, on: CalendarDate): boolean {
  const row = statement(db, "SELECT EXISTS (SELECT 1 FROM schedule_pending) AS behind, (SELECT newest_from FROM schedule_state) AS newest").get() as {
    behind: number;
    newest: number | null;
  };
  return row.behind === 0 && (row.newest === null || row.newest <= dayIndex(on));
}

// The pieces in force on @x, of contacts awake that day.
const IN_FORCE = "s.from_day <= @x AND (s.until_day IS NULL OR s.until_day > @x) AND (s.awake_day IS NULL OR s.awake_day <= @x)";
// The morning list's order (domain/due.ts compareDue), in SQL.
const LIST_ORDER = "s.rank DESC, (@x - s.due_day) * 1.0 / s.cadence_days DESC, s.name_key, s.uuid";

/**
 * How many are due on `on`: the pressing (never rotated away) and the others. One walk of the
 * narrow contact_schedule_by_due index (migration 015): the count reads every entry of the range.
 */
export function dueCounts(db: Database, on: CalendarDate): { pressing: number; other: number } {
  return statement(
    db,
    `SELECT count(*) FILTER (WHERE s.pressing = 1) AS pressing, count(*) FILTER (WHERE s.pressing = 0) AS other FROM contact_schedule s WHERE s.due_day <= @x AND ${IN_FORCE}`,
  ).get({ x: dayIndex(on) }) as { pressing: number; other: number };
}

/** The contacts at `count` positions from `offset` of one group of the day's list, in its order. */
export function dueRun(db: Database, on: CalendarDate, group: { pressing: boolean; offset: number; count: number }): number[] {
  return statement(
    db,
    `SELECT s.contact_id AS id FROM contact_schedule s WHERE s.due_day <= @x AND s.pressing = @pressing AND ${IN_FORCE} ORDER BY ${LIST_ORDER} LIMIT @count OFFSET @offset`,
  )
    .all({ x: dayIndex(on), pressing: group.pressing ? 1 : 0, count: group.count, offset: group.offset })
    .map((r) => (r as { id: number }).id);
}

/**
 * The contacts whose suggestion may come on `on` (domain/due.ts suggestionsAmong): not due, held
 * by no meeting, whole weeks after their last conversation; the first `count` in its order.
 */
export function suggestionCandidates(db: Database, on: CalendarDate, count: number): number[] {
  return statement(
    db,
    `SELECT s.contact_id AS id FROM contact_schedule s WHERE s.suggest IS NOT NULL AND s.last_day < @x AND (@x - s.last_day) % 7 = 0
       AND s.due_day > @x AND s.planned_day IS NULL AND ${IN_FORCE} ORDER BY s.since_day, s.name_key, s.uuid LIMIT @count`,
  )
    .all({ x: dayIndex(on), count })
    .map((r) => (r as { id: number }).id);
}

/** Who comes due in the `within` days after `on`, or has a meeting then. */
export function comingUp(db: Database, on: CalendarDate, within: number): number[] {
  const x = dayIndex(on);
  return statement(db, `SELECT s.contact_id AS id FROM contact_schedule s WHERE s.due_day > @x AND (s.due_day <= @last OR s.planned_day <= @last) AND ${IN_FORCE}`)
    .all({ x, last: x + within })
    .map((r) => (r as { id: number }).id);
}

/** Who falls due first after `on`, as the list tells when nobody is due. */
export function nextAfter(db: Database, on: CalendarDate): number | undefined {
  const next = statement(db, `SELECT s.contact_id AS id FROM contact_schedule s WHERE s.due_day > @x AND ${IN_FORCE} ORDER BY s.due_day, ${LIST_ORDER} LIMIT 1`).get({
    x: dayIndex(on),
  }) as { id: number } | undefined;
  return next?.id;
}
