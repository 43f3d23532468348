import BetterSqlite3 from "better-sqlite3";
import { APPLICATION_ID } from "../../src/store/db.js";
import { MIGRATIONS, SCHEMA_VERSION } from "../../src/store/migrations/index.js";

/** A database as netlog at schema `version` left it (the open handle, to add rows to). */
export function databaseAtSchema(path: string, version: number): BetterSqlite3.Database {
  const db = new BetterSqlite3(path);
  db.transaction(() => {
    for (const up of MIGRATIONS.slice(0, version)) up(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${version}`);
  })();
  return db;
}

/** An (empty) database marked as written by a netlog newer than this one. */
export function newerNetlogDatabase(path: string): void {
  const db = new BetterSqlite3(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  db.close();
}
