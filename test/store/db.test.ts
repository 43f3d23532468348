import { copyFileSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/db.js";
import { recentChanges } from "../../src/store/journal.js";
import { MIGRATIONS, SCHEMA_VERSION } from "../../src/store/migrations/index.js";
import { resolveDbLocation } from "../../src/store/paths.js";
import { tempDir } from "../helpers/ctx.js";
import { databaseAtSchema } from "../helpers/databases.js";

const mode = (path: string) => statSync(path).mode & 0o777;

/** A database as the previous release of netlog left it. */
const previousSchema = (path: string) => databaseAtSchema(path, SCHEMA_VERSION - 1);

describe("openDatabase", () => {
  it("creates the folder 0700 and the file 0600 even with a permissive umask", () => {
    const dir = join(tempDir(), "deep", "netlog");
    const path = join(dir, "netlog.db");
    const umask = process.umask(0);
    try {
      openDatabase(path, "2026-11-25").close();
    } finally {
      process.umask(umask);
    }
    expect([mode(dir), mode(path)]).toEqual([0o700, 0o600]);
  });

  it("migrates a new file to the current schema with WAL, foreign keys and STRICT tables", () => {
    const db = openDatabase(join(tempDir(), "netlog.db"), "2026-11-25");
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    // The search index's FTS5 tables are virtual, and their storage is in shadow tables.
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
    expect(db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'virtual' ORDER BY name").pluck().all()).toEqual([
      "contact_search",
      "conversation_search",
    ]);
    expect(tables).toEqual([
      { name: "changes", strict: 1 },
      { name: "contact_dates", strict: 1 },
      { name: "contact_history", strict: 1 },
      { name: "contact_roles", strict: 1 },
      { name: "contact_schedule", strict: 1 },
      { name: "contact_search_pending", strict: 1 },
      { name: "contact_tags", strict: 1 },
      { name: "contact_values", strict: 1 },
      { name: "contacts", strict: 1 },
      { name: "conversation_search_pending", strict: 1 },
      { name: "conversations", strict: 1 },
      { name: "dismissals", strict: 1 },
      { name: "follow_ups", strict: 1 },
      { name: "journal_recording", strict: 1 },
      { name: "journal_start", strict: 1 },
      { name: "planned_meetings", strict: 1 },
      { name: "schedule_pending", strict: 1 },
      { name: "schedule_state", strict: 1 },
      { name: "settings", strict: 1 },
      { name: "tags", strict: 1 },
      { name: "undo_log", strict: 1 },
    ]);
    expect(() => db.prepare("INSERT INTO conversations (uuid, contact_id, happened_on, channel, created_at) VALUES ('u', 999, '2026-01-01', 'phone', 'x')").run()).toThrow(
      /FOREIGN KEY/,
    );
    db.close();
  });

  it("migrates a database of schema 1 to the current one with every row intact", () => {
    const path = join(tempDir(), "netlog.db");
    const v1 = new BetterSqlite3(path);
    v1.transaction(() => {
      MIGRATIONS[0]!(v1);
      v1.pragma(`application_id = ${0x4e4c4f47}`);
      v1.pragma("user_version = 1");
    })();
    v1.prepare("INSERT INTO contacts (uuid, name, name_key, added_on, created_at, updated_at) VALUES ('u1', 'Elaine', 'elaine', '2026-09-01', 'x', 'x')").run();
    v1.prepare("INSERT INTO interactions (uuid, contact_id, happened_on, channel, note, created_at) VALUES ('i1', 1, '2026-09-03', 'inmail', 'hi', 'x')").run();
    v1.close();
    const db = openDatabase(path, "2026-11-25");
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT uuid, name, paused, archived_at FROM contacts").all()).toEqual([{ uuid: "u1", name: "Elaine", paused: 0, archived_at: null }]);
    // Conversations logged before directions existed count as two-way, never as unanswered.
    expect(db.prepare("SELECT uuid, note, direction FROM conversations").all()).toEqual([{ uuid: "i1", note: "hi", direction: "both" }]);
    db.close();
  });

  it("backs up a database of the previous schema beside it before migrating, with every row intact", () => {
    const path = join(tempDir(), "netlog.db");
    const old = previousSchema(path);
    old.prepare("INSERT INTO contacts (uuid, name, name_key, added_on, created_at, updated_at) VALUES ('u1', 'Elaine', 'elaine', '2026-09-01', 'x', 'x')").run();
    old.prepare("INSERT INTO conversations (uuid, contact_id, happened_on, channel, note, created_at) VALUES ('i1', 1, '2026-09-03', 'inmail', 'hi', 'x')").run();
    const rowsBefore = ["contacts", "conversations"].map((t) => old.prepare(`SELECT * FROM ${t}`).all());
    old.close();

    const umask = process.umask(0);
    try {
      openDatabase(path, "2026-11-25").close();
    } finally {
      process.umask(umask);
    }
    const backupPath = `${path}.bak-v${SCHEMA_VERSION - 1}-2026-11-25`;
    expect(mode(backupPath)).toBe(0o600);
    const backup = new BetterSqlite3(backupPath, { readonly: true });
    expect(backup.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION - 1);
    expect(["contacts", "conversations"].map((t) => backup.prepare(`SELECT * FROM ${t}`).all())).toEqual(rowsBefore);
    backup.close();
    const migrated = new BetterSqlite3(path, { readonly: true });
    expect(migrated.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    const columnsBefore = (t: string) => Object.keys((rowsBefore[t === "contacts" ? 0 : 1] as object[])[0]!).join(", ");
    expect(["contacts", "conversations"].map((t) => migrated.prepare(`SELECT ${columnsBefore(t)} FROM ${t}`).all())).toEqual(rowsBefore);
    migrated.close();
  });

  it("keeps the sentence of each change recorded before summaries were data", () => {
    const path = join(tempDir(), "netlog.db");
    const old = databaseAtSchema(path, 8);
    old.prepare("INSERT INTO changes (command, summary, made_at) VALUES ('contact add', 'Elaine Longmire', '2026-11-24T10:00:00.000Z')").run();
    old.close();
    const db = openDatabase(path, "2026-11-25");
    expect(recentChanges(db).map((c) => c.summary)).toEqual([{ kind: "text", text: "Elaine Longmire" }]);
    db.close();
  });

  it("keeps the last five automatic backups, and makes none for a new or current database", () => {
    const dir = tempDir();
    const path = join(dir, "netlog.db");
    openDatabase(join(dir, "current.db"), "2026-11-25").close();
    openDatabase(join(dir, "current.db"), "2026-11-26").close();
    expect(readdirSync(dir).filter((f) => f.includes(".bak-"))).toEqual([]);
    previousSchema(path).close();
    for (let day = 1; day <= 6; day++) {
      const old = join(dir, `netlog.db.bak-v1-2026-10-0${day}`);
      writeFileSync(old, "old");
      utimesSync(old, new Date(2026, 9, day), new Date(2026, 9, day));
    }
    openDatabase(path, "2026-11-25").close();
    expect(
      readdirSync(dir)
        .filter((f) => f.includes(".bak-"))
        .sort(),
    ).toEqual([
      "netlog.db.bak-v1-2026-10-03",
      "netlog.db.bak-v1-2026-10-04",
      "netlog.db.bak-v1-2026-10-05",
      "netlog.db.bak-v1-2026-10-06",
      `netlog.db.bak-v${SCHEMA_VERSION - 1}-2026-11-25`,
    ]);
  });

  it("refuses a database from a newer netlog and leaves its bytes as they were", () => {
    const path = join(tempDir(), "netlog.db");
    openDatabase(path, "2026-11-25").close();
    const raw = new BetterSqlite3(path);
    raw.pragma("journal_mode = DELETE");
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = readFileSync(path);
    expect(() => openDatabase(path, "2026-11-25")).toThrow(`${path} was written by a newer netlog (schema ${SCHEMA_VERSION + 1}; this one knows up to ${SCHEMA_VERSION})`);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("refuses a newer database whose last writer crashed, touching neither the file nor its WAL", () => {
    const dir = tempDir();
    const live = join(dir, "live.db");
    const writer = new BetterSqlite3(live);
    writer.pragma("journal_mode = WAL");
    writer.pragma("wal_autocheckpoint = 0");
    writer.exec("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('from a newer netlog')");
    writer.pragma(`application_id = ${0x4e4c4f47}`);
    writer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    // Copy the files while the writer is still open: what a crash leaves behind.
    const path = join(dir, "netlog.db");
    copyFileSync(live, path);
    copyFileSync(`${live}-wal`, `${path}-wal`);
    writer.close();
    const before = [readFileSync(path), readFileSync(`${path}-wal`)];
    expect(() => openDatabase(path, "2026-11-25")).toThrow(/was written by a newer netlog/);
    expect([readFileSync(path), readFileSync(`${path}-wal`)]).toEqual(before);
  });

  it("refuses another program's SQLite database without adding tables to it", () => {
    const path = join(tempDir(), "other.db");
    const raw = new BetterSqlite3(path);
    raw.exec("CREATE TABLE recipes (name TEXT)");
    raw.close();
    const before = readFileSync(path);
    expect(() => openDatabase(path, "2026-11-25")).toThrow(`${path} is an SQLite database, but not netlog's`);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it.each([
    ["a text file", "name,email\nElaine,e@x.example\n".repeat(200), "this file is not an SQLite database"],
    ["a PDF", `%PDF-1.7\n${"x".repeat(4096)}`, "this file is not an SQLite database"],
  ])("refuses %s and leaves it untouched", (_, content, message) => {
    const path = join(tempDir(), "netlog.db");
    writeFileSync(path, content);
    expect(() => openDatabase(path, "2026-11-25")).toThrow(`${message}: ${path}`);
    expect(readFileSync(path, "utf8")).toBe(content);
  });

  it("refuses a folder", () => {
    const dir = tempDir();
    expect(() => openDatabase(dir, "2026-11-25")).toThrow(`${dir} is a folder, not a database file`);
  });

  it("explains a path it cannot create, naming the flag to pass", () => {
    const file = join(tempDir(), "notes.txt");
    writeFileSync(file, "not a folder");
    const path = join(file, "netlog.db");
    expect(() => openDatabase(path, "2026-11-25")).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/^cannot create the database at .*notes.txt\/netlog.db: ENOTDIR/),
        hint: "check that the folder is writable, or pass --db PATH",
      }),
    );
  });
});

describe("resolveDbLocation", () => {
  it.each([
    [
      { flag: "/a/x.db", env: { NETLOG_DB: "/b/y.db", HOME: "/h" } },
      { path: "/a/x.db", source: "--db" },
    ],
    [
      { flag: "rel.db", env: { HOME: "/h" } },
      { path: "rel.db", source: "--db" },
    ],
    [{ env: { NETLOG_DB: "/b/y.db", XDG_DATA_HOME: "/x", HOME: "/h" } }, { path: "/b/y.db", source: "NETLOG_DB" }],
    [{ env: { XDG_DATA_HOME: "/x", HOME: "/h" } }, { path: "/x/netlog/netlog.db", source: "XDG_DATA_HOME" }],
    [{ env: { XDG_DATA_HOME: "", HOME: "/h" } }, { path: "/h/.local/share/netlog/netlog.db", source: "HOME" }],
    [{ env: { XDG_DATA_HOME: "relative/dir", HOME: "/h" } }, { path: "/h/.local/share/netlog/netlog.db", source: "HOME" }],
    [{ env: { NETLOG_DB: "", HOME: "/h" } }, { path: "/h/.local/share/netlog/netlog.db", source: "HOME" }],
  ])("%j → %j", ({ flag, env }: { flag?: string; env: Record<string, string> }, expected) => {
    expect(resolveDbLocation(flag, env)).toEqual(expected);
  });

  it("refuses an empty --db rather than quietly using another database", () => {
    expect(() => resolveDbLocation("", { HOME: "/h" })).toThrow("--db needs a file path");
  });

  it("asks for --db when there is no HOME", () => {
    expect(() => resolveDbLocation(undefined, {})).toThrow("cannot find a place for the database: HOME is not set");
  });
});
