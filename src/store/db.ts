import { chmodSync, closeSync, mkdirSync, openSync, statSync } from "node:fs";
import { dirname } from "node:path";
import type { Database } from "better-sqlite3";
import { openSqlite } from "./sqlite.js";
import type { CalendarDate } from "../domain/dates.js";
import { NetlogError } from "../errors.js";
import { backupBeforeMigration } from "./backup.js";
import { removeStaleLeftovers } from "./leftovers.js";
import { notRegular } from "./safe-file.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations/index.js";
import { describeSqliteError } from "./sqlite-errors.js";
import { updateSearchIndex } from "./search-index.js";
import { APPLICATION_ID } from "./application-id.js";
import { refreshSchedules, rememberToday } from "./schedules.js";

export type { Database };

export { APPLICATION_ID };
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating if needed) and migrates the database, after copying it beside itself when a
 * migration is due (named with `today`, the real day). The caller closes it. `listsFrom` is the
 * day the command works on (--today), from which writes keep the schedules (store/schedules.ts),
 * but never a day after `today`: one command under a --today still to come would otherwise leave
 * every morning until then without them (schedulesCover).
 */
export function openDatabase(path: string, today: CalendarDate, options: { listsFrom?: CalendarDate } = {}): Database {
  createPrivately(path);
  keepCompanionsWritable(path);
  let db: Database | undefined;
  try {
    const probed = mayChangeWhenOpened(path);
    if (probed) {
      // Read-only first: a read-write connection would checkpoint a WAL left by a newer netlog
      // on close, or roll back another program's journal, changing a file we are about to refuse.
      const probe = openSqlite(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
      try {
        checkOwnership(probe, path);
      } finally {
        probe.close();
      }
    }
    db = openSqlite(path, { timeout: BUSY_TIMEOUT_MS });
    // With neither beside the file, reading it writes nothing, and closing writes nothing back:
    // the connection that will be used checks the file, and saves opening a second one.
    const version = probed ? (db.pragma("user_version", { simple: true }) as number) : checkOwnership(db, path);
    useWal(db);
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    rememberToday(db, options.listsFrom !== undefined && options.listsFrom < today ? options.listsFrom : today);
    if (version > 0 && version < SCHEMA_VERSION) backupBeforeMigration(db, path, version, today);
    migrate(db);
    keepCompanionsWritable(path);
    removeStaleLeftovers(dirname(path));
    return db;
  } catch (error) {
    db?.close();
    throw describeSqliteError(error, path) ?? error;
  }
}

/**
 * For a command that reads the whole file once (the log, the exports): SQLite's page cache, 16 MiB
 * as better-sqlite3 builds it, would hold pages not read again, in memory the process keeps; 4 MiB
 * holds what one stretch of a scan reads again (an index's next leaf, the rows it points to).
 */
export function cacheForOneScan(db: Database): void {
  db.pragma("cache_size = -4096");
}

/** The folder 0700 and the file 0600 exist before SQLite opens it, whatever the umask. */
function createPrivately(path: string): void {
  try {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      throw new NetlogError(`${path} is a folder, not a database file`, { hint: `pass a file path, e.g. --db ${path.replace(/\/$/, "")}/netlog.db` });
    }
    const kind = stat && notRegular(stat);
    if (kind) throw new NetlogError(`${path} is ${kind}, not a database file`, { hint: "pass --db with the path of a netlog database, or of a new file" });
    // An empty file is a new database: private like any other, whatever mode it was made with.
    if (stat?.size === 0 && stat.uid === process.getuid?.()) chmodSync(path, 0o600);
    if (stat) return;
    const folder = dirname(path);
    if (mkdirSync(folder, { recursive: true, mode: 0o700 }) !== undefined) chmodSync(folder, 0o700);
    closeSync(openSync(path, "wx", 0o600));
    chmodSync(path, 0o600);
  } catch (error) {
    if (error instanceof NetlogError) throw error;
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return; // another netlog created it a moment ago
    throw new NetlogError(`cannot create the database at ${path}: ${(error as Error).message}`, {
      hint: "check that the folder is writable, or pass --db PATH",
    });
  }
}

/**
 * SQLite gives a new -shm the database file's mode. Opened while the file was 0400, the -shm
 * stays 0400 after the file is made writable again, and every later write then fails as
 * "read-only" until someone deletes it by hand. Ours are kept 0600.
 */
