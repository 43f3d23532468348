import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3";
import type { Channel } from "../domain/channels.js";
import type { CalendarDate } from "../domain/dates.js";
import type { Direction, Touch, TrackedContact } from "../domain/due.js";
import { NO_HISTORY } from "../domain/stage.js";

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
  const { lastInsertRowid } = db
    .prepare("INSERT INTO interactions (uuid, contact_id, happened_on, channel, note, direction, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
    .run(uuid, contactId, touch.date, touch.channel, touch.note, touch.direction, now);
  db.prepare("UPDATE contacts SET updated_at = ? WHERE id = ?").run(now, contactId);
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

// One row per contact: the latest interaction on or before @on (one seek on
// interactions_by_contact_date), the shortest tag cadence, and the open follow-up.
const TRACKED = `SELECT c.id, c.uuid, c.name, c.company, c.cadence_days AS cadenceDays, c.added_on AS addedOn,
    c.snoozed_until AS snoozedUntil, c.paused, c.resumed_on AS resumedOn, c.archived_at IS NOT NULL AS archived, c.tracked,
    l.id AS lastId, l.happened_on AS lastDate, l.channel AS lastChannel, l.note AS lastNote, l.direction AS lastDirection,
    (SELECT t.cadence_days || ' ' || t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
      WHERE ct.contact_id = c.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.key LIMIT 1) AS tagCadence,
    f.due_on AS followUpDate, f.note AS followUpNote, f.set_on AS followUpSetOn, f.after_interaction_id AS followUpAfterId
  FROM contacts c
  LEFT JOIN interactions l ON l.id =
    (SELECT i.id FROM interactions i WHERE i.contact_id = c.id AND i.happened_on <= @on
     ORDER BY i.happened_on DESC, i.id DESC LIMIT 1)
  LEFT JOIN follow_ups f ON f.id = (SELECT id FROM follow_ups WHERE contact_id = c.id AND done_at IS NULL ORDER BY id DESC LIMIT 1)`;

// How many conversations at each stage, and when, up to @on.
const HISTORY = `SELECT contact_id AS id,
    SUM(channel IN ('linkedin', 'inmail', 'email', 'text')) AS online,
    MIN(CASE WHEN channel IN ('linkedin', 'inmail', 'email', 'text') THEN happened_on END) AS onlineFirst,
    MAX(CASE WHEN channel IN ('linkedin', 'inmail', 'email', 'text') THEN happened_on END) AS onlineLast,
    SUM(channel IN ('phone', 'video')) AS voice,
    MIN(CASE WHEN channel IN ('phone', 'video') THEN happened_on END) AS voiceFirst,
    SUM(channel IN ('meeting', 'event')) AS inPerson,
    MIN(CASE WHEN channel IN ('meeting', 'event') THEN happened_on END) AS inPersonFirst
  FROM interactions WHERE happened_on <= @on`;

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
  tagCadence: string | null;
  followUpDate: string | null;
  followUpNote: string | null;
  followUpSetOn: string | null;
  followUpAfterId: number | null;
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

function toTracked(row: TrackedRow, h: HistoryRow | undefined): TrackedContact & { id: number } {
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

/** Every contact as it stood on `on`: `due --on` a past date sees the world as it was then. */
export function listTrackedContacts(db: Database, on: CalendarDate): Array<TrackedContact & { id: number }> {
  const histories = new Map((db.prepare(`${HISTORY} GROUP BY contact_id`).all({ on }) as HistoryRow[]).map((h) => [h.id, h]));
  return (db.prepare(TRACKED).all({ on }) as TrackedRow[]).map((row) => toTracked(row, histories.get(row.id)));
}

export function trackedContact(db: Database, contactId: number, on: CalendarDate): TrackedContact & { id: number } {
  const history = db.prepare(`${HISTORY} AND contact_id = @id`).get({ on, id: contactId }) as HistoryRow;
  return toTracked(db.prepare(`${TRACKED} WHERE c.id = @id`).get({ on, id: contactId }) as TrackedRow, history.id === null ? undefined : history);
}
