import { NetlogError } from "../errors.js";

const MESSAGES: Readonly<Record<string, [string, string]>> = {
  SQLITE_BUSY: ["the database is busy: another netlog is writing to it", "try again in a moment"],
  SQLITE_LOCKED: ["the database is locked by another program", "close the other program and try again"],
  SQLITE_READONLY: ["the database cannot be written (read-only file or folder)", "check the permissions of the file and its folder"],
  SQLITE_FULL: ["the disk is full", "free some space; nothing was saved"],
  SQLITE_NOTADB: ["this file is not an SQLite database", "pass --db with the path of a netlog database, or a new file"],
  SQLITE_CORRUPT: ["the database file is damaged", "restore it from a backup"],
  SQLITE_CANTOPEN: ["cannot open the database file", "check that the path and its folder exist and are readable"],
  SQLITE_IOERR: ["the disk reported an error while reading or writing the database", "check the disk; nothing was saved"],
  SQLITE_PERM: ["permission denied while opening the database", "check the permissions of the file and its folder"],
};

/** Turns better-sqlite3's SqliteError into one line a user can act on; undefined for anything else. */
export function describeSqliteError(error: unknown, path: string): NetlogError | undefined {
  if (error instanceof NetlogError) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== "string" || !code.startsWith("SQLITE_")) return undefined;
  // Extended codes (SQLITE_IOERR_WRITE) share the message of their primary code.
  const entry = MESSAGES[code.split("_").slice(0, 2).join("_")];
  if (!entry) {
    return new NetlogError(`database error at ${path}: ${(error as Error).message}`, {
      hint: "the file may be damaged or changed by another program; run again with --debug for details",
      cause: error,
    });
  }
  return new NetlogError(`${entry[0]}: ${path}`, { hint: entry[1], cause: error });
}
