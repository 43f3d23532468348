import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3";
import type { Channel } from "../domain/channels.js";
import type { CalendarDate } from "../domain/dates.js";
import type { Direction, Dismissed, Touch, TrackedContact } from "../domain/due.js";
import { channelsOf, NO_HISTORY, type Stage } from "../domain/stage.js";
import { rawStatement, statement } from "./statements.js";

export interface Interaction extends Touch {
  uuid: string;
  createdAt: string;
}

export function insertInteraction(
  db: Database,
  contactId: number,
  touch: { date: CalendarDate; channel: Channel; note: string | null; direction: Direction },
  logged: { now: string; today: CalendarDate },
): Interaction {
  const uuid = randomUUID();
  const { lastInsertRowid } = statement(
    db,
    "INSERT INTO interactions (uuid, contact_id, happened_on, channel, note, direction, created_at, logged_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  ).run(uuid, contactId, touch.date, touch.channel, touch.note, touch.direction, logged.now, logged.today);
  statement(db, "UPDATE contacts SET updated_at = ? WHERE id = ?").run(logged.now, contactId);
  return { id: Number(lastInsertRowid), uuid, ...touch, loggedOn: logged.today, createdAt: logged.now };
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

/**
 * Of the open follow-up `f`: the day of the first conversation after the promise in which you
 * spoke (sent or two-way), or NULL. Read only for contacts with one: an index seek each.
 */
export const FULFILLED_ON = `CASE WHEN f.id IS NULL THEN NULL ELSE (SELECT min(fi.happened_on) FROM interactions fi
    WHERE fi.contact_id = f.contact_id AND fi.direction <> 'received'
      AND (fi.happened_on > f.set_on OR (fi.happened_on = f.set_on AND fi.id > f.after_interaction_id))) END`;

// One row per contact: the contact, its conversation summary and latest conversation
// (contact_history, kept by triggers), the shortest tag cadence, and the open follow-up. Columns
// are read by position (see toTracked): named row objects cost more than the query.
const TRACKED = `SELECT c.id, c.uuid, c.name, c.company, c.cadence_days, c.added_on, c.snoozed_until, c.paused, c.resumed_on,
    c.archived_at IS NOT NULL, c.tracked,
    h.last_id, h.last_on, h.last_channel, h.last_note, h.last_direction,
    h.online_count, h.online_first, h.online_last, h.voice_count, h.voice_first, h.in_person_count, h.in_person_first,
    (SELECT t.cadence_days || ' ' || t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
      WHERE ct.contact_id = c.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.key LIMIT 1),
    f.due_on, f.note, f.set_on, f.after_interaction_id, ${FULFILLED_ON},
    (SELECT group_concat(d.reason || ' ' || d.dismissed_on) FROM dismissals d WHERE d.contact_id = c.id)
  FROM contacts c
  LEFT JOIN contact_history h ON h.contact_id = c.id
  LEFT JOIN follow_ups f ON f.id = (SELECT id FROM follow_ups WHERE contact_id = c.id AND done_at IS NULL ORDER BY id DESC LIMIT 1)`;

type Row = unknown[];
const str = (value: unknown) => value as string;
const strOrNull = (value: unknown) => value as string | null;
const num = (value: unknown) => value as number;

function toTracked(r: Row): TrackedContact & { id: number } {
  const tagCadence = strOrNull(r[23]);
  const space = tagCadence?.indexOf(" ") ?? -1;
  return {
    id: num(r[0]),
    uuid: str(r[1]),
    name: str(r[2]),
    company: strOrNull(r[3]),
    cadenceDays: r[4] as number | null,
    tagCadence: tagCadence === null ? null : { days: Number(tagCadence.slice(0, space)), tag: tagCadence.slice(space + 1) },
    addedOn: str(r[5]),
    snoozedUntil: strOrNull(r[6]),
    paused: r[7] === 1,
    resumedOn: strOrNull(r[8]),
    archived: r[9] === 1,
    tracked: r[10] === 1,
    lastContact: r[12] === null ? null : { id: num(r[11]), date: str(r[12]), channel: r[13] as Channel, note: strOrNull(r[14]), direction: r[15] as Direction },
    history:
      r[16] === null
        ? NO_HISTORY
        : {
            online: { count: num(r[16]), first: strOrNull(r[17]), last: strOrNull(r[18]) },
            voice: { count: num(r[19]), first: strOrNull(r[20]) },
            inPerson: { count: num(r[21]), first: strOrNull(r[22]) },
          },
    followUp: r[24] === null ? null : { date: str(r[24]), note: strOrNull(r[25]), setOn: str(r[26]), afterId: num(r[27]), fulfilledOn: strOrNull(r[28]) },
    ...(r[29] === null ? {} : { dismissed: dismissedOf(str(r[29])) }),
  };
}

/** The latest dismissal of each kind, from `reason day` pairs (one lookup per contact, usually none). */
function dismissedOf(pairs: string): Dismissed {
  const dismissed: { repliesOn: string | null; cadenceOn: string | null; suggestions: Array<"suggest_call" | "suggest_meeting"> } = { repliesOn: null, cadenceOn: null, suggestions: [] };
  const later = (a: string | null, b: string) => (a === null || b > a ? b : a);
  for (const pair of pairs.split(",")) {
    const [reason, day] = pair.split(" ") as [string, string];
    if (reason === "no_reply") dismissed.repliesOn = later(dismissed.repliesOn, day);
    else if (reason === "cadence" || reason === "never_contacted") dismissed.cadenceOn = later(dismissed.cadenceOn, day);
    else if ((reason === "suggest_call" || reason === "suggest_meeting") && !dismissed.suggestions.includes(reason)) dismissed.suggestions.push(reason);
  }
  return dismissed;
}

// `due --on` a past date sees each contact as it stood that day: for one who has spoken since,
// its latest conversation and stage counts are looked up as of @on.
const LAST_AS_OF = `SELECT id, happened_on, channel, note, direction FROM interactions
  WHERE contact_id = @id AND happened_on <= @on ORDER BY happened_on DESC, id DESC LIMIT 1`;
const inStage = (stage: Stage) => `channel IN (${channelsOf(stage).map((c) => `'${c}'`).join(", ")})`;
const HISTORY_AS_OF = `SELECT count(*),
    SUM(${inStage("online")}), MIN(CASE WHEN ${inStage("online")} THEN happened_on END), MAX(CASE WHEN ${inStage("online")} THEN happened_on END),
    SUM(${inStage("voice")}), MIN(CASE WHEN ${inStage("voice")} THEN happened_on END),
    SUM(${inStage("in_person")}), MIN(CASE WHEN ${inStage("in_person")} THEN happened_on END)
  FROM interactions WHERE contact_id = @id AND happened_on <= @on`;

function asOf(db: Database, contact: TrackedContact & { id: number }, on: CalendarDate): TrackedContact & { id: number } {
  if (contact.lastContact === null || contact.lastContact.date <= on) return contact;
  const params = { id: contact.id, on };
  const last = rawStatement(db, LAST_AS_OF).get(params) as Row | undefined;
  const h = rawStatement(db, HISTORY_AS_OF).get(params) as Row;
  return {
    ...contact,
    lastContact: last === undefined ? null : { id: num(last[0]), date: str(last[1]), channel: last[2] as Channel, note: strOrNull(last[3]), direction: last[4] as Direction },
    history:
      h[0] === 0
        ? NO_HISTORY
        : {
            online: { count: num(h[1]), first: strOrNull(h[2]), last: strOrNull(h[3]) },
            voice: { count: num(h[4]), first: strOrNull(h[5]) },
            inPerson: { count: num(h[6]), first: strOrNull(h[7]) },
          },
  };
}

// For a contact whose latest conversation is a message you sent: the day it was logged, and who
// spoke in the two conversations before it (a second unanswered message stops the chasing, and
// `add` says so when it is exactly the second).
const SENT_DETAILS = `SELECT (SELECT logged_on FROM interactions WHERE id = @last),
    (SELECT group_concat(direction, ' ') FROM (SELECT direction FROM interactions
      WHERE contact_id = @id AND (happened_on, id) < (@on, @last) ORDER BY happened_on DESC, id DESC LIMIT 2))`;

function withSentDetails(db: Database, contact: TrackedContact & { id: number }): TrackedContact & { id: number } {
  const last = contact.lastContact!;
  const [loggedOn, before] = rawStatement(db, SENT_DETAILS).get({ id: contact.id, last: last.id, on: last.date }) as [string | null, string | null];
  const earlier = before === null ? [] : before.split(" ");
  const answered = earlier.findIndex((direction) => direction !== "sent");
  return { ...contact, lastContact: { ...last, loggedOn }, sentInARow: 1 + (answered === -1 ? earlier.length : answered) };
}

// A promise comes due even for a connection that is not on a cadence (domain/due.ts).
const HAS_OPEN_FOLLOW_UP = "EXISTS (SELECT 1 FROM follow_ups o WHERE o.contact_id = c.id AND o.done_at IS NULL)";

/**
 * Every contact as it stood on `on`. `onlyTracked` leaves out archived contacts, and
 * connections that are not tracked and owe no follow-up: they can never be due. Rows are read
 * one at a time, so the raw rows of 30,000 contacts never sit in memory together.
 *
 * Whether a reply is still chased needs two more facts of a sent message (withSentDetails). They
 * are read only for messages sent on or after `sentSince` (an older one is past chasing whatever
 * they say), so that a LinkedIn history of thousands of unanswered messages costs no lookups.
 */
export function listTrackedContacts(
  db: Database,
  on: CalendarDate,
  options: { onlyTracked?: boolean; sentSince?: CalendarDate } = {},
): Array<TrackedContact & { id: number }> {
  const where = options.onlyTracked ? ` WHERE c.archived_at IS NULL AND (c.tracked = 1 OR ${HAS_OPEN_FOLLOW_UP})` : "";
  const contacts: Array<TrackedContact & { id: number }> = [];
  const later: number[] = [];
  for (const row of db.prepare(TRACKED + where).raw(true).iterate() as IterableIterator<Row>) {
    const contact = toTracked(row);
    if (contact.lastContact !== null && contact.lastContact.date > on) later.push(contacts.length);
    contacts.push(contact);
  }
  // Looked up after the scan: better-sqlite3 allows no other statement on the connection while iterating.
  for (const index of later) contacts[index] = asOf(db, contacts[index]!, on);
  const since = options.sentSince ?? "";
  for (const [index, contact] of contacts.entries()) {
    if (contact.lastContact?.direction === "sent" && contact.lastContact.date >= since) contacts[index] = withSentDetails(db, contact);
  }
  return contacts;
}

export function trackedContact(db: Database, contactId: number, on: CalendarDate): TrackedContact & { id: number } {
  const row = rawStatement(db, `${TRACKED} WHERE c.id = ?`).get(contactId) as Row;
  const contact = asOf(db, toTracked(row), on);
  return contact.lastContact?.direction === "sent" ? withSentDetails(db, contact) : contact;
}

/** Contacts on the lists (not archived), tracked or not. */
export function countListedContacts(db: Database): number {
  return db.prepare("SELECT count(*) FROM contacts WHERE archived_at IS NULL").pluck().get() as number;
}
