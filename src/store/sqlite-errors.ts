import { accessSync, constants, existsSync, statfsSync } from "node:fs";
import { dirname } from "node:path";
import { NetlogError } from "../errors.js";

const MESSAGES: Readonly<Record<string, [string, string]>> = {
  SQLITE_BUSY: ["the database is busy: another netlog, or another program, is writing to it", "try again in a moment"],
  SQLITE_LOCKED: ["the database is locked by another program", "close the other program and try again"],
  SQLITE_READONLY: ["the database cannot be written (read-only file or folder)", "check the permissions of the file and its folder"],
  SQLITE_FULL: ["the disk is full", "free some space; nothing was saved"],
  SQLITE_NOTADB: ["this file is not an SQLite database", "pass --db with the path of a netlog database, or a new file"],
  SQLITE_CORRUPT: ["the database file is damaged", "netlog restore FILE puts a backup back (netlog.db.bak-… files beside the database)"],
  SQLITE_CANTOPEN: ["cannot open the database file", "check that the path and its folder exist and are readable"],
  SQLITE_IOERR: ["the disk reported an error while reading or writing the database", "check the disk; nothing was saved"],
  FOLDER_READONLY: [
    "the database's folder cannot be written (a read-only disk or folder)",
    "netlog writes its -wal and -shm files beside the database: move it to a writable folder, or make this one writable",
  ],
  SQLITE_PERM: ["permission denied while opening the database", "check the permissions of the file and its folder"],
};

/** Turns better-sqlite3's SqliteError into one line a user can act on; undefined for anything else. */
export function describeSqliteError(error: unknown, path: string): NetlogError | undefined {
  if (error instanceof NetlogError) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== "string" || !code.startsWith("SQLITE_")) return undefined;
  // Extended codes (SQLITE_IOERR_WRITE) share the message of their primary code.
  const entry = MESSAGES[primaryCode(code, path)];
  if (!entry) {
    return new NetlogError(`database error at ${path}: ${(error as Error).message}`, {
      hint: "the file may be damaged or changed by another program; run again with --debug for details",
      cause: error,
    });
  }
  return new NetlogError(`${entry[0]}: ${path}`, { hint: entry[1], cause: error });
}

/**
 * SQLite reports a read-only disk or folder as "cannot open" (it must create the -wal and -shm
 * files beside the database), and a disk without a byte left as an I/O error. Ask the file
 * system which it is, so the message names the real cause.
 */
function primaryCode(code: string, path: string): string {
  const primary = code.split("_").slice(0, 2).join("_");
  const folder = dirname(path);
  if ((primary === "SQLITE_CANTOPEN" || primary === "SQLITE_READONLY") && existsSync(path) && !writable(folder)) return "FOLDER_READONLY";
  if (primary === "SQLITE_IOERR" && diskIsFull(folder)) return "SQLITE_FULL";
  return primary;
}

/** Whether this process may create files in `folder`. */
export function writable(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function diskIsFull(folder: string): boolean {
  try {
    return statfsSync(folder).bavail === 0;
  } catch {
    return false;
  }
}
