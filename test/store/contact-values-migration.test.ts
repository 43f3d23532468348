// Migration 012 adds the table of a contact's other emails, phones and links, the primary's
// labels, and a column of the search index for them all: a database of schema 11 comes through
// with every row, is searchable by email at once, and takes several values, undoably.
import { chmodSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contactEdit } from "../../src/commands/contact-edit.js";
import { search } from "../../src/commands/search.js";
import { undo } from "../../src/commands/undo.js";
import { integrityProblems } from "../../src/store/db.js";
import { tempDir, testCtx } from "../helpers/ctx.js";
import { databaseAtSchema } from "../helpers/databases.js";

const TODAY = "2026-11-25";

function schema11Database(path: string) {
  const old = databaseAtSchema(path, 11);
  old.exec(`
    INSERT INTO contacts (uuid, name, name_key, company, email, phone, added_on, created_at, updated_at)
      VALUES ('u1', 'Elaine Longmire', 'elaine longmire', 'Jefferson Bank', 'elaine@jeffersonbank.example', '+1 509 555 0100', '2026-09-01', 'x', 'x'),
             ('u2', 'Sam Ortiz', 'sam ortiz', NULL, NULL, NULL, '2026-09-01', 'x', 'x');
  `);
  chmodSync(path, 0o600);
  return old;
}

describe("migration 012: several emails, phones and links", () => {
  it("keeps every contact as it was, indexes its email for search, and the file stays whole", async () => {
    const path = join(tempDir(), "netlog.db");
    const old = schema11Database(path);
    const columns = (old.prepare("SELECT name FROM pragma_table_info('contacts')").pluck().all() as string[]).join(", ");
    const before = old.prepare(`SELECT ${columns} FROM contacts ORDER BY id`).all();
    old.close();

    const ctx = testCtx({ today: TODAY, dbPath: path });
    const db = ctx.db();
    expect(db.pragma("user_version", { simple: true })).toBeGreaterThanOrEqual(12);
    expect(db.prepare(`SELECT ${columns} FROM contacts ORDER BY id`).all()).toEqual(before);
    expect(db.prepare("SELECT email_label, phone_label FROM contacts WHERE id = 1").get()).toEqual({ email_label: null, phone_label: null });
    expect(db.prepare("SELECT count(*) FROM contact_search_pending").pluck().get()).toBe(0);
    expect(integrityProblems(db)).toEqual([]);
    expect(db.pragma("foreign_key_check")).toEqual([]);
    expect((await search({ text: "jeffersonbank" }, ctx)).results.map((r) => r.contact.name)).toEqual(["Elaine Longmire"]);

    await contactEdit({ contact: "elaine", email: ["home=elaine@home.example"] }, ctx);
    expect(db.prepare("SELECT contact_id, kind, value, label FROM contact_values").all()).toEqual([{ contact_id: 1, kind: "email", value: "elaine@home.example", label: "home" }]);
    await undo(ctx);
    expect(db.prepare("SELECT count(*) FROM contact_values").pluck().get()).toBe(0);
  });
});
