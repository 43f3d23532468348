// The undo journal: while a command runs inside recordChange, triggers (store/journal-triggers.ts)
// write the inverse of every row it inserts, updates or deletes into undo_log (the technique of
// sqlite.org/undoredo.html, with the old values kept as JSON rather than as SQL text, so undo
// never executes anything read from the file).
import type { Database } from "better-sqlite3";
import type { Change, ChangeSummary } from "../reports/journal.js";
import { updateSearchIndex } from "./search-index.js";
import { refreshSchedules } from "./schedules.js";
import { JOURNAL_TABLES, journalTriggersSql, PERMANENT_JOURNAL_TABLES } from "./journal-triggers.js";
import { DERIVED_TABLES, dataTables, quoteId, quoteText } from "./tables.js";

/** Changes kept, and so how many times in a row `netlog undo` can go back. */
export const CHANGES_KEPT = 20;

/** The journal itself, and the tables triggers rebuild from the data on undo. */
export const NOT_JOURNALLED = new Set(["changes", "undo_log", ...JOURNAL_TABLES, ...DERIVED_TABLES]);

export type { Change };

/** A change about to be recorded: the command that makes it, and when. */
export interface ChangeStart {
  command: string;
  now: string;
  /**
   * The data tables the work writes, when the command knows them (`add`): no temporary
   * triggers are made for the others, which making costs much of what a one-row command does.
   * A table written and not named here is not put back by undo; tests undo each path of such a
   * command and compare every table. Unnamed: all of them.
   */
  writes?: readonly string[];
}

/**
 * Runs `work` in one immediate transaction and journals what it wrote as one change. A command
 * that writes nothing leaves no change behind. `describe` turns the result into what it did, as
 * data that the undo view puts in words for `netlog undo --list`.
 */
export function recordChange<T>(db: Database, change: ChangeStart, work: () => T, describe: (result: T) => ChangeSummary): T {
  return db
    .transaction(() => {
      const recording = startRecording(db, change);
      const result = work();
      finishRecording(db, recording, describe(result));
      return result;
    })
    .immediate();
}

/**
 * recordChange for work that awaits (an import reading its file as a stream, row by row): the
 * same one transaction, begun and ended by hand because better-sqlite3's cannot span an await.
 * Nothing else may use `db` until it settles; on any failure everything is rolled back.
 */
export async function recordChangeAsync<T>(db: Database, change: ChangeStart, work: () => Promise<T>, describe: (result: T) => ChangeSummary): Promise<T> {
  db.exec("BEGIN IMMEDIATE");
  try {
    const recording = startRecording(db, change);
    const result = await work();
    finishRecording(db, recording, describe(result));
    db.exec("COMMIT");
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec("ROLLBACK");
    throw error;
  }
}

interface Recording {
  id: number;
  rowidTables: string[];
}

/** A table a change journals: what recording needs of it. */
interface Journalled {
  name: string;
  withoutRowid: boolean;
}

function startRecording(db: Database, change: ChangeStart): Recording {
  const tables = installTriggers(db, change.writes);
  const id = Number(db.prepare("INSERT INTO changes (command, summary, made_at) VALUES (?, '', ?)").run(change.command, change.now).lastInsertRowid);
  db.prepare("INSERT INTO main.journal_recording (change_id) VALUES (?)").run(id);
  const rowidTables = tables.filter((t) => !t.withoutRowid).map((t) => t.name);
  for (const table of rowidTables) {
    db.prepare(`INSERT INTO main.journal_start (table_name, max_rowid) VALUES (?, (SELECT coalesce(max(rowid), 0) FROM main.${quoteId(table)}))`).run(table);
  }
  return { id, rowidTables };
}

function finishRecording(db: Database, { id, rowidTables }: Recording, summary: ChangeSummary): void {
  updateSearchIndex(db);
  refreshSchedules(db);
  // Rows above a table's highest rowid at the start are this change's own: one range
  // undoes them all, logged last so that it is undone first.
  for (const table of rowidTables) {
    db.prepare(
      `INSERT INTO undo_log (change_id, table_name, op, row_key)
       SELECT ?, table_name, 'insert_range', json_object('from', max_rowid + 1, 'to', (SELECT max(rowid) FROM main.${quoteId(table)}))
       FROM main.journal_start WHERE table_name = ? AND (SELECT max(rowid) FROM main.${quoteId(table)}) > max_rowid`,
    ).run(id, table);
  }
  db.exec("DELETE FROM main.journal_recording; DELETE FROM main.journal_start;");
  if (db.prepare("SELECT 1 FROM undo_log WHERE change_id = ? LIMIT 1").get(id) === undefined) {
    db.prepare("DELETE FROM changes WHERE id = ?").run(id);
  } else {
    db.prepare("UPDATE changes SET summary_data = ? WHERE id = ?").run(JSON.stringify(summary), id);
    db.prepare("DELETE FROM changes WHERE id <= ?").run(id - CHANGES_KEPT);
  }
}

/** The most recent changes, newest first. */
export function recentChanges(db: Database): Change[] {
  return (db.prepare(`SELECT ${CHANGE_COLUMNS} FROM changes ORDER BY id DESC LIMIT ?`).all(CHANGES_KEPT) as ChangeRow[]).map(changeOf);
}

const CHANGE_COLUMNS = "id, command, summary, summary_data AS summaryData, made_at AS madeAt, undone_at AS undoneAt";

