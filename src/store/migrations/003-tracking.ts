import type { Database } from "better-sqlite3";

/**
 * Connections imported in bulk are kept but not tracked: they would flood the morning list.
 * A conversation, a cadence or a cadenced tag starts tracking them.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE contacts ADD COLUMN tracked INTEGER NOT NULL DEFAULT 1 CHECK (tracked IN (0, 1));
    CREATE INDEX contacts_by_linkedin_url ON contacts (linkedin_url) WHERE linkedin_url IS NOT NULL;
    CREATE INDEX contacts_by_email ON contacts (lower(email)) WHERE email IS NOT NULL;
    -- where an imported interaction came from, so importing the same file again adds nothing
    ALTER TABLE interactions ADD COLUMN source_key TEXT;
    CREATE UNIQUE INDEX interactions_by_source_key ON interactions (source_key) WHERE source_key IS NOT NULL;
  `);
}
