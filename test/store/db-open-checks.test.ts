// openDatabase checks whose a file is on the connection it will use when nothing beside the file
// (a WAL with frames, a rollback journal) could be written into it by opening and closing a
// read-write connection; otherwise on a read-only one first (test/store/db.test.ts has the
// crashed newer netlog). These are the files that take the first way, and those that must not.
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { APPLICATION_ID, openDatabase } from "../../src/store/db.js";
import { SCHEMA_VERSION } from "../../src/store/migrations/index.js";
import { tempDir } from "../helpers/ctx.js";

describe("openDatabase refuses, leaving everything as it was", () => {
  it("a newer netlog's database in WAL mode, closed cleanly (no WAL beside it)", () => {
    const path = join(tempDir(), "netlog.db");
    const writer = new BetterSqlite3(path);
    writer.pragma("journal_mode = WAL");
    writer.exec("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('from a newer netlog')");
    writer.pragma(`application_id = ${APPLICATION_ID}`);
    writer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    writer.close();
    const before = readFileSync(path);
    expect(() => openDatabase(path, "2026-11-25")).toThrow(/was written by a newer netlog/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect([existsSync(`${path}-wal`), existsSync(`${path}-shm`)]).toEqual([false, false]);
  });

  it("another program's database with the rollback journal of a transaction it never finished", () => {
    const dir = tempDir();
    const live = join(dir, "live.db");
    const writer = new BetterSqlite3(live);
    writer.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')");
    // A cache of one page spills the change into the file before the commit: with the journal,
    // what a crash in the middle of the transaction leaves behind.
    writer.pragma("cache_size = 1");
    writer.exec("BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO recipes SELECT 'stew ' || i FROM n");
    const path = join(dir, "other.db");
    copyFileSync(live, path);
    copyFileSync(`${live}-journal`, `${path}-journal`);
    writer.exec("ROLLBACK");
    writer.close();
    const before = [readFileSync(path), readFileSync(`${path}-journal`)];
    expect(() => openDatabase(path, "2026-11-25")).toThrow();
    expect([readFileSync(path), readFileSync(`${path}-journal`)]).toEqual(before);
  });
});

describe("openDatabase opens, with one connection", () => {
  it("its own database, closed cleanly, and keeps what it holds", () => {
    const path = join(tempDir(), "netlog.db");
    const first = openDatabase(path, "2026-11-25");
    first.prepare("INSERT INTO settings (key, value) VALUES ('daily-limit', '7')").run();
    first.close();
    const again = openDatabase(path, "2026-11-25");
    expect(again.prepare("SELECT value FROM settings WHERE key = 'daily-limit'").pluck().get()).toBe("7");
    again.close();
  });
});
