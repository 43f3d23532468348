// The conversation log across contacts: listing, and correcting or removing one conversation.
// contact_history follows by itself (its triggers, migration 005); follow-ups are the caller's.
import type { Database } from "better-sqlite3";
import type { Channel } from "../domain/channels.js";
import type { ConversationFields, FollowUpAnchor } from "../domain/conversation-edit.js";
import type { CalendarDate } from "../domain/dates.js";
import type { Direction } from "../domain/due.js";
import type { ConversationRecord } from "./conversations.js";
import { namedColumns } from "./statements.js";

export interface ConversationWithContact extends ConversationRecord {
  contact: { id: number; uuid: string; name: string; company: string | null };
}

export interface LogFilter {
  contactId?: number;
  /** On or after this date. */
  since?: CalendarDate;
  channel?: Channel;
}

function whereOf(filter: LogFilter): { sql: string; params: Record<string, unknown> } {
  const columns = { contactId: "i.contact_id = @contactId", since: "i.happened_on >= @since", channel: "i.channel = @channel" } as const;
  const given = (Object.keys(columns) as Array<keyof LogFilter>).filter((key) => filter[key] !== undefined);
  return {
    sql: given.length ? `WHERE ${given.map((key) => columns[key]).join(" AND ")}` : "",
    params: Object.fromEntries(given.map((key) => [key, filter[key]])),
  };
}

/** A row of ENTRY, by name. */
interface EntryRow {
  id: number;
  uuid: string;
  date: CalendarDate;
  channel: Channel;
  note: string | null;
  direction: Direction;
  createdAt: string;
  contactId: number;
  contactUuid: string;
  contactName: string;
  contactCompany: string | null;
}

// Raw rows read through names: `netlog log` into a pipe reads every conversation, and
// better-sqlite3's row objects cost more than the query (as for `due`).
const ENTRY_COLUMNS = namedColumns<EntryRow>({
  id: "i.id",
  uuid: "i.uuid",
  date: "i.happened_on",
  channel: "i.channel",
  note: "i.note",
  direction: "i.direction",
  createdAt: "i.created_at",
  contactId: "c.id",
  contactUuid: "c.uuid",
  contactName: "c.name",
  contactCompany: "c.company",
});

const ENTRY = `SELECT ${ENTRY_COLUMNS.select}
  FROM conversations i JOIN contacts c ON c.id = i.contact_id`;

function toEntry(values: unknown[]): ConversationWithContact {
  const r = ENTRY_COLUMNS.read(values);
  return {
    id: r.id,
    uuid: r.uuid,
    date: r.date,
    channel: r.channel,
    note: r.note,
    direction: r.direction,
    createdAt: r.createdAt,
    contact: { id: r.contactId, uuid: r.contactUuid, name: r.contactName, company: r.contactCompany },
  };
}

/** Newest first; the same day newest logged first. `limit` 0 means all. */
export function listLog(db: Database, filter: LogFilter, limit: number): ConversationWithContact[] {
  return [...iterateLog(db, filter, limit)];
}

/**
 * listLog's rows, read one at a time as they are asked for (the walk down conversations_by_date
 * needs no sort, so the first comes at once). Until it ends or is left, the connection is busy.
 */
export function* iterateLog(db: Database, filter: LogFilter, limit: number): Generator<ConversationWithContact> {
  const { sql, params } = whereOf(filter);
  const query = db.prepare(`${ENTRY} ${sql} ORDER BY i.happened_on DESC, i.id DESC${limit > 0 ? " LIMIT @limit" : ""}`).raw(true);
  for (const row of query.iterate(limit > 0 ? { ...params, limit } : params) as IterableIterator<unknown[]>) yield toEntry(row);
}

/**
 * Starts a read that the queries after it share, so that they see one state of the database
 * (SQLite takes the snapshot at the first); `endRead` ends it with its items.
 */
export function beginRead(db: Database): void {
  db.exec("BEGIN");
}

/** `items`, then the read beginRead started is ended, however they end (a reader gone included). */
export function* endRead<T>(db: Database, items: Iterable<T>): Generator<T> {
  try {
    yield* items;
  } finally {
    if (db.inTransaction) db.exec("COMMIT");
  }
}