interface ChangeRow extends Omit<Change, "summary"> {
  summary: string;
  summaryData: string | null;
}

/** A change recorded before its summary was data keeps its sentence: an upgraded history still reads. */
function changeOf({ summary, summaryData, ...change }: ChangeRow): Change {
  return { ...change, summary: summaryData === null ? { kind: "text", text: summary } : (JSON.parse(summaryData) as ChangeSummary) };
}

/** Puts back every row the newest change not yet undone wrote; undefined when there is none. */
export function undoLastChange(db: Database, now: string): Change | undefined {
  return db
    .transaction(() => {
      const row = db.prepare(`SELECT ${CHANGE_COLUMNS} FROM changes WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1`).get() as ChangeRow | undefined;
      if (!row) return undefined;
      const change = changeOf(row);
      // Rows come back in reverse order, and a contact may return after its conversations do.
      db.pragma("defer_foreign_keys = ON");
      const entries = db.prepare("SELECT table_name AS tableName, op, row_key AS rowKey, old_row AS oldRow FROM undo_log WHERE change_id = ? ORDER BY id DESC").all(change.id);
      for (const entry of entries as UndoEntry[]) revert(db, entry);
      updateSearchIndex(db);
      refreshSchedules(db);
      db.prepare("DELETE FROM undo_log WHERE change_id = ?").run(change.id);
      db.prepare("UPDATE changes SET undone_at = ? WHERE id = ?").run(now, change.id);
      return { ...change, undoneAt: now };
    })
    .immediate();
}

interface UndoEntry {
  tableName: string;
  op: "insert" | "update" | "delete" | "insert_range";
  rowKey: string;
  oldRow: string | null;
}

function revert(db: Database, entry: UndoEntry): void {
  const table = quoteId(entry.tableName);
  if (entry.op === "insert_range") {
    db.prepare(`DELETE FROM ${table} WHERE rowid BETWEEN json_extract(@key, '$.from') AND json_extract(@key, '$.to')`).run({ key: entry.rowKey });
    return;
  }
  const keyColumns = Object.keys(JSON.parse(entry.rowKey) as object);
  // json_extract gives back each value with its SQLite type: integers stay integers.
  const where = keyColumns.map((c) => `${quoteId(c)} IS json_extract(@key, ${jsonPath(c)})`).join(" AND ");
  if (entry.op === "insert") {
    db.prepare(`DELETE FROM ${table} WHERE ${where}`).run({ key: entry.rowKey });
    return;
  }
  const columns = Object.keys(JSON.parse(entry.oldRow!) as object);
  const values = columns.map((c) => `json_extract(@old, ${jsonPath(c)})`);
  if (entry.op === "update") {
    const sets = columns.map((c, i) => `${quoteId(c)} = ${values[i]}`).join(", ");
    db.prepare(`UPDATE ${table} SET ${sets} WHERE ${where}`).run({ key: entry.rowKey, old: entry.oldRow });
  } else {
    db.prepare(`INSERT INTO ${table} (${columns.map(quoteId).join(", ")}) VALUES (${values.join(", ")})`).run({ old: entry.oldRow });
  }
}

/**
 * The data tables a connection's temporary triggers cover, and the schema versions they were
 * made at: a command that records several changes (review, an import) reads the schema and
 * creates the triggers once, and again when a migration has changed the tables since (main's
 * version) or the triggers are gone (temp's version: a change rolled back takes the triggers
 * it created).
 */
const journalled = new WeakMap<Database, { schemaVersions: string; tables: Map<string, Journalled>; everyTable: boolean }>();

function schemaVersions(db: Database): string {
  return `${db.pragma("main.schema_version", { simple: true })}/${db.pragma("temp.schema_version", { simple: true })}`;
}

/** The tables whose triggers are in the schema (migration 016): nothing to make, or to read. */
const PERMANENT: ReadonlyMap<string, Journalled> = new Map(PERMANENT_JOURNAL_TABLES.map((name) => [name, { name, withoutRowid: false }]));

/**
 * Triggers on the data tables `writes` names (every one when it names none): those in the schema,
 * and temporary ones, created once per connection, for the rest. In a table with rowids, a row
 * above the highest rowid at the start was added by this change and is covered by its insert
 * range, so what happens to it is not logged row by row. Returns the tables this change journals.
 */
function installTriggers(db: Database, writes: readonly string[] | undefined): Journalled[] {
  const cached = journalled.get(db);
  const known = cached && cached.schemaVersions === schemaVersions(db) ? cached : { schemaVersions: "", tables: new Map(PERMANENT), everyTable: false };
  const missing = writes === undefined ? (known.everyTable ? [] : undefined) : writes.filter((name) => !known.tables.has(name));
  if (missing === undefined || missing.length > 0) {
    for (const table of dataTables(db, missing)) {
      if (NOT_JOURNALLED.has(table.name) || known.tables.has(table.name)) continue;
      db.exec(journalTriggersSql(table, "temporary"));
      known.tables.set(table.name, table);
    }
    known.everyTable ||= missing === undefined;
    known.schemaVersions = schemaVersions(db);
    journalled.set(db, known);
  }
  if (writes === undefined) return [...known.tables.values()];
  return writes.map((name) => {
    const table = known.tables.get(name);
    if (!table) throw new Error(`the undo journal cannot cover ${name}: it is no data table`);
    return table;
  });
}

function jsonPath(key: string): string {
  return quoteText(`$."${key}"`);
}
