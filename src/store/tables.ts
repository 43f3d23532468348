// What the undo journal and restore need to know of netlog's tables, read from the schema so
// that a later migration's tables are handled without changes there.
import type { Database } from "better-sqlite3";

export interface TableShape {
  name: string;
  /** Every column, by name, in order. */
  columns: string[];
  /** The primary key columns of a WITHOUT ROWID table (contact_tags); empty otherwise. */
  keyColumns: string[];
  withoutRowid: boolean;
  /**
   * The columns that hold a whole row: with the rowid in front when it is no column (settings
   * has a text key), so a row written back lands where other rows' references expect it.
   */
  rowColumns: string[];
}

/**
 * Tables that triggers fill from the data tables (contact_history, and what the search index has
 * yet to take in): the undo journal and restore leave them to those triggers. The search index
 * itself is FTS5's virtual and shadow tables, which dataTables never lists.
 */
export const DERIVED_TABLES: ReadonlySet<string> = new Set([
  "contact_history",
  "contact_search_pending",
  "conversation_search_pending",
  // each contact's schedule (migration 014), made again by store/schedules.ts from the data
  "contact_schedule",
  "schedule_pending",
  "schedule_state",
]);

/** The tables of the main database, or those of them named in `only`. */
export function dataTables(db: Database, only?: readonly string[]): TableShape[] {
  const tables = db
    .prepare(
      `SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'${only ? " AND name IN (SELECT value FROM json_each(?))" : ""} ORDER BY name`,
    )
    .all(...(only ? [JSON.stringify(only)] : [])) as Array<{ name: string; wr: number }>;
  return tables.map(({ name, wr }) => {
    const info = db.prepare("SELECT name, pk, type FROM pragma_table_info(?) ORDER BY cid").all(name) as Array<{ name: string; pk: number; type: string }>;
    const keys = info.filter((c) => c.pk > 0);
    const columns = info.map((c) => c.name);
    const rowidIsColumn = wr === 1 || (keys.length === 1 && keys[0]!.type.toUpperCase() === "INTEGER");
    return { name, columns, keyColumns: wr === 1 ? keys.map((c) => c.name) : [], withoutRowid: wr === 1, rowColumns: rowidIsColumn ? columns : ["rowid", ...columns] };
  });
}

/**
 * The table of conversations, quoted: `interactions` in a database older than migration 010,
 * which netlog reads without migrating it (a backup before it is restored, doctor's check).
 */
export function conversationsTable(db: Database): string {
  const renamed = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'conversations'").get() !== undefined;
  return quoteId(renamed ? "conversations" : "interactions");
}

/** A string for SQL text, quoted. */
export function quoteText(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** An identifier for SQL text: always quoted. */
export function quoteId(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
