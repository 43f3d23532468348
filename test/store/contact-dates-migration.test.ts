// Migration 011 adds the table of birthdays and named dates, and lets a dismissal be of a
// birthday: a database of schema 10 must come through with every row, and a change journalled
// before it must still undo.
import { chmodSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contactEdit } from "../../src/commands/contact-edit.js";
import { undo } from "../../src/commands/undo.js";
import { integrityProblems } from "../../src/store/db.js";
import { tempDir, testCtx } from "../helpers/ctx.js";
import { databaseAtSchema } from "../helpers/databases.js";

const TODAY = "2026-11-25";

function schema10Database(path: string) {
  const old = databaseAtSchema(path, 10);
  old.exec(`
    INSERT INTO contacts (uuid, name, name_key, company, added_on, created_at, updated_at)
      VALUES ('u1', 'Elaine Longmire', 'elaine longmire', 'Jefferson Bank', '2026-09-01', 'x', 'x');
    INSERT INTO conversations (uuid, contact_id, happened_on, channel, note, direction, created_at, logged_on)
      VALUES ('i1', 1, '2026-09-03', 'inmail', 'asked about the Spokane branch', 'sent', '2026-09-03T10:00:00.000Z', '2026-09-03');
    INSERT INTO dismissals (uuid, contact_id, reason, dismissed_on, note, created_at)
      VALUES ('d1', 1, 'no_reply', '2026-09-20', 'she is away', 'x'), ('d2', 1, 'suggest_call', '2026-10-02', NULL, 'x');
    -- A dismissal journalled at schema 10, to undo after the migration.
    INSERT INTO changes (command, summary, made_at) VALUES ('dismiss', 'Elaine Longmire', '2026-10-02T10:00:00.000Z');
    INSERT INTO undo_log (change_id, table_name, op, row_key, old_row) VALUES (1, 'dismissals', 'insert_range', '{"from":2,"to":2}', NULL);
  `);
  chmodSync(path, 0o600);
  return old;
}

describe("migration 011: birthdays and named dates", () => {
  it("keeps every row of a schema-10 database, dismissals with their ids, and the file stays whole", async () => {
    const path = join(tempDir(), "netlog.db");
    const old = schema10Database(path);
    const tables = ["contacts", "conversations", "dismissals", "changes", "undo_log"];
    const before = tables.map((t) => old.prepare(`SELECT * FROM ${t} ORDER BY 1`).all());
    // A later migration's new columns (contacts' labels, 012) are not compared.
    const columns = tables.map((t) => (old.prepare("SELECT name FROM pragma_table_info(?)").pluck().all(t) as string[]).join(", "));
    old.close();

    const ctx = testCtx({ today: TODAY, dbPath: path });
    const db = ctx.db();
    expect(db.pragma("user_version", { simple: true })).toBeGreaterThanOrEqual(11);
    expect(tables.map((t, i) => db.prepare(`SELECT ${columns[i]} FROM ${t} ORDER BY 1`).all())).toEqual(before);
    expect(db.prepare("SELECT name FROM pragma_index_list('dismissals') WHERE origin = 'c'").pluck().all()).toEqual(["dismissals_by_contact"]);
    expect(integrityProblems(db)).toEqual([]);
    expect(db.pragma("foreign_key_check")).toEqual([]);

    // A dismissal may now be of a birthday; the table of dates takes a birthday and undoes it.
    db.exec("INSERT INTO dismissals (uuid, contact_id, reason, dismissed_on, created_at) VALUES ('d3', 1, 'birthday', '2026-11-20', 'x')");
    await contactEdit({ contact: "elaine", birthday: "1986-04-14" }, ctx);
    expect(db.prepare("SELECT kind, month, day, year FROM contact_dates").all()).toEqual([{ kind: "birthday", month: 4, day: 14, year: 1986 }]);
    await undo(ctx);
    expect(db.prepare("SELECT count(*) FROM contact_dates").pluck().get()).toBe(0);
    // The change journalled at schema 10 still undoes.
    await undo(ctx);
    expect(db.prepare("SELECT uuid FROM dismissals ORDER BY id").pluck().all()).toEqual(["d1", "d3"]);
  });
});