/** The largest id among the matches, which is also the longest written out; null when none match. */
export function largestLogId(db: Database, filter: LogFilter): number | null {
  const { sql, params } = whereOf(filter);
  return db.prepare(`SELECT max(i.id) FROM conversations i ${sql}`).pluck().get(params) as number | null;
}

/**
 * Of each month that has a match, the last day with one, newest first: a seek in an index per
 * month (a loose index scan), some hundred steps for 300,000 conversations rather than a walk
 * through all of them.
 */
export function* lastLogDayOfEachMonth(db: Database, filter: LogFilter): Generator<CalendarDate> {
  const { sql, params } = whereOf(filter);
  const matches = sql ? `${sql} AND` : "WHERE";
  const query = db
    .prepare(
      `WITH RECURSIVE months(day) AS (
        SELECT (SELECT max(i.happened_on) FROM conversations i ${sql})
        UNION ALL
        SELECT (SELECT max(i.happened_on) FROM conversations i ${matches} i.happened_on < substr(months.day, 1, 8) || '01') FROM months WHERE months.day IS NOT NULL
      ) SELECT day FROM months WHERE day IS NOT NULL`,
    )
    .pluck();
  for (const day of query.iterate(params) as IterableIterator<CalendarDate>) yield day;
}

/**
 * The name of each contact with a match, in no particular order, repeats allowed: first those of
 * exactly `widthFirst` characters, then every one. A column that stops growing at that width (the
 * log's names) then usually stops after one: reading names in the table's order until a name that
 * wide came up read 1,106 of them, 10 ms of a `netlog log | head -1` of 80.
 */
export function* loggedContactNames(db: Database, filter: LogFilter, widthFirst: number): Generator<string> {
  const { sql, params } = whereOf(filter);
  const matches = sql ? `${sql} AND` : "WHERE";
  const logged = `EXISTS (SELECT 1 FROM conversations i ${matches} i.contact_id = c.id)`;
  // The length first: the look into the conversations is then made for those names alone.
  const first = db.prepare(`SELECT c.name FROM contacts c WHERE length(c.name) = @widthFirst AND ${logged}`).pluck();
  for (const name of first.iterate({ ...params, widthFirst }) as IterableIterator<string>) yield name;
  const query = db.prepare(`SELECT c.name FROM contacts c WHERE ${logged}`).pluck();
  for (const name of query.iterate(params) as IterableIterator<string>) yield name;
}

export function countLog(db: Database, filter: LogFilter): number {
  const { sql, params } = whereOf(filter);
  return db.prepare(`SELECT count(*) FROM conversations i ${sql}`).pluck().get(params) as number;
}

export function getConversation(db: Database, id: number): ConversationWithContact | undefined {
  const row = db.prepare(`${ENTRY} WHERE i.id = ?`).raw(true).get(id) as unknown[] | undefined;
  return row && toEntry(row);
}

/** One UPDATE, so the undo journal keeps one copy of the row. The contact counts as changed, as when logging. */
export function updateConversation(db: Database, entry: ConversationWithContact, fields: ConversationFields, now: string): void {
  db.prepare("UPDATE conversations SET happened_on = @date, channel = @channel, direction = @direction, note = @note WHERE id = @id").run({ ...fields, id: entry.id });
  touchContact(db, entry.contact.id, now);
}

export function deleteConversation(db: Database, entry: ConversationWithContact, now: string): void {
  db.prepare("DELETE FROM conversations WHERE id = ?").run(entry.id);
  touchContact(db, entry.contact.id, now);
}

function touchContact(db: Database, contactId: number, now: string): void {
  db.prepare("UPDATE contacts SET updated_at = ? WHERE id = ?").run(now, contactId);
}

/** The open follow-up `due` reads (the newest one not done), with its anchor. */
export function openFollowUpAnchor(db: Database, contactId: number): (FollowUpAnchor & { id: number }) | undefined {
  return db
    .prepare("SELECT id, set_on AS setOn, after_conversation_id AS afterId FROM follow_ups WHERE contact_id = ? AND done_at IS NULL ORDER BY id DESC LIMIT 1")
    .get(contactId) as (FollowUpAnchor & { id: number }) | undefined;
}

export function moveFollowUpAnchor(db: Database, followUpId: number, anchor: FollowUpAnchor): void {
  db.prepare("UPDATE follow_ups SET set_on = ?, after_conversation_id = ? WHERE id = ?").run(anchor.setOn, anchor.afterId, followUpId);
}
