// Brings the search index (migration 006) up to date with the changes its triggers recorded.
// Each step is one statement over every changed row: FTS5 flushes its pending data at the start
// of each statement of a transaction that writes to it, so row by row would write a segment per
// row. CROSS JOIN reads the few changed rows first: without statistics SQLite would rather scan
// every conversation.
import type { Database } from "better-sqlite3";
import { fieldsWith } from "../domain/contact-fields.js";

const TAGS_OF_C = `(SELECT group_concat(name, ', ') FROM (SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id ORDER BY t.key))`;

/** The table's searched fields: columns of contact_search by the same names (migration 006). */
const SEARCHED = fieldsWith("search").map((f) => f.column);

/** Every email, phone and link of the contact, the primary ones first (migration 012). */
const ADDRESSES_OF_C = `concat_ws(', ', c.email, c.phone, c.linkedin_url, (SELECT group_concat(value, ', ') FROM (SELECT value FROM contact_values v WHERE v.contact_id = c.id ORDER BY v.id)))`;

const CONTACTS = `
  DELETE FROM contact_search WHERE rowid IN (SELECT id FROM contact_search_pending);
  INSERT INTO contact_search (rowid, ${SEARCHED.join(", ")}, tags, addresses)
    SELECT c.id, ${SEARCHED.map((c) => `c.${c}`).join(", ")}, ${TAGS_OF_C}, nullif(${ADDRESSES_OF_C}, '')
    FROM contact_search_pending p CROSS JOIN contacts c ON c.id = p.id ORDER BY p.id;
  DELETE FROM contact_search_pending;`;

/** External content: FTS5 removes a note only when told the words it indexed. */
const CONVERSATIONS = `
  INSERT INTO conversation_search (conversation_search, rowid, note) SELECT 'delete', key, note FROM conversation_search_pending WHERE indexed = 1 ORDER BY key;
  INSERT INTO conversation_search (rowid, note)
    SELECT p.key, i.note FROM conversation_search_pending p CROSS JOIN conversations i ON i.id = p.key & 4294967295 AND i.contact_id = p.key >> 32
    ORDER BY p.key;
  DELETE FROM conversation_search_pending;`;

/** Whether the triggers recorded changes the index does not have yet. */
export function searchIndexBehind(db: Database): boolean {
  return db.prepare("SELECT EXISTS (SELECT 1 FROM contact_search_pending) OR EXISTS (SELECT 1 FROM conversation_search_pending)").pluck().get() === 1;
}

/** Applies the recorded changes. Call inside the write transaction that made them. */
export function updateSearchIndex(db: Database): void {
  if (searchIndexBehind(db)) db.exec(CONTACTS + CONVERSATIONS);
}

/**
 * Before a search: changes made outside netlog's commands (by hand, with sqlite3) are taken in.
 * Writes nothing, and so needs no write lock, when there are none.
 */
export function catchUpSearchIndex(db: Database): void {
  if (searchIndexBehind(db)) db.transaction(() => updateSearchIndex(db)).immediate();
}

/**
 * Builds the index again from every contact and conversation, for when all of them were just
 * replaced (restore): quicker than removing each old one and adding each new one.
 */
export function rebuildSearchIndex(db: Database): void {
  db.exec(`
    DELETE FROM contact_search_pending;
    INSERT INTO contact_search_pending (id) SELECT rowid FROM contact_search;
    INSERT OR IGNORE INTO contact_search_pending (id) SELECT id FROM contacts;
    ${CONTACTS}
    DELETE FROM conversation_search_pending;
    INSERT INTO conversation_search (conversation_search) VALUES ('delete-all');
    INSERT INTO conversation_search (rowid, note) SELECT key, note FROM conversation_search_source ORDER BY key;`);
}
