import type { Database } from "better-sqlite3";

// Case- and accent-insensitive words: `jose` finds José, `LONGMIRE` finds Longmire.
const TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'";

const CONTACT_COLUMNS = "name, company, title, location, met, notes";

/** A contact's tags as one text, `banking, spokane`, in the order contact show lists them. */
const TAGS_OF_C = `(SELECT group_concat(name, ', ') FROM (SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id ORDER BY t.key))`;

const queueContact = (id: string) => `INSERT OR IGNORE INTO contact_search_pending (id) VALUES (${id})`;
const queueContactsTagged = (tagId: string) => `INSERT OR IGNORE INTO contact_search_pending (id) SELECT contact_id FROM contact_tags WHERE tag_id = ${tagId}`;
/** The first change to a conversation since the index was last brought up to date tells what the index holds for it. */
const queueConversation = (id: string, indexed: boolean, note: string) =>
  `INSERT OR IGNORE INTO conversation_search_pending (id, indexed, note) VALUES (${id}, ${Number(indexed)}, ${note})`;

/**
 * The full-text index of `netlog search`.
 *
 * contact_search holds its own copy of each contact's searchable text (the tags come from other
 * tables, so there is no one table it could point at); conversation_search points at
 * interactions' notes (external content), which are most of the text, so they are not stored
 * twice. Neither is a data table: FTS5 keeps them in shadow tables, which tables.ts leaves out of
 * the undo journal and restore.
 *
 * Triggers on every table the index reads record which contacts and conversations changed, and
 * store/search-index.ts brings the index up to date from that record in a few statements at the
 * end of each write (recordChange, undo, restore) and before a search. Writing to FTS5 from the
 * triggers themselves would make it flush its pending data at every statement of a transaction
 * (its xSavepoint), and an import of 30,000 contacts took 60% longer.
 */
export function up(db: Database): void {
  const changed = CONTACT_COLUMNS.split(", ").map((c) => `OLD.${c} IS NOT NEW.${c}`).join(" OR ");
  db.exec(`
    CREATE VIRTUAL TABLE contact_search USING fts5(${CONTACT_COLUMNS}, tags, ${TOKENIZE});
    CREATE VIRTUAL TABLE conversation_search USING fts5(note, content = 'interactions', content_rowid = 'id', ${TOKENIZE});

    CREATE TABLE contact_search_pending (id INTEGER PRIMARY KEY) STRICT;
    -- indexed: whether the index holds the conversation, and then with which note
    CREATE TABLE conversation_search_pending (id INTEGER PRIMARY KEY, indexed INTEGER NOT NULL, note TEXT) STRICT;

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

    CREATE TRIGGER conversation_search_after_insert AFTER INSERT ON interactions BEGIN ${queueConversation("NEW.id", false, "NULL")}; END;
    CREATE TRIGGER conversation_search_after_delete AFTER DELETE ON interactions BEGIN ${queueConversation("OLD.id", true, "OLD.note")}; END;
    -- Moving a conversation to another contact (contact_id) changes nothing here: search joins
    -- interactions for the contact.
    CREATE TRIGGER conversation_search_after_update AFTER UPDATE OF id, note ON interactions
      WHEN OLD.id IS NOT NEW.id OR OLD.note IS NOT NEW.note BEGIN
      ${queueConversation("OLD.id", true, "OLD.note")};
      ${queueConversation("NEW.id", false, "NULL")};
    END;

    INSERT INTO contact_search (rowid, ${CONTACT_COLUMNS}, tags) SELECT c.id, ${CONTACT_COLUMNS}, ${TAGS_OF_C} FROM contacts c;
    INSERT INTO conversation_search (conversation_search) VALUES ('rebuild');
  `);
}
