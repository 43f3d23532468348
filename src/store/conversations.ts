import { randomUUID } from "./random.js";
import type { Database } from "better-sqlite3";
import type { Channel } from "../domain/channels.js";
import type { CalendarDate } from "../domain/dates.js";
import type { Direction, Dismissed, Conversation, TrackedContact } from "../domain/due.js";
import { channelsOf, NO_HISTORY, type Stage } from "../domain/stage.js";
import { namedColumns, rawStatement, statement } from "./statements.js";
import { withPlansAndJobs } from "./morning-extras.js";

export interface ConversationRecord extends Conversation {
  uuid: string;
  createdAt: string;
}

export function insertConversation(
  db: Database,
  contactId: number,
  fields: { date: CalendarDate; channel: Channel; note: string | null; direction: Direction },
  logged: { now: string; today: CalendarDate },
): ConversationRecord {
  const uuid = randomUUID();
  const { lastInsertRowid } = statement(
    db,
    "INSERT INTO conversations (uuid, contact_id, happened_on, channel, note, direction, created_at, logged_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  ).run(uuid, contactId, fields.date, fields.channel, fields.note, fields.direction, logged.now, logged.today);
  statement(db, "UPDATE contacts SET updated_at = ? WHERE id = ?").run(logged.now, contactId);
  return { id: Number(lastInsertRowid), uuid, ...fields, loggedOn: logged.today, createdAt: logged.now };
}

/** Newest first; the same day is ordered by when it was logged. */
export function listConversations(db: Database, contactId: number): ConversationRecord[] {
  return db
    .prepare(
      `SELECT id, uuid, happened_on AS date, channel, note, direction, created_at AS createdAt FROM conversations
       WHERE contact_id = ? ORDER BY happened_on DESC, id DESC`,
    )
    .all(contactId) as ConversationRecord[];
}

/**
 * Of the open follow-up `f`: the day of the first conversation after the promise in which you
 * spoke (sent or two-way), or NULL. Read only for contacts with one: an index seek each.
 */
export const FULFILLED_ON = `CASE WHEN f.id IS NULL THEN NULL ELSE (SELECT min(fi.happened_on) FROM conversations fi
    WHERE fi.contact_id = f.contact_id AND fi.direction <> 'received'
      AND (fi.happened_on > f.set_on OR (fi.happened_on = f.set_on AND fi.id > f.after_conversation_id))) END`;

// One row per contact: the contact, its conversation summary and latest conversation
// (contact_history, kept by triggers), the tag with the shortest cadence, and the open follow-up.
const TRACKED_COLUMNS = namedColumns<TrackedRow>({
  id: "c.id",
  uuid: "c.uuid",
  name: "c.name",
  company: "c.company",
  cadenceDays: "c.cadence_days",
  addedOn: "c.added_on",
  snoozedUntil: "c.snoozed_until",
  paused: "c.paused",
  resumedOn: "c.resumed_on",
  archived: "c.archived_at IS NOT NULL",
  tracked: "c.tracked",
  lastId: "h.last_id",
  lastOn: "h.last_on",
  lastChannel: "h.last_channel",
  lastNote: "h.last_note",
  lastDirection: "h.last_direction",
  onlineCount: "h.online_count",
  onlineFirst: "h.online_first",
  onlineLast: "h.online_last",
  voiceCount: "h.voice_count",
  voiceFirst: "h.voice_first",
  inPersonCount: "h.in_person_count",
  inPersonFirst: "h.in_person_first",
  tagCadenceDays: "tc.cadence_days",
  cadenceTag: "tc.name",
  followUpOn: "f.due_on",
  followUpNote: "f.note",
  followUpSetOn: "f.set_on",
  followUpAfterId: "f.after_conversation_id",
  followUpFulfilledOn: FULFILLED_ON,
  // [[reason, day], ...] as JSON, or null: values travel as data, never glued into one string.
  dismissals: "(SELECT json_group_array(json_array(d.reason, d.dismissed_on)) FROM dismissals d WHERE d.contact_id = c.id HAVING count(*) > 0)",
});

const TRACKED = `SELECT ${TRACKED_COLUMNS.select}
  FROM contacts c
  LEFT JOIN contact_history h ON h.contact_id = c.id
  -- the tag with the shortest cadence, then by name: one lookup, read as two columns
  LEFT JOIN tags tc ON tc.id = (SELECT t.id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
    WHERE ct.contact_id = c.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.key LIMIT 1)
  LEFT JOIN follow_ups f ON f.id = (SELECT id FROM follow_ups WHERE contact_id = c.id AND done_at IS NULL ORDER BY id DESC LIMIT 1)`;

/** A row of TRACKED: null in the columns of a join that found nothing. */
interface TrackedRow {
  id: number;
  uuid: string;
  name: string;
  company: string | null;
  cadenceDays: number | null;
  addedOn: CalendarDate;
  snoozedUntil: CalendarDate | null;
  paused: number;
  resumedOn: CalendarDate | null;
  archived: number;
  tracked: number;
  lastId: number | null;
  lastOn: CalendarDate | null;
  lastChannel: Channel | null;
  lastNote: string | null;
  lastDirection: Direction | null;
  onlineCount: number | null;
  onlineFirst: CalendarDate | null;
  onlineLast: CalendarDate | null;
  voiceCount: number | null;
  voiceFirst: CalendarDate | null;
  inPersonCount: number | null;
  inPersonFirst: CalendarDate | null;
  /** Of the tag with the shortest cadence (tc): its days and its name. */
  tagCadenceDays: number | null;
  cadenceTag: string | null;
  followUpOn: CalendarDate | null;
  followUpNote: string | null;
  followUpSetOn: CalendarDate | null;
  followUpAfterId: number | null;
  followUpFulfilledOn: CalendarDate | null;
  /** `reason day` pairs, comma-separated. */
  dismissals: string | null;
}

function toTracked(r: TrackedRow): TrackedContact & { id: number } {
  return {
    id: r.id,
    uuid: r.uuid,
    name: r.name,
    company: r.company,
    cadenceDays: r.cadenceDays,
    tagCadence: r.tagCadenceDays === null ? null : { days: r.tagCadenceDays, tag: r.cadenceTag! },
    addedOn: r.addedOn,
    snoozedUntil: r.snoozedUntil,
    paused: r.paused === 1,
    resumedOn: r.resumedOn,
    archived: r.archived === 1,
    tracked: r.tracked === 1,
    lastContact: r.lastOn === null ? null : { id: r.lastId!, date: r.lastOn, channel: r.lastChannel!, note: r.lastNote, direction: r.lastDirection! },
    history:
      r.onlineCount === null
        ? NO_HISTORY
        : {
            online: { count: r.onlineCount, first: r.onlineFirst, last: r.onlineLast },
            voice: { count: r.voiceCount!, first: r.voiceFirst },
            inPerson: { count: r.inPersonCount!, first: r.inPersonFirst },
          },
    followUp: r.followUpOn === null ? null : { date: r.followUpOn, note: r.followUpNote, setOn: r.followUpSetOn!, afterId: r.followUpAfterId!, fulfilledOn: r.followUpFulfilledOn },
    ...(r.dismissals === null ? {} : { dismissed: dismissedOf(r.dismissals) }),
  };
}

/** The latest dismissal of each kind, from `reason day` pairs (one lookup per contact, usually none). */
function dismissedOf(json: string): Dismissed {
  const dismissed: { repliesOn: string | null; cadenceOn: string | null; suggestions: Array<"suggest_call" | "suggest_meeting">; jobChangeOn: string | null } = {
    repliesOn: null,
    cadenceOn: null,
    suggestions: [],
    jobChangeOn: null,
  };
  const later = (a: string | null, b: string) => (a === null || b > a ? b : a);
  for (const [reason, day] of JSON.parse(json) as Array<[string, string]>) {
    if (reason === "no_reply") dismissed.repliesOn = later(dismissed.repliesOn, day);
    else if (reason === "cadence" || reason === "never_contacted") dismissed.cadenceOn = later(dismissed.cadenceOn, day);
    else if ((reason === "suggest_call" || reason === "suggest_meeting") && !dismissed.suggestions.includes(reason)) dismissed.suggestions.push(reason);
    else if (reason === "job_change") dismissed.jobChangeOn = later(dismissed.jobChangeOn, day);
  }
  return dismissed;
}

// `due --on` a past date sees each contact as it stood that day: for one who has spoken since,
// its latest conversation and stage counts are looked up as of @on.
const LAST_AS_OF = `SELECT id, happened_on AS date, channel, note, direction FROM conversations
  WHERE contact_id = @id AND happened_on <= @on ORDER BY happened_on DESC, id DESC LIMIT 1`;
const inStage = (stage: Stage) =>
  `channel IN (${channelsOf(stage)
    .map((c) => `'${c}'`)
    .join(", ")})`;
const HISTORY_AS_OF = `SELECT count(*) AS count,
    SUM(${inStage("online")}) AS onlineCount, MIN(CASE WHEN ${inStage("online")} THEN happened_on END) AS onlineFirst,
    MAX(CASE WHEN ${inStage("online")} THEN happened_on END) AS onlineLast,
    SUM(${inStage("voice")}) AS voiceCount, MIN(CASE WHEN ${inStage("voice")} THEN happened_on END) AS voiceFirst,
    SUM(${inStage("in_person")}) AS inPersonCount, MIN(CASE WHEN ${inStage("in_person")} THEN happened_on END) AS inPersonFirst
  FROM conversations WHERE contact_id = @id AND happened_on <= @on`;

/** A row of HISTORY_AS_OF: the sums and days are null when `count` is 0. */
interface HistoryRow {
  count: number;
  onlineCount: number;
  onlineFirst: CalendarDate | null;
  onlineLast: CalendarDate | null;
  voiceCount: number;
  voiceFirst: CalendarDate | null;
  inPersonCount: number;
  inPersonFirst: CalendarDate | null;
}

function asOf(db: Database, contact: TrackedContact & { id: number }, on: CalendarDate): TrackedContact & { id: number } {
  if (contact.lastContact === null || contact.lastContact.date <= on) return contact;
  const params = { id: contact.id, on };
  const last = statement(db, LAST_AS_OF).get(params) as Conversation | undefined;
  const h = statement(db, HISTORY_AS_OF).get(params) as HistoryRow;
  return {
    ...contact,
    lastContact: last ?? null,
    history:
      h.count === 0
        ? NO_HISTORY
        : {
            online: { count: h.onlineCount, first: h.onlineFirst, last: h.onlineLast },
            voice: { count: h.voiceCount, first: h.voiceFirst },
            inPerson: { count: h.inPersonCount, first: h.inPersonFirst },
          },
  };
}

// For a contact whose latest conversation is a message you sent: the day it was logged, and who
// spoke in the two conversations before it (a second unanswered message stops the chasing, and
// `add` says so when it is exactly the second).
const SENT_DETAILS = `SELECT (SELECT logged_on FROM conversations WHERE id = @last) AS loggedOn,
    (SELECT group_concat(direction, ' ') FROM (SELECT direction FROM conversations
      WHERE contact_id = @id AND (happened_on, id) < (@on, @last) ORDER BY happened_on DESC, id DESC LIMIT 2)) AS before`;

function withSentDetails(db: Database, contact: TrackedContact & { id: number }): TrackedContact & { id: number } {
  const last = contact.lastContact!;
  const { loggedOn, before } = statement(db, SENT_DETAILS).get({ id: contact.id, last: last.id, on: last.date }) as { loggedOn: CalendarDate | null; before: string | null };
  const earlier = before === null ? [] : before.split(" ");
  const answered = earlier.findIndex((direction) => direction !== "sent");
  return { ...contact, lastContact: { ...last, loggedOn }, sentInARow: 1 + (answered === -1 ? earlier.length : answered) };
}

// A promise comes due even for a connection that is not on a cadence (domain/due.ts).
const HAS_OPEN_FOLLOW_UP = "EXISTS (SELECT 1 FROM follow_ups o WHERE o.contact_id = c.id AND o.done_at IS NULL)";

/**
 * Every contact as it stood on `on`. `onlyTracked` leaves out archived contacts, and
 * connections that are not tracked and owe no follow-up: they can never be due. Rows are read
 * one at a time, so the rows of 30,000 contacts never sit in memory together.
 *
 * Whether a reply is still chased needs two more facts of a sent message (withSentDetails). They
 * are read only for messages sent on or after `sentSince` (an older one is past chasing whatever
 * they say), so that a LinkedIn history of thousands of unanswered messages costs no lookups.
 */
export function listTrackedContacts(
  db: Database,
  on: CalendarDate,
  options: { onlyTracked?: boolean; sentSince?: CalendarDate; onlyQueued?: boolean } = {},
): Array<TrackedContact & { id: number }> {
  const conditions = [
    ...(options.onlyTracked ? [`c.archived_at IS NULL AND (c.tracked = 1 OR ${HAS_OPEN_FOLLOW_UP})`] : []),
    // Those whose schedules a write queued (store/schedules.ts).
    ...(options.onlyQueued ? ["c.id IN (SELECT contact_id FROM schedule_pending)"] : []),
  ];
  const where = conditions.length === 0 ? "" : ` WHERE ${conditions.join(" AND ")}`;
  const contacts: Array<TrackedContact & { id: number }> = [];
  const later: number[] = [];
  for (const values of db
    .prepare(TRACKED + where)
    .raw(true)
    .iterate() as IterableIterator<unknown[]>) {
    const contact = toTracked(TRACKED_COLUMNS.read(values));
    if (contact.lastContact !== null && contact.lastContact.date > on) later.push(contacts.length);
    contacts.push(contact);
  }
  // Looked up after the scan: better-sqlite3 allows no other statement on the connection while iterating.
  for (const index of later) contacts[index] = asOf(db, contacts[index]!, on);
  const since = options.sentSince ?? "";
  for (const [index, contact] of contacts.entries()) {
    if (contact.lastContact?.direction === "sent" && contact.lastContact.date >= since) contacts[index] = withSentDetails(db, contact);
  }
  return withPlansAndJobs(db, contacts, on);
}

export function trackedContact(db: Database, contactId: number, on: CalendarDate): TrackedContact & { id: number } {
  // trackedContacts' statement, which the write's schedule refresh has prepared already: the
  // query is long, and preparing it a second time cost an add 0.1 ms.
  const [contact] = trackedContacts(db, [contactId], on);
  return contact!;
}

/**
 * The contacts of `ids` as they stood on `on`, as listTrackedContacts reads them (an id not found
 * is left out), `sentSince` included.
 */
export function trackedContacts(db: Database, ids: readonly number[], on: CalendarDate, options: { sentSince?: CalendarDate } = {}): Array<TrackedContact & { id: number }> {
  const rows = rawStatement(db, `${TRACKED} WHERE c.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as unknown[][];
  const since = options.sentSince ?? "";
  const contacts = rows.map((values) => {
    const contact = asOf(db, toTracked(TRACKED_COLUMNS.read(values)), on);
    return contact.lastContact?.direction === "sent" && contact.lastContact.date >= since ? withSentDetails(db, contact) : contact;
  });
  return withPlansAndJobs(db, contacts, on);
}

/** Whether any contact is on the lists (not archived), tracked or not: the first one found answers. */
export function hasListedContacts(db: Database): boolean {
  return db.prepare("SELECT EXISTS (SELECT 1 FROM contacts WHERE archived_at IS NULL)").pluck().get() === 1;
}