function keepCompanionsWritable(path: string): void {
  for (const companion of [`${path}-wal`, `${path}-shm`]) {
    const stat = statSync(companion, { throwIfNoEntry: false });
    if (!stat || stat.uid !== process.getuid?.() || (stat.mode & 0o777) === 0o600) continue;
    try {
      chmodSync(companion, 0o600);
    } catch {
      // A read-only disk: nothing can write there anyway, and SQLite will say so.
    }
  }
}

const RETRY_PAUSE_MS = 20;

/**
 * WAL lets `due` read while `add` writes. Switching a new file to it needs every other
 * connection gone, and SQLite answers SQLITE_BUSY at once instead of waiting (seen with a dozen
 * netlogs starting on a new file together), so wait here, as long as the busy timeout.
 */
function useWal(db: Database): void {
  for (let attempt = 0; ; attempt++) {
    try {
      if (db.pragma("journal_mode", { simple: true }) !== "wal") db.pragma("journal_mode = WAL");
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "SQLITE_BUSY" || attempt * RETRY_PAUSE_MS >= BUSY_TIMEOUT_MS) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RETRY_PAUSE_MS);
    }
  }
}

/** What marks a file as netlog's, read in one statement, so one snapshot. */
export interface Stamp {
  appId: number;
  version: number;
  isEmpty: boolean;
}

export function readStamp(db: Database): Stamp {
  const row = db
    .prepare(
      `SELECT (SELECT application_id FROM pragma_application_id) AS appId, (SELECT user_version FROM pragma_user_version) AS version,
         NOT EXISTS (SELECT 1 FROM sqlite_schema) AS isEmpty`,
    )
    .get() as { appId: number; version: number; isEmpty: number };
  return { ...row, isEmpty: row.isEmpty === 1 };
}

/** What `PRAGMA integrity_check` found wrong; empty when the file is whole. */
export function integrityProblems(db: Database): string[] {
  const found = (db.pragma("integrity_check") as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
  return found.join() === "ok" ? [] : found;
}

export function newerNetlogError(path: string, version: number, hint: string): NetlogError {
  return new NetlogError(`${path} was written by a newer netlog (schema ${version}; this one knows up to ${SCHEMA_VERSION})`, { hint });
}

/**
 * A WAL with frames in it (left by a crash, or being written by another netlog) or a rollback
 * journal: what a read-write connection may write into the file, at its opening or its close.
 */
function mayChangeWhenOpened(path: string): boolean {
  return (statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0 || statSync(`${path}-journal`, { throwIfNoEntry: false }) !== undefined;
}

/** Ours (marked by application_id), or new and empty; anything else is left alone. Gives the schema version. */
function checkOwnership(db: Database, path: string): number {
  // Another netlog may be creating the schema right now: readStamp reads one snapshot.
  const { appId, version, isEmpty } = readStamp(db);
  if (appId !== APPLICATION_ID && !(appId === 0 && isEmpty)) {
    throw new NetlogError(`${path} is an SQLite database, but not netlog's`, { hint: "pass --db with the path of a netlog database, or a new file" });
  }
  if (version > SCHEMA_VERSION) throw newerNetlogError(path, version, "upgrade netlog; the database has been left as it was");
  return version;
}

/**
 * Every migration due and the version bump commit together, in one transaction: a crash never
 * leaves a half-migrated file, and a new file's schema is written once, not once per migration
 * (the WAL of a new database held each page as every one of 18 migrations left it, and outgrew a
 * 1 MiB disk). The version is read inside the write lock: two netlogs starting on a new file at
 * once would otherwise both run migration 1, and one would fail.
 */
export function migrate(db: Database): void {
  const version = () => db.pragma("user_version", { simple: true }) as number;
  if (version() >= SCHEMA_VERSION) return;
  db.transaction(() => {
    const from = version(); // another process may have got there first
    if (from >= SCHEMA_VERSION) return;
    for (let target = from + 1; target <= SCHEMA_VERSION; target++) MIGRATIONS[target - 1]!(db);
    // A migration that makes the search index again queues every contact for it: it is filled in
    // the same step, so an upgraded file is never half indexed.
    updateSearchIndex(db);
    refreshSchedules(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
