import BetterSqlite3 from "better-sqlite3";
import { APPLICATION_ID } from "./application-id.js";

/**
 * Every contact's name, for shell completion. Read-only and without waiting on a writer: a Tab
 * press must never create or change a file, nor stall the shell.
 */
export function readContactNames(path: string): string[] {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true, timeout: 200 });
  try {
    if (db.pragma("application_id", { simple: true }) !== APPLICATION_ID) return [];
    return db.prepare("SELECT DISTINCT name FROM contacts ORDER BY name COLLATE NOCASE, name").pluck().all() as string[];
  } finally {
    db.close();
  }
}
