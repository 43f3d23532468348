import type { Database } from "better-sqlite3";

/** The indexes of the table, under its new name; their definitions are those of migrations 001, 003 and 006. */
const INDEXES = [
  ["interactions_by_contact_date", "CREATE INDEX conversations_by_contact_date ON conversations (contact_id, happened_on, id)"],
  ["interactions_by_source_key", "CREATE UNIQUE INDEX conversations_by_source_key ON conversations (source_key) WHERE source_key IS NOT NULL"],
  ["interactions_by_search_key", "CREATE INDEX conversations_by_search_key ON conversations (contact_id * 4294967296 + id)"],
  ["interactions_by_date", "CREATE INDEX conversations_by_date ON conversations (happened_on, id)"],
] as const;

/**
 * The table of conversations takes the name everything else gives them: `interactions` becomes
 * `conversations`, and follow_ups.after_interaction_id becomes after_conversation_id. The netlog
 * export keeps its own names (`interactions`, `after_interaction_uuid`): other files read them.
 *
 * ALTER TABLE … RENAME rewrites the triggers (contact_history, search) and the view the search
 * index reads through, unless legacy_alter_table is on, which would leave them naming a table
 * that no longer exists: it is turned off here whatever the connection says. SQLite cannot rename
 * an index, so each is made again. The undo journal names tables and columns in its rows: those
 * are renamed too, so a change made before this migration can still be undone.
 */
export function up(db: Database): void {
  db.pragma("legacy_alter_table = OFF");
  db.exec(`
    ALTER TABLE interactions RENAME TO conversations;
    ALTER TABLE follow_ups RENAME COLUMN after_interaction_id TO after_conversation_id;
    ${INDEXES.map(([old, create]) => `DROP INDEX ${old}; ${create};`).join("\n    ")}
    UPDATE undo_log SET table_name = 'conversations' WHERE table_name = 'interactions';
    UPDATE undo_log SET old_row = json_set(json_remove(old_row, '$.after_interaction_id'), '$.after_conversation_id', json_extract(old_row, '$.after_interaction_id'))
      WHERE table_name = 'follow_ups' AND json_type(old_row, '$.after_interaction_id') IS NOT NULL;
  `);
}
