// Migration 013 adds planned meetings and job history, and lets a dismissal be of a job change:
// a database of schema 12 comes through with every dismissal, ids and all, and the file stays whole.
import { chmodSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { integrityProblems } from "../../src/store/db.js";
import { tempDir, testCtx } from "../helpers/ctx.js";
import { databaseAtSchema } from "../helpers/databases.js";

describe("migration 013: planned meetings, job history, job-change dismissals", () => {
  it("keeps every dismissal with its id and index, takes the new reason, and the file stays whole", () => {
    const path = join(tempDir(), "netlog.db");
    const old = databaseAtSchema(path, 12);
    old.exec(`
      INSERT INTO contacts (uuid, name, name_key, added_on, created_at, updated_at) VALUES ('u1', 'Elaine Longmire', 'elaine longmire', '2026-09-01', 'x', 'x');
      INSERT INTO dismissals (uuid, contact_id, reason, dismissed_on, note, created_at)
        VALUES ('d1', 1, 'no_reply', '2026-09-20', 'she is away', 'x'), ('d2', 1, 'birthday', '2026-10-02', NULL, 'x');
    `);
    const before = old.prepare("SELECT * FROM dismissals ORDER BY id").all();
    old.close();
    chmodSync(path, 0o600);
    const db = testCtx({ today: "2026-11-25", dbPath: path }).db();
    expect(db.prepare("SELECT * FROM dismissals ORDER BY id").all()).toEqual(before);
    expect(db.prepare("SELECT name FROM pragma_index_list('dismissals') WHERE origin = 'c'").pluck().all()).toEqual(["dismissals_by_contact"]);
    db.prepare("INSERT INTO dismissals (uuid, contact_id, reason, dismissed_on, created_at) VALUES ('d3', 1, 'job_change', '2026-11-25', 'x')").run();
    expect(() => db.prepare("INSERT INTO dismissals (uuid, contact_id, reason, dismissed_on, created_at) VALUES ('d4', 1, 'whatever', '2026-11-25', 'x')").run()).toThrow(/CHECK/);
    expect(integrityProblems(db)).toEqual([]);
    expect(db.pragma("foreign_key_check")).toEqual([]);
  });
});
