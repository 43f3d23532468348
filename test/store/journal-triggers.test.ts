// The undo journal's triggers are made once per connection (store/journal.ts installTriggers):
// they must still be there for every later change, after a change that failed and was rolled
// back (taking with it the triggers it created) and after a migration added a table.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/db.js";
import { recentChanges, recordChange, undoLastChange } from "../../src/store/journal.js";
import { journalTriggersSql, PERMANENT_JOURNAL_TABLES } from "../../src/store/journal-triggers.js";
import { dataTables } from "../../src/store/tables.js";
import { tempDir } from "../helpers/ctx.js";

const NOW = "2026-11-25T17:00:00.000Z";
const summary = () => ({ kind: "text", text: "set" }) as const;
const setting = (db: ReturnType<typeof openDatabase>, value: string) =>
  recordChange(
    db,
    { command: "config", now: NOW },
    () => db.prepare("INSERT INTO settings (key, value) VALUES ('daily-limit', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(value),
    summary,
  );
const limit = (db: ReturnType<typeof openDatabase>) => db.prepare("SELECT value FROM settings WHERE key = 'daily-limit'").pluck().get();

describe("the journal's triggers on one connection", () => {
  it("record the change after a first change that failed and was rolled back", () => {
    const db = openDatabase(join(tempDir(), "netlog.db"), "2026-11-25");
    expect(() =>
      recordChange(
        db,
        { command: "config", now: NOW },
        () => {
          throw new Error("failed half-way");
        },
        summary,
      ),
    ).toThrow("failed half-way");
    setting(db, "7");
    expect(recentChanges(db).map((c) => c.command)).toEqual(["config"]);
    undoLastChange(db, NOW);
    expect(limit(db)).toBeUndefined();
    db.close();
  });

  it("cover the tables a change names, and every table for a later change that names none", () => {
    const db = openDatabase(join(tempDir(), "netlog.db"), "2026-11-25");
    const triggers = () => db.prepare("SELECT name FROM temp.sqlite_master WHERE type = 'trigger' ORDER BY name").pluck().all();
    recordChange(db, { command: "x", now: NOW, writes: ["settings"] }, () => db.prepare("INSERT INTO settings (key, value) VALUES ('daily-limit', '7')").run(), summary);
    expect(triggers()).toEqual(["journal_settings_delete", "journal_settings_insert", "journal_settings_update"]);
    setting(db, "9");
    // Every other data table's, as temporary triggers; those of the tables add writes are in the schema.
    expect(triggers()).toContain("journal_tags_update");
    expect(triggers()).not.toContain("journal_contacts_update");
    undoLastChange(db, NOW);
    expect(limit(db)).toBe("7");
    undoLastChange(db, NOW);
    expect(limit(db)).toBeUndefined();
    db.close();
  });

  it("refuse to cover a table that is no data table, and write nothing", () => {
    const db = openDatabase(join(tempDir(), "netlog.db"), "2026-11-25");
    for (const table of ["contact_schedule", "no_such_table"]) {
      expect(() =>
        recordChange(db, { command: "x", now: NOW, writes: [table] }, () => db.prepare("INSERT INTO settings (key, value) VALUES ('daily-limit', '7')").run(), summary),
      ).toThrow(`the undo journal cannot cover ${table}: it is no data table`);
    }
    expect([limit(db), recentChanges(db)]).toEqual([undefined, []]);
    db.close();
  });

  it("record every change of a command that makes several, and a table made in between", () => {
    const db = openDatabase(join(tempDir(), "netlog.db"), "2026-11-25");
    setting(db, "7");
    setting(db, "9");
    db.exec("CREATE TABLE later_table (id INTEGER PRIMARY KEY, note TEXT) STRICT");
    recordChange(db, { command: "x", now: NOW }, () => db.prepare("INSERT INTO later_table (note) VALUES ('new')").run(), summary);
    undoLastChange(db, NOW);
    expect(db.prepare("SELECT count(*) FROM later_table").pluck().get()).toBe(0);
    undoLastChange(db, NOW);
    expect(limit(db)).toBe("7");
    undoLastChange(db, NOW);
    expect(limit(db)).toBeUndefined();
    db.close();
  });
});

describe("the journal's triggers in the schema (migration 016)", () => {
  it("are those of every column the tables add writes have now: a migration that changes their columns makes them again", () => {
    const db = openDatabase(join(tempDir(), "netlog.db"), "2026-11-25");
    const stored = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'journal%' ORDER BY name").all() as Array<{ name: string; sql: string }>;
    const shapes = dataTables(db, PERMANENT_JOURNAL_TABLES);
    expect(shapes.map((t) => [t.name, t.withoutRowid])).toEqual(PERMANENT_JOURNAL_TABLES.map((name) => [name, false]));
    const expected = shapes.flatMap((t) => journalTriggersSql(t, "permanent").split("\n"));
    expect(stored.map((t) => `${t.sql};`).sort()).toEqual(expected.sort());
    db.close();
  });

  it("log nothing for a write outside a change (sqlite3 by hand, a restore)", () => {
    const db = openDatabase(join(tempDir(), "netlog.db"), "2026-11-25");
    db.prepare("INSERT INTO contacts (uuid, name, name_key, added_on, created_at, updated_at) VALUES ('u', 'Sam Ortiz', 'sam ortiz', '2026-11-25', ?, ?)").run(NOW, NOW);
    db.prepare("UPDATE contacts SET company = 'Acme' WHERE uuid = 'u'").run();
    db.prepare("DELETE FROM contacts WHERE uuid = 'u'").run();
    expect(db.prepare("SELECT count(*) FROM undo_log").pluck().get()).toBe(0);
    db.close();
  });
});
