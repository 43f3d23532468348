import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3";
import type { Channel } from "../domain/channels.js";
import type { CalendarDate } from "../domain/dates.js";
import type { Direction, Touch, TrackedContact } from "../domain/due.js";
import { channelsOf, NO_HISTORY, type Stage } from "../domain/stage.js";
import { statement } from "./statements.js";

export interface Interaction extends Touch {
  uuid: string;
  createdAt: string;
}

export function insertInteraction(
  db: Database,
  contactId: number,
  touch: { date: CalendarDate; channel: Channel; note: string | null; direction: Direction },
  now: string,
): Interaction {
  const uuid = randomUUID();
  const { lastInsertRowid } = statement(db, "INSERT INTO interactions (uuid, contact_id, happened_on, channel, note, direction, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)").run(
    uuid,
    contactId,
    touch.date,
    touch.channel,
    touch.note,
    touch.direction,
    now,
  );
  statement(db, "UPDATE contacts SET updated_at = ? WHERE id = ?").run(now, contactId);
  return { id: Number(lastInsertRowid), uuid, ...touch, createdAt: now };
}

/** Newest first; the same day is ordered by when it was logged. */
export function listInteractions(db: Database, contactId: number): Interaction[] {
  return db
    .prepare(
      `SELECT id, uuid, happened_on AS date, channel, note, direction, created_at AS createdAt FROM interactions
       WHERE contact_id = ? ORDER BY happened_on DESC, id DESC`,
    )
    .all(contactId) as Interaction[];
}

// One row per contact: its conversation summary and latest conversation (contact_history, kept
// by triggers), the shortest tag cadence, and the open follow-up. A contact with a conversation
// after @on (\`due --on\` a past date) has its latest one looked up as of that day.
/** The value as of @on: from the lookup when the contact has spoken since, else from the summary. */
const asOf = (looked: string, kept: string) => `CASE WHEN h.last_on > @on THEN ${looked} ELSE ${kept} END`;

const TRACKED = `SELECT c.id, c.uuid, c.name, c.company, c.cadence_days AS cadenceDays, c.added_on AS addedOn,
    c.snoozed_until AS snoozedUntil, c.paused, c.resumed_on AS resumedOn, c.archived_at IS NOT NULL AS archived, c.tracked,
    ${asOf("l.id", "h.last_id")} AS lastId, ${asOf("l.happened_on", "h.last_on")} AS lastDate, ${asOf("l.channel", "h.last_channel")} AS lastChannel,
    ${asOf("l.note", "h.last_note")} AS lastNote, ${asOf("l.direction", "h.last_direction")} AS lastDirection,
    h.last_on > @on AS later, h.online_count AS online, h.online_first AS onlineFirst, h.online_last AS onlineLast,
    h.voice_count AS voice, h.voice_first AS voiceFirst, h.in_person_count AS inPerson, h.in_person_first AS inPersonFirst,
    (SELECT t.cadence_days || ' ' || t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
      WHERE ct.contact_id = c.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.key LIMIT 1) AS tagCadence,
    f.due_on AS followUpDate, f.note AS followUpNote, f.set_on AS followUpSetOn, f.after_interaction_id AS followUpAfterId
  FROM contacts c
  LEFT JOIN contact_history h ON h.contact_id = c.id
  LEFT JOIN interactions l ON h.last_on > @on AND l.id =
    (SELECT i.id FROM interactions i WHERE i.contact_id = c.id AND i.happened_on <= @on
     ORDER BY i.happened_on DESC, i.id DESC LIMIT 1)
  LEFT JOIN follow_ups f ON f.id = (SELECT id FROM follow_ups WHERE contact_id = c.id AND done_at IS NULL ORDER BY id DESC LIMIT 1)`;


// The same counts as contact_history, as of @on: only for contacts with conversations after it.
const inStage = (stage: Stage) => `channel IN (${channelsOf(stage).map((c) => `'${c}'`).join(", ")})`;
const HISTORY_AS_OF = `SELECT contact_id AS id,
    SUM(${inStage("online")}) AS online,
    MIN(CASE WHEN ${inStage("online")} THEN happened_on END) AS onlineFirst,
    MAX(CASE WHEN ${inStage("online")} THEN happened_on END) AS onlineLast,
    SUM(${inStage("voice")}) AS voice,
    MIN(CASE WHEN ${inStage("voice")} THEN happened_on END) AS voiceFirst,
    SUM(${inStage("in_person")}) AS inPerson,
    MIN(CASE WHEN ${inStage("in_person")} THEN happened_on END) AS inPersonFirst
  FROM interactions WHERE happened_on <= @on AND contact_id IN (SELECT contact_id FROM contact_history WHERE last_on > @on)
  GROUP BY contact_id`;

