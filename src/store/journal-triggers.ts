// The undo journal's triggers (store/journal.ts): three on each data table, which log the
// inverse of every row a change inserts, updates or deletes while journal_recording holds the
// change's id (between commands it is empty, and they do nothing).
//
// The tables `netlog add` writes have them in the schema (migration 016): making them for every
// run was most of what journalling one conversation cost. The other tables get theirs as
// temporary triggers, on the connection of the first change that may write them.
import type { Database } from "better-sqlite3";
import { dataTables, quoteId, quoteText, type TableShape } from "./tables.js";

/** The tables whose journal triggers are in the schema; all have rowids. */
export const PERMANENT_JOURNAL_TABLES: readonly string[] = ["contacts", "conversations", "follow_ups"];

/** The journal's own bookkeeping of the change being recorded: empty between commands. */
export const JOURNAL_TABLES: ReadonlySet<string> = new Set(["journal_recording", "journal_start"]);

/** The three triggers of `table`, in the schema (`permanent`) or as temporary ones. */
export function journalTriggersSql({ name, columns, keyColumns, withoutRowid, rowColumns }: TableShape, kind: "permanent" | "temporary"): string {
  // A temporary trigger names the tables of main; a permanent one may not name a schema.
  const main = kind === "temporary" ? "main." : "";
  const create = kind === "temporary" ? "CREATE TEMP TRIGGER IF NOT EXISTS" : "CREATE TRIGGER";
  const existedBefore = (row: "NEW" | "OLD") => (withoutRowid ? "" : ` AND ${row}.rowid <= (SELECT max_rowid FROM ${main}journal_start WHERE table_name = ${quoteText(name)})`);
  const keyOf = (row: "NEW" | "OLD") => (withoutRowid ? jsonObject(keyColumns, row) : `json_object('rowid', ${row}.rowid)`);
  const log = (op: string, key: string, old: string) =>
    `INSERT INTO ${main}undo_log (change_id, table_name, op, row_key, old_row) SELECT change_id, ${quoteText(name)}, '${op}', ${key}, ${old} FROM ${main}journal_recording;`;
  const on = `ON ${main}${quoteId(name)} WHEN EXISTS (SELECT 1 FROM ${main}journal_recording)`;
  // An import sets many fields to the values they already have: that is not a change.
  const changed = columns.map((c) => `OLD.${quoteId(c)} IS NOT NEW.${quoteId(c)}`).join(" OR ");
  return [
    `${create} ${quoteId(`journal_${name}_insert`)} AFTER INSERT ${on}${existedBefore("NEW")} BEGIN ${log("insert", keyOf("NEW"), "NULL")} END;`,
    `${create} ${quoteId(`journal_${name}_update`)} AFTER UPDATE ${on}${existedBefore("OLD")} AND (${changed}) BEGIN ${log("update", keyOf("NEW"), jsonObject(rowColumns, "OLD"))} END;`,
    `${create} ${quoteId(`journal_${name}_delete`)} AFTER DELETE ${on}${existedBefore("OLD")} BEGIN ${log("delete", keyOf("OLD"), jsonObject(rowColumns, "OLD"))} END;`,
  ].join("\n");
}

/**
 * Makes the schema's journal triggers again from the tables' columns as they are now. A
 * migration that changes the columns of one of PERMANENT_JOURNAL_TABLES calls it, or undo would
 * not put back the new column (test/store/journal-triggers.test.ts compares them).
 */
export function makePermanentJournalTriggers(db: Database): void {
  for (const table of dataTables(db, PERMANENT_JOURNAL_TABLES)) {
    for (const op of ["insert", "update", "delete"]) db.exec(`DROP TRIGGER IF EXISTS ${quoteId(`journal_${table.name}_${op}`)}`);
    db.exec(journalTriggersSql(table, "permanent"));
  }
}

function jsonObject(columns: readonly string[], row: "NEW" | "OLD"): string {
  return `json_object(${columns.map((c) => `${quoteText(c)}, ${row}.${quoteId(c)}`).join(", ")})`;
}
