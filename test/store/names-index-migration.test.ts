// Migration 018: the name_key index carries the name, so that a Tab press (store/contact-names.ts)
// reads the names it offers from the index alone, never a contact's row.
import { chmodSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContactNamesStartingWith } from "../../src/store/contact-names.js";
import { integrityProblems } from "../../src/store/db.js";
import { tempDir, testCtx } from "../helpers/ctx.js";
import { databaseAtSchema } from "../helpers/databases.js";

describe("migration 018: names read from the name_key index", () => {
  it("completes a schema-17 database's names, and reads them from the index only", () => {
    const path = join(tempDir(), "netlog.db");
    const old = databaseAtSchema(path, 17);
    old.exec(`
      INSERT INTO contacts (uuid, name, name_key, added_on, created_at, updated_at) VALUES
        ('u1', 'Elaine Longmire', 'elaine longmire', '2026-09-01', 'x', 'x'),
        ('u2', 'elaine longmire', 'elaine longmire', '2026-09-01', 'x', 'x'),
        ('u3', 'Elaine Longmire', 'elaine longmire', '2026-09-01', 'x', 'x'),
        ('u4', 'Éla Ortiz', 'ela ortiz', '2026-09-01', 'x', 'x'),
        ('u5', 'Sam Ortiz', 'sam ortiz', '2026-09-01', 'x', 'x');
    `);
    old.close();
    chmodSync(path, 0o600);
    const db = testCtx({ today: "2026-11-25", dbPath: path }).db();
    expect(db.pragma("user_version", { simple: true })).toBe(18);
    expect(integrityProblems(db)).toEqual([]);
    const plan = (sql: string) =>
      db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((row) => (row as { detail: string }).detail);
    // What a Tab press asks (store/contact-names.ts): a range of the index, in its order, unsorted.
    expect(plan("SELECT name FROM contacts WHERE name_key >= 'el' AND name_key < 'em' ORDER BY name_key, id")).toEqual([
      "SEARCH contacts USING COVERING INDEX contacts_by_name_key (name_key>? AND name_key<?)",
    ]);
    // The lists in name order and the name lookups still read the index in their order, unsorted.
    const sorts = (sql: string) => plan(sql).filter((detail) => detail.includes("TEMP B-TREE"));
    expect(sorts("SELECT id, name FROM contacts WHERE (name_key, id) > ('ela', 1) ORDER BY name_key, id LIMIT 500")).toEqual([]);
    expect(sorts("SELECT id, name, company FROM contacts WHERE name_key = 'sam ortiz' ORDER BY id")).toEqual([]);
    db.close();
    // Each name once, in the order of the folded names (Éla before Elaine), then as added.
    expect(readContactNamesStartingWith(path, "el")).toEqual(["Éla Ortiz", "Elaine Longmire", "elaine longmire"]);
  });
});
