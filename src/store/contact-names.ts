import { openSqlite } from "./sqlite.js";
import { APPLICATION_ID } from "./application-id.js";

/** After every character a name key can hold: the end of the range of keys that start with a prefix. */
const LAST_CHARACTER = "\u{10FFFF}";

/**
 * The names of the contacts whose folded name (name_key, kept as domain/names.ts nameKey folds
 * it) starts with `keyPrefix`, for shell completion: a range of the name_key index, which holds
 * the name too (migration 018), so that a Tab press reads the few names it offers from the index
 * alone, rather than every contact's, or each one's row. Read-only and without
 * waiting on a writer: a Tab press must never create or change a file, nor stall the shell.
 *
 * Each name once, in the index's order: by folded name (Éla beside Ela), then as added. The
 * shells sort what they show themselves; sorting here too (DISTINCT, ORDER BY name) cost 0.7 ms
 * of a Tab press offering 1,858 names, a tenth of all it does above starting Node.
 */
export function readContactNamesStartingWith(path: string, keyPrefix: string): string[] {
  const db = openSqlite(path, { readonly: true, fileMustExist: true, timeout: 200 });
  try {
    if (db.pragma("application_id", { simple: true }) !== APPLICATION_ID) return [];
    const names = db
      .prepare("SELECT name FROM contacts WHERE name_key >= @from AND name_key < @to ORDER BY name_key, id")
      .pluck()
      .all({ from: keyPrefix, to: keyPrefix + LAST_CHARACTER }) as string[];
    return [...new Set(names)];
  } finally {
    db.close();
  }
}
