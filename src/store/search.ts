// The SQL of `netlog search`, over the FTS5 tables of migration 006.
//
// A prefix query ("longm"*) makes FTS5 merge the lists of every word with that start, each time
// a statement runs it: a query per contact or per note (rowid = ?) would pay that every time,
// so each step below is one statement over all the rows it needs. conversation_search's rowid is
// a key, contact << 32 | conversation id (migration 006).
import type { Database } from "better-sqlite3";
import type { Channel } from "../domain/channels.js";
import type { CalendarDate } from "../domain/dates.js";
import type { Direction } from "../domain/due.js";
import type { NotesHit, WordHits } from "../domain/search-rank.js";
import { fieldsWith } from "../domain/contact-fields.js";
import { MATCH_END, MATCH_START } from "../domain/search-query.js";
import { rawStatement } from "./statements.js";

/** contact_search's columns, in order: the table's searched fields, then the tags, then every email, phone and link. */
const SEARCHED = fieldsWith("search");
export const SEARCHED_FIELDS = [...SEARCHED.map((f) => f.column), "tags", "addresses"] as const;
export type SearchedField = (typeof SEARCHED_FIELDS)[number];
/** How much a word found in each column counts. */
const WEIGHTS: Record<SearchedField, number> = {
  ...(Object.fromEntries(SEARCHED.map((f) => [f.column, f.search.weight])) as Record<SearchedField, number>),
  tags: 4,
  addresses: 5,
};
const BM25 = `bm25(contact_search, ${SEARCHED_FIELDS.map((f) => WEIGHTS[f]).join(", ")})`;

/** Long texts are shown as a few words around the match. */
const SNIPPET_WORDS = 12;
const LONG_FIELDS: ReadonlySet<SearchedField> = new Set(SEARCHED.filter((f) => "long" in f.search && f.search.long).map((f) => f.column));

/**
 * What one FTS5 query (one word, see domain/search-query.ts) finds: contacts by their fields,
 * and each contact's conversations that hold it, counted from the keys (contact << 32 | id)
 * alone, so that a common word does not cost a lookup per note.
 */
export function wordHits(db: Database, query: string): WordHits {
  const fields = new Map<number, number>();
  for (const [id, score] of rawStatement(db, `SELECT rowid, ${BM25} FROM contact_search WHERE contact_search MATCH ?`).all(query) as Array<[number, number]>) {
    fields.set(id, score);
  }
  const notes = new Map<number, NotesHit>();
  const counted = rawStatement(db, `SELECT rowid >> 32, count(*), max(rowid & ${ID_MASK}) FROM conversation_search WHERE conversation_search MATCH ? GROUP BY rowid >> 32`).all(
    query,
  ) as Array<[number, number, number]>;
  for (const [contactId, count, latest] of counted) notes.set(contactId, { count, latest });
  return { fields, notes };
}

/** The low 32 bits of a conversation's key: its id. */
const ID_MASK = 4294967295;

export interface MatchingConversations {
  /** How many of the contact's conversations hold a word. */
  count: number;
  /** The ids of the latest few, newest first. */
  latest: number[];
}

/** For each of these contacts, its conversations whose notes hold `query` (any of the words). */
export function matchingConversations(db: Database, contactIds: readonly number[], query: string, latest: number): Map<number, MatchingConversations> {
  const matched = new Map<number, Set<number>>();
  // `+`: the contact is checked as FTS5 scans the matches once, rather than a scan per contact.
  // Read one at a time: a common word matches every conversation, 300,000 rows for some.
  const rows = rawStatement(
    db,
    `SELECT rowid >> 32, rowid & ${ID_MASK} FROM conversation_search
     WHERE conversation_search MATCH @query AND +(rowid >> 32) IN (SELECT value FROM json_each(@contacts))`,
  ).iterate({ query, contacts: JSON.stringify(contactIds) }) as IterableIterator<[number, number]>;
  for (const [contactId, id] of rows) {
    const ids = matched.get(contactId);
    if (ids) ids.add(id);
    else matched.set(contactId, new Set([id]));
  }
  // The newest first, by date: a walk down the contact's conversations stops at the first few that match.
  const newestFirst = rawStatement(db, "SELECT id FROM conversations WHERE contact_id = ? ORDER BY happened_on DESC, id DESC");
  const found = new Map<number, MatchingConversations>();
  for (const [contactId, ids] of matched) {
    const picked: number[] = [];
    for (const [id] of newestFirst.iterate(contactId) as IterableIterator<[number]>) {
      if (ids.has(id)) picked.push(id);
      if (picked.length === latest) break;
    }
    found.set(contactId, { count: ids.size, latest: picked });
  }
  return found;
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
      `SELECT rowid & ${ID_MASK}, snippet(conversation_search, 0, @start, @end, '…', ${SNIPPET_WORDS}) FROM conversation_search
       WHERE conversation_search MATCH @query AND +(rowid & ${ID_MASK}) IN (SELECT value FROM json_each(@ids))`,
    ).all({ query, ids: list, start: MATCH_START, end: MATCH_END }) as Array<[number, string]>,
  );
  const found = new Map<number, FoundNote>();
  const rows = rawStatement(db, "SELECT id, uuid, happened_on, channel, direction, note FROM conversations WHERE id IN (SELECT value FROM json_each(?))").all(list) as Array<
    [number, string, string, Channel, Direction, string]
  >;
  for (const [id, uuid, date, channel, direction, note] of rows) found.set(id, { uuid, date, channel, direction, note, marked: snippets.get(id) ?? note });
  return found;
}