interface TrackedRow {
  id: number;
  uuid: string;
  name: string;
  company: string | null;
  cadenceDays: number | null;
  addedOn: string;
  snoozedUntil: string | null;
  paused: number;
  resumedOn: string | null;
  archived: number;
  tracked: number;
  lastId: number | null;
  lastDate: string | null;
  lastChannel: Channel | null;
  lastNote: string | null;
  lastDirection: Direction | null;
  followUpDate: string | null;
  followUpNote: string | null;
  followUpSetOn: string | null;
  followUpAfterId: number | null;
  tagCadence: string | null;
  /** 1 when the contact has conversations after @on: its counts below are not as of @on. */
  later: number | null;
  online: number | null;
  onlineFirst: string | null;
  onlineLast: string | null;
  voice: number | null;
  voiceFirst: string | null;
  inPerson: number | null;
  inPersonFirst: string | null;
}

interface HistoryRow {
  id: number;
  online: number;
  onlineFirst: string | null;
  onlineLast: string | null;
  voice: number;
  voiceFirst: string | null;
  inPerson: number;
  inPersonFirst: string | null;
}

function toTracked(row: TrackedRow, asOf: ReadonlyMap<number, HistoryRow>): TrackedContact & { id: number } {
  const h = row.later ? asOf.get(row.id) : row.online === null ? undefined : (row as HistoryRow);
  const [days, ...tag] = row.tagCadence?.split(" ") ?? [];
  return {
    id: row.id,
    uuid: row.uuid,
    name: row.name,
    company: row.company,
    cadenceDays: row.cadenceDays,
    tagCadence: row.tagCadence ? { days: Number(days), tag: tag.join(" ") } : null,
    addedOn: row.addedOn,
    lastContact:
      row.lastDate === null ? null : { id: row.lastId!, date: row.lastDate, channel: row.lastChannel!, note: row.lastNote, direction: row.lastDirection! },
    followUp:
      row.followUpDate === null ? null : { date: row.followUpDate, note: row.followUpNote, setOn: row.followUpSetOn!, afterId: row.followUpAfterId! },
    snoozedUntil: row.snoozedUntil,
    paused: row.paused === 1,
    resumedOn: row.resumedOn,
    archived: row.archived === 1,
    tracked: row.tracked === 1,
    history: h
      ? {
          online: { count: h.online, first: h.onlineFirst, last: h.onlineLast },
          voice: { count: h.voice, first: h.voiceFirst },
          inPerson: { count: h.inPerson, first: h.inPersonFirst },
        }
      : NO_HISTORY,
  };
}

// A promise comes due even for a connection that is not on a cadence (domain/due.ts).
const HAS_OPEN_FOLLOW_UP = "EXISTS (SELECT 1 FROM follow_ups o WHERE o.contact_id = c.id AND o.done_at IS NULL)";

/**
 * Every contact as it stood on `on`: `due --on` a past date sees the world as it was then.
 * `onlyTracked` leaves out archived contacts, and connections that are not tracked and owe no
 * follow-up: they can never be due.
 */
export function listTrackedContacts(db: Database, on: CalendarDate, options: { onlyTracked?: boolean } = {}): Array<TrackedContact & { id: number }> {
  const rows = trackedRows(db, `${TRACKED}${options.onlyTracked ? ` WHERE c.archived_at IS NULL AND (c.tracked = 1 OR ${HAS_OPEN_FOLLOW_UP})` : ""}`, { on });
  const asOf = historiesAsOf(db, on, rows);
  return rows.map((row) => toTracked(row, asOf));
}

export function trackedContact(db: Database, contactId: number, on: CalendarDate): TrackedContact & { id: number } {
  const [row] = trackedRows(db, `${TRACKED} WHERE c.id = @id`, { on, id: contactId }) as [TrackedRow];
  return toTracked(row, historiesAsOf(db, on, [row]));
}

/**
 * Rows as arrays, made into objects here: better-sqlite3 builds each row object property by
 * property from C++, which for 7,500 rows of 29 columns took longer than the query itself.
 */
function trackedRows(db: Database, sql: string, params: Record<string, unknown>): TrackedRow[] {
  const query = db.prepare(sql).raw(true);
  const names = query.columns().map((c) => c.name);
  return (query.all(params) as unknown[][]).map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) row[names[i]!] = values[i];
    return row as unknown as TrackedRow;
  });
}

const NONE: ReadonlyMap<number, HistoryRow> = new Map();

function historiesAsOf(db: Database, on: CalendarDate, rows: readonly TrackedRow[]): ReadonlyMap<number, HistoryRow> {
  if (!rows.some((row) => row.later)) return NONE;
  return new Map((db.prepare(HISTORY_AS_OF).all({ on }) as HistoryRow[]).map((h) => [h.id, h]));
}

/** Contacts on the lists (not archived), tracked or not. */
export function countListedContacts(db: Database): number {
  return db.prepare("SELECT count(*) FROM contacts WHERE archived_at IS NULL").pluck().get() as number;
}
