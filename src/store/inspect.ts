// What `netlog doctor` reads from a database file. It opens the file read-only: a check never
// changes what it checks.
import type { Database } from "better-sqlite3";
import { openSqlite } from "./sqlite.js";
import { APPLICATION_ID, integrityProblems, readStamp, type Stamp } from "./db.js";
import { SCHEMA_VERSION } from "./migrations/index.js";
import { conversationsTable } from "./tables.js";

export interface DatabaseCounts {
  contacts: number;
  tracked: number;
  archived: number;
  conversations: number;
  openFollowUps: number;
}

/**
 * As far as the reading got. `stamp` is missing when the file could not be opened; `problems`
 * is read only from netlog's own database; `counts` only from a whole one whose schema this
 * netlog knows (a newer one may have other tables). `failure` is what stopped the reading.
 */
export interface DatabaseInspection {
  stamp?: Stamp;
  /** What `PRAGMA integrity_check` found wrong; empty when the file is whole. */
  problems?: string[];
  counts?: DatabaseCounts;
  failure?: unknown;
}

export function inspectDatabase(path: string): DatabaseInspection {
  const found: DatabaseInspection = {};
  let db: Database | undefined;
  try {
    db = openSqlite(path, { readonly: true, fileMustExist: true });
    found.stamp = readStamp(db);
    if (found.stamp.appId !== APPLICATION_ID) return found;
    found.problems = integrityProblems(db);
    if (found.problems.length === 0 && found.stamp.version <= SCHEMA_VERSION) found.counts = countRows(db);
  } catch (error) {
    found.failure = error;
  } finally {
    db?.close();
  }
  return found;
}

function countRows(db: Database): DatabaseCounts {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM contacts) AS contacts,
         (SELECT count(*) FROM contacts WHERE tracked = 1 AND archived_at IS NULL) AS tracked,
         (SELECT count(*) FROM contacts WHERE archived_at IS NOT NULL) AS archived,
         (SELECT count(*) FROM ${conversationsTable(db)}) AS conversations,
         (SELECT count(*) FROM follow_ups WHERE done_at IS NULL) AS openFollowUps`,
    )
    .get() as DatabaseCounts;
}
