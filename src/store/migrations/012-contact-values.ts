import type { Database } from "better-sqlite3";

/**
 * A contact's emails, phones and links beyond the one of each its columns hold. The columns stay
 * the primary value, so every place that shows one value (the morning list, CSV's email column,
 * a script reading `email`) is unchanged; the others are rows here, each with its own uuid (an
 * export names it), moved by a merge and removed with the contact (ON DELETE CASCADE), the undo
 * journal covering the table as it covers every data table.
 *
 * value_key is what makes two values one (an email without case, a phone's digits, a LinkedIn
 * profile however written): a contact has each at most once, and an import finds a person by
 * any of them through the second index.
 *
 * The primary email and phone get a label column each (work, home, mobile …); the primary URL is
 * the LinkedIn profile, whose label says itself.
 *
 * The search index takes them all in (searchAddresses, below).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE contact_values (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'url')),
      value TEXT NOT NULL CHECK (value <> ''),
      value_key TEXT NOT NULL,
      label TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX contact_values_by_contact ON contact_values (contact_id, kind, value_key);
    CREATE INDEX contact_values_by_key ON contact_values (kind, value_key);
    ALTER TABLE contacts ADD COLUMN email_label TEXT;
    ALTER TABLE contacts ADD COLUMN phone_label TEXT;
  `);
  searchAddresses(db);
}

const TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'";
const queueContact = (id: string) => `INSERT OR IGNORE INTO contact_search_pending (id) VALUES (${id})`;

/**
 * `netlog search` finds a contact by any of its emails, phones and links: the search index
 * (migration 006) gains a column for them, `addresses`. FTS5 cannot add a column, so the table is
 * made again, empty, and every contact is queued for it: the next write or search fills it
 * (store/search-index.ts), as it does for any change its triggers record.
 */
function searchAddresses(db: Database): void {
  const columns = "name, company, title, location, met, notes";
  const watched = `${columns}, email, phone, linkedin_url`;
  const changed = watched
    .split(", ")
    .map((c) => `OLD.${c} IS NOT NEW.${c}`)
    .join(" OR ");
  db.exec(`
    DROP TABLE contact_search;
    CREATE VIRTUAL TABLE contact_search USING fts5(${columns}, tags, addresses, ${TOKENIZE});
    DROP TRIGGER contact_search_after_update;
    CREATE TRIGGER contact_search_after_update AFTER UPDATE OF id, ${watched} ON contacts
      WHEN OLD.id IS NOT NEW.id OR ${changed} BEGIN
      ${queueContact("OLD.id")};
      ${queueContact("NEW.id")};
    END;
    CREATE TRIGGER contact_search_after_value_insert AFTER INSERT ON contact_values BEGIN ${queueContact("NEW.contact_id")}; END;
    CREATE TRIGGER contact_search_after_value_delete AFTER DELETE ON contact_values BEGIN ${queueContact("OLD.contact_id")}; END;
    CREATE TRIGGER contact_search_after_value_update AFTER UPDATE ON contact_values BEGIN
      ${queueContact("OLD.contact_id")};
      ${queueContact("NEW.contact_id")};
    END;
    INSERT OR IGNORE INTO contact_search_pending (id) SELECT id FROM contacts;
  `);
}
