import type { Database } from "better-sqlite3";

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE contacts (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL CHECK (trim(name) <> ''),
      -- lower-cased, accent-free form of name, for matching what people type
      name_key TEXT NOT NULL,
      company TEXT,
      title TEXT,
      email TEXT,
      phone TEXT,
      linkedin_url TEXT,
      location TEXT,
      met TEXT,
      notes TEXT,
      cadence_days INTEGER CHECK (cadence_days > 0),
      -- local calendar date the relationship starts counting from when nobody has spoken yet
      added_on TEXT NOT NULL CHECK (added_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX contacts_by_name_key ON contacts (name_key);

    CREATE TABLE tags (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (trim(name) <> ''),
      -- the name folded like contact names (case and accents in any script): one tag per key
      key TEXT NOT NULL UNIQUE
    ) STRICT;

    CREATE TABLE contact_tags (
      contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
      tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
      PRIMARY KEY (contact_id, tag_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX contact_tags_by_tag ON contact_tags (tag_id);

    CREATE TABLE interactions (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
      happened_on TEXT NOT NULL CHECK (happened_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      channel TEXT NOT NULL CHECK (channel IN ('linkedin', 'inmail', 'email', 'phone', 'video', 'text', 'meeting', 'event', 'other')),
      note TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    -- lets "last conversation with each contact" read one index entry per contact
    CREATE INDEX interactions_by_contact_date ON interactions (contact_id, happened_on, id);
  `);
}
