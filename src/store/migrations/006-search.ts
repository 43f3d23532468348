import type { Database } from "better-sqlite3";

// Case- and accent-insensitive words: `jose` finds José, `LONGMIRE` finds Longmire.
const TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'";

/** A contact's tags as one text, `banking, spokane`, in the order contact show lists them. */
const tagsOf = (contactId: string) =>
  `(SELECT group_concat(name, ', ') FROM (SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = ${contactId} ORDER BY t.key))`;

const CONTACT_COLUMNS = ["name", "company", "title", "location", "met", "notes"] as const;

/** The search row of contact `row` (NEW or OLD), computed from the tables as they are now. */
const contactRow = (row: string) =>
  `INSERT INTO contact_search (rowid, ${CONTACT_COLUMNS.join(", ")}, tags)
   VALUES (${row}.id, ${CONTACT_COLUMNS.map((c) => `${row}.${c}`).join(", ")}, ${tagsOf(`${row}.id`)})`;

const refreshTags = (where: string) => `UPDATE contact_search SET tags = ${tagsOf("contact_search.rowid")} WHERE ${where}`;

/**
 * The full-text index of `netlog search`, kept current by triggers on the tables it reads, so
 * that every writer (add, imports, undo, restore, and whatever edits or deletes rows later) keeps
 * it right without knowing about it.
 *
 * contact_search holds its own copy of each contact's searchable text: the tags come from other
 * tables, so there is no single table it could point at. conversation_search points at
 * interactions (external content): the notes are most of the text and are not stored twice;
 * its triggers hand FTS5 the old note to remove, as sqlite.org/fts5.html#external_content_tables
 * describes. Neither is a data table: the undo journal, restore and exports skip them (FTS5
 * marks their storage as shadow tables, which tables.ts leaves out), and the triggers rebuild
 * them as rows come back.
 */
export function up(db: Database): void {
  const changed = CONTACT_COLUMNS.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(" OR ");
  db.exec(`
    CREATE VIRTUAL TABLE contact_search USING fts5(${CONTACT_COLUMNS.join(", ")}, tags, ${TOKENIZE});
    CREATE VIRTUAL TABLE conversation_search USING fts5(note, content = 'interactions', content_rowid = 'id', ${TOKENIZE});

    CREATE TRIGGER contact_search_after_insert AFTER INSERT ON contacts BEGIN
      ${contactRow("NEW")};
    END;
    -- An import writes every field of a contact it finds again: only a real change re-indexes.
    CREATE TRIGGER contact_search_after_update AFTER UPDATE OF id, ${CONTACT_COLUMNS.join(", ")} ON contacts
      WHEN OLD.id IS NOT NEW.id OR ${changed} BEGIN
      DELETE FROM contact_search WHERE rowid = OLD.id;
      ${contactRow("NEW")};
    END;
    CREATE TRIGGER contact_search_after_delete AFTER DELETE ON contacts BEGIN
      DELETE FROM contact_search WHERE rowid = OLD.id;
    END;

    -- Undo and restore may put a link back before its contact or its tag: whichever comes last
    -- computes the tags from what is there by then.
    CREATE TRIGGER contact_search_after_tag_link AFTER INSERT ON contact_tags BEGIN
      ${refreshTags("rowid = NEW.contact_id")};
    END;
    CREATE TRIGGER contact_search_after_tag_unlink AFTER DELETE ON contact_tags BEGIN
      ${refreshTags("rowid = OLD.contact_id")};
    END;
    CREATE TRIGGER contact_search_after_tag_move AFTER UPDATE ON contact_tags BEGIN
      ${refreshTags("rowid IN (OLD.contact_id, NEW.contact_id)")};
    END;
    CREATE TRIGGER contact_search_after_tag_insert AFTER INSERT ON tags BEGIN
      ${refreshTags("rowid IN (SELECT contact_id FROM contact_tags WHERE tag_id = NEW.id)")};
    END;
    CREATE TRIGGER contact_search_after_tag_rename AFTER UPDATE OF id, name ON tags WHEN OLD.id IS NOT NEW.id OR OLD.name IS NOT NEW.name BEGIN
      ${refreshTags("rowid IN (SELECT contact_id FROM contact_tags WHERE tag_id IN (OLD.id, NEW.id))")};
    END;
    CREATE TRIGGER contact_search_after_tag_delete AFTER DELETE ON tags BEGIN
      ${refreshTags("rowid IN (SELECT contact_id FROM contact_tags WHERE tag_id = OLD.id)")};
    END;

    CREATE TRIGGER conversation_search_after_insert AFTER INSERT ON interactions BEGIN
      INSERT INTO conversation_search (rowid, note) VALUES (NEW.id, NEW.note);
    END;
    CREATE TRIGGER conversation_search_after_delete AFTER DELETE ON interactions BEGIN
      INSERT INTO conversation_search (conversation_search, rowid, note) VALUES ('delete', OLD.id, OLD.note);
    END;
    -- Moving a conversation to another contact (contact_id) changes nothing here: search joins
    -- interactions for the contact.
    CREATE TRIGGER conversation_search_after_update AFTER UPDATE OF id, note ON interactions
      WHEN OLD.id IS NOT NEW.id OR OLD.note IS NOT NEW.note BEGIN
      INSERT INTO conversation_search (conversation_search, rowid, note) VALUES ('delete', OLD.id, OLD.note);
      INSERT INTO conversation_search (rowid, note) VALUES (NEW.id, NEW.note);
    END;

    INSERT INTO contact_search (rowid, ${CONTACT_COLUMNS.join(", ")}, tags)
      SELECT c.id, ${CONTACT_COLUMNS.map((col) => `c.${col}`).join(", ")}, ${tagsOf("c.id")} FROM contacts c;
    INSERT INTO conversation_search (conversation_search) VALUES ('rebuild');
  `);
}
