// Reading a backup, and putting its rows in place of the current ones.
import { statSync } from "node:fs";
import type { Database } from "better-sqlite3";
import { openSqlite } from "./sqlite.js";
import { NetlogError } from "../errors.js";
import { APPLICATION_ID, integrityProblems, migrate, newerNetlogError, readStamp } from "./db.js";
import { SCHEMA_VERSION } from "./migrations/index.js";
import { notRegular } from "./safe-file.js";
import { rebuildSearchIndex } from "./search-index.js";
import { refreshSchedules } from "./schedules.js";
import { JOURNAL_TABLES } from "./journal-triggers.js";
import { conversationsTable, DERIVED_TABLES, dataTables, quoteId } from "./tables.js";

export interface DatabaseCounts {
  contacts: number;
  conversations: number;
}

export function countRows(db: Database): DatabaseCounts {
  return db.prepare(`SELECT (SELECT count(*) FROM contacts) AS contacts, (SELECT count(*) FROM ${conversationsTable(db)}) AS conversations`).get() as DatabaseCounts;
}

/** Opens `file` read-only and proves it is a whole netlog database this netlog can read. */
export function openBackup(file: string): Database {
  const hint = "pass a file made by netlog backup (or a netlog.db.bak-… file beside the database)";
  // SQLite would wait forever for a writer on a FIFO: a backup is a regular file.
  const stat = statSync(file, { throwIfNoEntry: false });
  const kind = stat && notRegular(stat);
  if (kind) throw new NetlogError(`${file} is ${kind}, not a backup file`, { hint });
  let db: Database;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new NetlogError(`cannot read ${file}: ${(error as Error).message}`, { hint, cause: error });
  }
  try {
    const { appId, version } = readStamp(db);
    if (appId !== APPLICATION_ID || version < 1) throw new NetlogError(`${file} is not a netlog database`, { hint });
    if (version > SCHEMA_VERSION) throw newerNetlogError(file, version, "upgrade netlog, then restore it");
    const [problem] = integrityProblems(db);
    if (problem) throw new NetlogError(`${file} is damaged: ${problem}`, { hint: "restore an older backup" });
    return db;
  } catch (error) {
    db.close();
    if (error instanceof NetlogError) throw error;
    // SQLITE_NOTADB: a PDF, a text file, anything that is not SQLite.
    throw new NetlogError(`${file} is not a netlog database (${(error as Error).message})`, { hint, cause: error });
  }
}

/** A private copy of the backup in `dest` (an empty file: safe-file.ts createTemporary), migrated to this netlog's schema. */
export function migratedCopy(backup: Database, dest: string): void {
  backup.prepare("VACUUM INTO ?").run(dest);
  const copy = openSqlite(dest);
  try {
    copy.pragma("foreign_keys = ON");
    migrate(copy);
    // The backup's undo history is of another past: undoing it here would revert the wrong rows.
    copy.exec("DELETE FROM undo_log; DELETE FROM changes;");
  } finally {
    copy.close();
  }
}

/**
 * Replaces every row of `db` with the rows of the database at `source` (same schema), in one
 * transaction: another netlog running meanwhile waits, then sees either the old data or the
 * restored data, and the file it has open stays the file in use.
 */
export function replaceContents(db: Database, source: string): void {
  db.prepare("ATTACH DATABASE ? AS restored").run(source);
  try {
    // contact_history is left to its triggers, which rebuild it as the conversations come in, and
    // the search index is rebuilt once every row is in.
    const tables = dataTables(db).filter((table) => !DERIVED_TABLES.has(table.name) && !JOURNAL_TABLES.has(table.name));
    db.transaction(() => {
      db.pragma("defer_foreign_keys = ON");
      // Every table emptied first: deleting contacts later would cascade to rows just restored.
      for (const { name } of tables) db.exec(`DELETE FROM main.${quoteId(name)}`);
      // Rows keep their rowids (settings' too), as the data that refers to them expects.
      for (const { name, rowColumns } of tables) {
        const columns = rowColumns.map(quoteId).join(", ");
        db.exec(`INSERT INTO main.${quoteId(name)} (${columns}) SELECT ${columns} FROM restored.${quoteId(name)}`);
      }
      rebuildSearchIndex(db);
      refreshSchedules(db);
    }).immediate();
  } finally {
    db.exec("DETACH DATABASE restored");
  }
}

/** SQLite found the file damaged, at open or while reading it. */
export function isDamaged(error: unknown): boolean {
  const code = String((error as { code?: unknown }).code ?? (error as { cause?: { code?: unknown } }).cause?.code ?? "");
  return code.startsWith("SQLITE_CORRUPT") || code === "SQLITE_NOTADB";
}
