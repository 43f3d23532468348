import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3";
import type { Channel } from "../domain/channels.js";
import type { CalendarDate } from "../domain/dates.js";
import type { Touch, TrackedContact } from "../domain/due.js";

export interface Interaction extends Touch {
  id: number;
  uuid: string;
  createdAt: string;
}

export function insertInteraction(
  db: Database,
  contactId: number,
  touch: { date: CalendarDate; channel: Channel; note: string | null },
  now: string,
): Interaction {
  const uuid = randomUUID();
  const { lastInsertRowid } = db
    .prepare("INSERT INTO interactions (uuid, contact_id, happened_on, channel, note, created_at) VALUES (?, ?, ?, ?, ?, ?)")
    .run(uuid, contactId, touch.date, touch.channel, touch.note, now);
  db.prepare("UPDATE contacts SET updated_at = ? WHERE id = ?").run(now, contactId);
  return { id: Number(lastInsertRowid), uuid, ...touch, createdAt: now };
}

/** Newest first; the same day is ordered by when it was logged. */
export function listInteractions(db: Database, contactId: number): Interaction[] {
  return db
    .prepare(
      `SELECT id, uuid, happened_on AS date, channel, note, created_at AS createdAt FROM interactions
       WHERE contact_id = ? ORDER BY happened_on DESC, id DESC`,
    )
    .all(contactId) as Interaction[];
}

// The latest interaction on or before @on, found by one seek on interactions_by_contact_date.
const TRACKED = `SELECT c.uuid, c.name, c.company, c.cadence_days AS cadenceDays, c.added_on AS addedOn,
    l.happened_on AS lastDate, l.channel AS lastChannel, l.note AS lastNote
  FROM contacts c LEFT JOIN interactions l ON l.id =
    (SELECT i.id FROM interactions i WHERE i.contact_id = c.id AND i.happened_on <= @on
     ORDER BY i.happened_on DESC, i.id DESC LIMIT 1)`;

type TrackedRow = Omit<TrackedContact, "lastContact"> & { lastDate: string | null; lastChannel: Channel | null; lastNote: string | null };

function toTracked({ lastDate, lastChannel, lastNote, ...c }: TrackedRow): TrackedContact {
  return { ...c, lastContact: lastDate === null ? null : { date: lastDate, channel: lastChannel!, note: lastNote } };
}

/** Every contact as it stood on `on`: `due --on` a past date sees the world as it was then. */
export function listTrackedContacts(db: Database, on: CalendarDate): TrackedContact[] {
  return (db.prepare(TRACKED).all({ on }) as TrackedRow[]).map(toTracked);
}

export function trackedContact(db: Database, contactId: number, on: CalendarDate): TrackedContact {
  return toTracked(db.prepare(`${TRACKED} WHERE c.id = @id`).get({ on, id: contactId }) as TrackedRow);
}
