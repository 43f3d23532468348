// Migration 014 keeps each contact's schedule: a database of schema 13 is opened with every
// contact's pieces made in the same step, so its first `due` already reads them.
import { chmodSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { due } from "../../src/commands/due.js";
import { integrityProblems } from "../../src/store/db.js";
import { schedulesCover } from "../../src/store/schedules.js";
import { tempDir, testCtx } from "../helpers/ctx.js";
import { databaseAtSchema } from "../helpers/databases.js";

describe("migration 014: the kept schedules", () => {
  it("makes every contact's schedule when a schema-13 database is opened, and due reads them", async () => {
    const path = join(tempDir(), "netlog.db");
    const old = databaseAtSchema(path, 13);
    old.exec(`
      INSERT INTO contacts (uuid, name, name_key, added_on, created_at, updated_at, cadence_days) VALUES
        ('u1', 'Elaine Longmire', 'elaine longmire', '2026-09-01', 'x', 'x', 30),
        ('u2', 'Sam Ortiz', 'sam ortiz', '2026-11-20', 'x', 'x', 30);
      INSERT INTO conversations (uuid, contact_id, happened_on, channel, note, direction, created_at, logged_on)
        VALUES ('i1', 1, '2026-10-01', 'phone', 'her move', 'both', 'x', '2026-10-01');
    `);
    old.close();
    chmodSync(path, 0o600);
    const ctx = testCtx({ today: "2026-11-25", dbPath: path });
    const db = ctx.db();
    expect(db.prepare("SELECT count(*) FROM schedule_pending").pluck().get()).toBe(0);
    expect(db.prepare("SELECT c.name, s.reason FROM contact_schedule s JOIN contacts c ON c.id = s.contact_id ORDER BY c.name").all()).toEqual([
      { name: "Elaine Longmire", reason: "cadence" },
      { name: "Sam Ortiz", reason: "never_contacted" },
    ]);
    expect(schedulesCover(db, "2026-11-25")).toBe(true);
    const report = await due({}, ctx, { shareOnly: true });
    expect([report.dueCount, report.shown.map((item) => item.contact.name)]).toEqual([1, ["Elaine Longmire"]]);
    expect(integrityProblems(db)).toEqual([]);
    expect(db.pragma("foreign_key_check")).toEqual([]);
  });
});
