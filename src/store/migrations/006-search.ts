import type { Database } from "better-sqlite3";

// Case- and accent-insensitive words: `jose` finds José, `LONGMIRE` finds Longmire.
const TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'";

const CONTACT_COLUMNS = "name, company, title, location, met, notes";

/** A contact's tags as one text, `banking, spokane`, in the order contact show lists them. */
const TAGS_OF_C = `(SELECT group_concat(name, ', ') FROM (SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id ORDER BY t.key))`;

const queueContact = (id: string) => `INSERT OR IGNORE INTO contact_search_pending (id) VALUES (${id})`;
const queueContactsTagged = (tagId: string) => `INSERT OR IGNORE INTO contact_search_pending (id) SELECT contact_id FROM contact_tags WHERE tag_id = ${tagId}`;
/**
 * A conversation's key in conversation_search: its contact and its id in one integer, so that a
 * search counts each contact's matching conversations from the index alone (rowid >> 32), with
 * no lookup in interactions for each of the 100,000 notes a common word is in. Ids stay below
 * 2^32 (four billion conversations), and contact ids below 2^21 keep keys exact in JavaScript.
 */
const key = (row: "NEW" | "OLD") => `(${row}.contact_id * 4294967296 + ${row}.id)`;

/** The first change to a conversation since the index was last brought up to date tells what the index holds for it. */
const queueConversation = (row: "NEW" | "OLD", indexed: boolean) =>
  `INSERT OR IGNORE INTO conversation_search_pending (key, indexed, note) VALUES (${key(row)}, ${Number(indexed)}, ${indexed ? `${row}.note` : "NULL"})`;

/**
 * The full-text index of `netlog search`.
 *
 * contact_search holds its own copy of each contact's searchable text (the tags come from other
 * tables, so there is no one table it could point at); conversation_search points at
 * interactions' notes (external content, through a view that gives each its key), which are most
 * of the text, so they are not stored twice. Neither is a data table: FTS5 keeps them in shadow
 * tables, which tables.ts leaves out of the undo journal and restore.
 *
 * Triggers on every table the index reads record which contacts and conversations changed, and
 * store/search-index.ts brings the index up to date from that record in a few statements at the
 * end of each write (recordChange, undo, restore) and before a search. Writing to FTS5 from the
 * triggers themselves would make it flush its pending data at every statement of a transaction
 * (its xSavepoint), and an import of 30,000 contacts took 60% longer.
 */
export function up(db: Database): void {
  const changed = CONTACT_COLUMNS.split(", ")
    .map((c) => `OLD.${c} IS NOT NEW.${c}`)
    .join(" OR ");
  db.exec(`
    CREATE VIRTUAL TABLE contact_search USING fts5(${CONTACT_COLUMNS}, tags, ${TOKENIZE});
    -- FTS5 reads a note by its key (for snippets): the index on the same expression finds it.
    CREATE INDEX interactions_by_search_key ON interactions (contact_id * 4294967296 + id);
    -- netlog log without a name lists everyone's conversations newest first: read in this order,
    -- the latest 20 of 300,000 need no sort of them all.
    CREATE INDEX interactions_by_date ON interactions (happened_on, id);
    CREATE VIEW conversation_search_source AS SELECT contact_id * 4294967296 + id AS key, note FROM interactions;
    CREATE VIRTUAL TABLE conversation_search USING fts5(note, content = 'conversation_search_source', content_rowid = 'key', ${TOKENIZE});

    CREATE TABLE contact_search_pending (id INTEGER PRIMARY KEY) STRICT;
    -- indexed: whether the index holds the conversation under this key, and then with which note
    CREATE TABLE conversation_search_pending (key INTEGER PRIMARY KEY, indexed INTEGER NOT NULL, note TEXT) STRICT;

    CREATE TRIGGER contact_search_after_insert AFTER INSERT ON contacts BEGIN ${queueContact("NEW.id")}; END;
    -- An import writes every field of a contact it finds again: only a real change counts.
    CREATE TRIGGER contact_search_after_update AFTER UPDATE OF id, ${CONTACT_COLUMNS} ON contacts
      WHEN OLD.id IS NOT NEW.id OR ${changed} BEGIN
      ${queueContact("OLD.id")};
      ${queueContact("NEW.id")};
    END;
    CREATE TRIGGER contact_search_after_delete AFTER DELETE ON contacts BEGIN ${queueContact("OLD.id")}; END;
    CREATE TRIGGER contact_search_after_tag_link AFTER INSERT ON contact_tags BEGIN ${queueContact("NEW.contact_id")}; END;
    CREATE TRIGGER contact_search_after_tag_unlink AFTER DELETE ON contact_tags BEGIN ${queueContact("OLD.contact_id")}; END;
    CREATE TRIGGER contact_search_after_tag_move AFTER UPDATE ON contact_tags BEGIN
      ${queueContact("OLD.contact_id")};
      ${queueContact("NEW.contact_id")};
    END;
    -- Undo and restore may put a link back before its tag.
    CREATE TRIGGER contact_search_after_tag_insert AFTER INSERT ON tags BEGIN ${queueContactsTagged("NEW.id")}; END;
    CREATE TRIGGER contact_search_after_tag_rename AFTER UPDATE OF id, name ON tags WHEN OLD.id IS NOT NEW.id OR OLD.name IS NOT NEW.name BEGIN
      ${queueContactsTagged("OLD.id")};
      ${queueContactsTagged("NEW.id")};
    END;
    CREATE TRIGGER contact_search_after_tag_delete AFTER DELETE ON tags BEGIN ${queueContactsTagged("OLD.id")}; END;

    CREATE TRIGGER conversation_search_after_insert AFTER INSERT ON interactions BEGIN ${queueConversation("NEW", false)}; END;
    CREATE TRIGGER conversation_search_after_delete AFTER DELETE ON interactions BEGIN ${queueConversation("OLD", true)}; END;
    -- Moving a conversation to another contact changes its key.
    CREATE TRIGGER conversation_search_after_update AFTER UPDATE OF id, contact_id, note ON interactions
      WHEN OLD.id IS NOT NEW.id OR OLD.contact_id IS NOT NEW.contact_id OR OLD.note IS NOT NEW.note BEGIN
      ${queueConversation("OLD", true)};
      ${queueConversation("NEW", false)};
    END;

    INSERT INTO contact_search (rowid, ${CONTACT_COLUMNS}, tags) SELECT c.id, ${CONTACT_COLUMNS}, ${TAGS_OF_C} FROM contacts c;
    -- In key order, as FTS5 writes fastest ('rebuild' would read them in the order of ids).
    INSERT INTO conversation_search (rowid, note) SELECT key, note FROM conversation_search_source ORDER BY key;
  `);
}
