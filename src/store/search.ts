// The SQL of `netlog search`, over the FTS5 tables of migration 006.
//
// A prefix query ("longm"*) makes FTS5 merge the lists of every word with that start, each time
// a statement runs it: a query per contact or per note (rowid = ?) would pay that every time,
// so each step below is one statement over all the rows it needs.
import type { Database } from "better-sqlite3";
import type { Channel } from "../domain/channels.js";
import type { CalendarDate } from "../domain/dates.js";
import type { Direction } from "../domain/due.js";
import type { NotesHit, WordHits } from "../domain/search-rank.js";
import { MATCH_END, MATCH_START } from "../domain/search-query.js";
import { rawStatement } from "./statements.js";

/** contact_search's columns, in order, and how much a word found in each counts. */
export const SEARCHED_FIELDS = ["name", "company", "title", "location", "met", "notes", "tags"] as const;
export type SearchedField = (typeof SEARCHED_FIELDS)[number];
const WEIGHTS: Record<SearchedField, number> = { name: 10, company: 6, title: 3, location: 3, met: 1, notes: 1, tags: 4 };
const BM25 = `bm25(contact_search, ${SEARCHED_FIELDS.map((f) => WEIGHTS[f]).join(", ")})`;

/** Long texts are shown as a few words around the match. */
const SNIPPET_WORDS = 12;
const LONG_FIELDS: ReadonlySet<SearchedField> = new Set(["notes"]);

/**
 * What one FTS5 query (one word, see domain/search-query.ts) finds: contacts by their fields,
 * and, counted in SQL so that a common word does not bring 100,000 rows into JavaScript, each
 * contact's conversations that hold it.
 */
export function wordHits(db: Database, query: string): WordHits {
  const fields = new Map<number, number>();
  for (const [id, score] of rawStatement(db, `SELECT rowid, ${BM25} FROM contact_search WHERE contact_search MATCH ?`).all(query) as Array<[number, number]>) {
    fields.set(id, score);
  }
  const notes = new Map<number, NotesHit>();
  // CROSS JOIN keeps the full-text scan outside: one merge of the prefix, not one per conversation.
  const counted = rawStatement(
    db,
    `SELECT i.contact_id, count(*), max(i.happened_on) FROM conversation_search CROSS JOIN interactions i ON i.id = conversation_search.rowid
     WHERE conversation_search MATCH ? GROUP BY i.contact_id`,
  ).all(query) as Array<[number, number, string]>;
  for (const [contactId, count, latest] of counted) notes.set(contactId, { count, latest });
  return { fields, notes };
}

/** The conversations of these contacts whose notes hold `query` (any of the words), newest first. */
export function matchingConversations(db: Database, contactIds: readonly number[], query: string): Array<{ id: number; contactId: number }> {
  // `+i.id`: read these contacts' conversations by their index and look each up among the
  // matches, rather than every match up among the conversations.
  const rows = rawStatement(
    db,
    `SELECT i.id, i.contact_id FROM interactions i
     WHERE i.contact_id IN (SELECT value FROM json_each(@contacts)) AND +i.id IN (SELECT rowid FROM conversation_search WHERE conversation_search MATCH @query)
     ORDER BY i.contact_id, i.happened_on DESC, i.id DESC`,
  ).all({ contacts: JSON.stringify(contactIds), query }) as Array<[number, number]>;
  return rows.map(([id, contactId]) => ({ id, contactId }));
}

export interface FoundContact {
  id: number;
  uuid: string;
  name: string;
  company: string | null;
  archived: boolean;
  /** Each searched field that holds a word: its stored text, and FTS5's marked-up copy of it. */
  fields: Array<{ field: SearchedField; stored: string; marked: string }>;
}

/** These contacts, by id, with their fields as `query` (any of the words) marks them. */
export function foundContacts(db: Database, ids: readonly number[], query: string): Map<number, FoundContact> {
  const list = JSON.stringify(ids);
  const found = new Map<number, FoundContact>();
  const basics = rawStatement(db, "SELECT id, uuid, name, company, archived_at IS NOT NULL FROM contacts WHERE id IN (SELECT value FROM json_each(?))").all(list) as Array<
    [number, string, string, string | null, number]
  >;
  for (const [id, uuid, name, company, archived] of basics) found.set(id, { id, uuid, name, company, archived: archived === 1, fields: [] });
  const marks = SEARCHED_FIELDS.map((field, i) =>
    LONG_FIELDS.has(field) ? `snippet(contact_search, ${i}, @start, @end, '…', ${SNIPPET_WORDS})` : `highlight(contact_search, ${i}, @start, @end)`,
  );
  // `+rowid`: filtered while the full-text scan runs once, rather than one scan per contact.
  const rows = rawStatement(
    db,
    `SELECT rowid, ${SEARCHED_FIELDS.join(", ")}, ${marks.join(", ")} FROM contact_search
     WHERE contact_search MATCH @query AND +rowid IN (SELECT value FROM json_each(@ids))`,
  ).all({ query, ids: list, start: MATCH_START, end: MATCH_END }) as Array<[number, ...Array<string | null>]>;
  for (const [id, ...values] of rows) {
    SEARCHED_FIELDS.forEach((field, i) => {
      const stored = values[i];
      const marked = values[i + SEARCHED_FIELDS.length];
      if (stored && marked?.includes(MATCH_START)) found.get(id)?.fields.push({ field, stored, marked });
    });
  }
  return found;
}

export interface FoundNote {
  uuid: string;
  date: CalendarDate;
  channel: Channel;
  direction: Direction;
  note: string;
  /** A few words around the match, marked up. */
  marked: string;
}

/** These conversations, by id, each with a few words of its note around the match. */
export function foundNotes(db: Database, ids: readonly number[], query: string): Map<number, FoundNote> {
  const list = JSON.stringify(ids);
  const snippets = new Map(
    rawStatement(
      db,
      `SELECT rowid, snippet(conversation_search, 0, @start, @end, '…', ${SNIPPET_WORDS}) FROM conversation_search
       WHERE conversation_search MATCH @query AND +rowid IN (SELECT value FROM json_each(@ids))`,
    ).all({ query, ids: list, start: MATCH_START, end: MATCH_END }) as Array<[number, string]>,
  );
  const found = new Map<number, FoundNote>();
  const rows = rawStatement(db, "SELECT id, uuid, happened_on, channel, direction, note FROM interactions WHERE id IN (SELECT value FROM json_each(?))").all(list) as Array<
    [number, string, string, Channel, Direction, string]
  >;
  for (const [id, uuid, date, channel, direction, note] of rows) found.set(id, { uuid, date, channel, direction, note, marked: snippets.get(id) ?? note });
  return found;
}
