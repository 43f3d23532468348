// Migration 010 renames the table of conversations from `interactions` to `conversations`: a
// database of schema 9 must come through with every row, index, trigger and journal entry working.
import { chmodSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { restore } from "../../src/commands/backup.js";
import { doctor } from "../../src/commands/doctor.js";
import { search } from "../../src/commands/search.js";
import { undo } from "../../src/commands/undo.js";
import { renderRestored } from "../../src/render/backup.js";
import { doctorJson } from "../../src/render/doctor.js";
import { integrityProblems } from "../../src/store/db.js";
import { catchUpSearchIndex } from "../../src/store/search-index.js";
import { tempDir, testCtx } from "../helpers/ctx.js";
import { databaseAtSchema } from "../helpers/databases.js";

const TODAY = "2026-11-25";

const FOLLOW_UP_BEFORE = {
  id: 1,
  uuid: "f1",
  contact_id: 1,
  due_on: "2026-12-01",
  note: "send the deck",
  set_on: "2026-09-03",
  after_interaction_id: 1,
  done_at: null,
  created_at: "2026-09-03T10:00:00.000Z",
};

/** A database as netlog at schema 9 left it, with a row in every data table and one change to undo. */
function schema9Database(path: string) {
  const old = databaseAtSchema(path, 9);
  old.exec(`
    INSERT INTO contacts (uuid, name, name_key, company, added_on, created_at, updated_at)
      VALUES ('u1', 'Elaine Longmire', 'elaine longmire', 'Jefferson Bank', '2026-09-01', 'x', 'x');
    INSERT INTO tags (name, key, cadence_days) VALUES ('Banking', 'banking', 30);
    INSERT INTO contact_tags (contact_id, tag_id) VALUES (1, 1);
    INSERT INTO interactions (uuid, contact_id, happened_on, channel, note, direction, created_at, logged_on, source_key)
      VALUES ('i1', 1, '2026-09-03', 'inmail', 'asked about the Spokane branch', 'sent', '2026-09-03T10:00:00.000Z', '2026-09-03', 'linkedin:c1:1'),
             ('i2', 1, '2026-10-01', 'phone', 'the pitch deck', 'both', '2026-10-01T10:00:00.000Z', '2026-10-01', NULL);
    INSERT INTO follow_ups (uuid, contact_id, due_on, note, set_on, after_interaction_id, created_at)
      VALUES ('f1', 1, '2026-12-01', 'send the deck', '2026-10-01', 2, '2026-09-03T10:00:00.000Z');
    INSERT INTO dismissals (uuid, contact_id, reason, dismissed_on, created_at) VALUES ('d1', 1, 'suggest_meeting', '2026-10-02', 'x');
    INSERT INTO settings (key, value) VALUES ('default_cadence', '90');
    -- What 'netlog add' journalled at schema 9 when it logged i2 and moved the follow-up's anchor onto it.
    INSERT INTO changes (command, summary, made_at) VALUES ('add', 'Elaine Longmire: phone', '2026-10-01T10:00:00.000Z');
    INSERT INTO undo_log (change_id, table_name, op, row_key, old_row) VALUES
      (1, 'interactions', 'insert_range', '{"from":2,"to":2}', NULL),
      (1, 'follow_ups', 'update', '{"rowid":1}', '${JSON.stringify(FOLLOW_UP_BEFORE)}');
  `);
  // netlog makes its files 0600; the doctor would say so otherwise.
  chmodSync(path, 0o600);
  return old;
}

const columnsOf = (db: ReturnType<typeof schema9Database>, table: string) => db.prepare("SELECT name FROM pragma_table_info(?)").pluck().all(table) as string[];
/** The rows as the old schema had them: a later migration's new columns (contacts' labels, 012) are not compared. */
const rowsOf = (db: ReturnType<typeof schema9Database>, table: string, columns: readonly string[] = ["*"]) =>
  db.prepare(`SELECT ${columns.join(", ")} FROM ${table} ORDER BY 1`).all();

describe("migration 010: the table of conversations is named conversations", () => {
  it("keeps every row of a schema-9 database, and the file stays whole", () => {
    const path = join(tempDir(), "netlog.db");
    const old = schema9Database(path);
    const tables = ["contacts", "tags", "contact_tags", "follow_ups", "dismissals", "settings", "contact_history", "changes"];
    const before = tables.map((t) => rowsOf(old, t));
    const oldColumns = Object.fromEntries(tables.map((t) => [t, columnsOf(old, t)]));
    const conversationsBefore = rowsOf(old, "interactions");
    const followUpsBefore = rowsOf(old, "follow_ups") as Array<Record<string, unknown>>;
    old.close();

    const db = testCtx({ today: TODAY, dbPath: path }).db();
    expect(db.pragma("user_version", { simple: true })).toBeGreaterThanOrEqual(10);
    expect(rowsOf(db, "conversations")).toEqual(conversationsBefore);
    // follow_ups names the conversation it was promised in under the new name, with the same value.
    expect(rowsOf(db, "follow_ups")).toEqual(followUpsBefore.map(({ after_interaction_id, ...f }) => ({ ...f, after_conversation_id: after_interaction_id })));
    expect(tables.filter((t) => t !== "follow_ups").map((t) => rowsOf(db, t, oldColumns[t]))).toEqual(before.filter((_, i) => tables[i] !== "follow_ups"));
    // Triggers, the view and indexes name the new table (a comment in a CREATE TABLE keeps its words).
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE '%interaction%' OR (type <> 'table' AND sql LIKE '%interaction%')").pluck().all()).toEqual([]);
    expect(db.prepare("SELECT name FROM pragma_index_list('conversations') WHERE origin = 'c' ORDER BY name").pluck().all()).toEqual([
      "conversations_by_contact_date",
      "conversations_by_date",
      "conversations_by_search_key",
      "conversations_by_source_key",
    ]);
    expect(integrityProblems(db)).toEqual([]);
    expect(db.pragma("foreign_key_check")).toEqual([]);
    // The rows added at schema 9 wait in the search index's queue, as rows added by hand would.
    catchUpSearchIndex(db);
    db.exec("INSERT INTO conversation_search (conversation_search, rank) VALUES ('integrity-check', 1)");
    expect(db.prepare("SELECT table_name, old_row ->> '$.after_conversation_id' AS anchor FROM undo_log ORDER BY id").all()).toEqual([
      { table_name: "conversations", anchor: null },
      { table_name: "follow_ups", anchor: 1 },
    ]);
  });

  it("still searches, summarises, undoes what was journalled before, and passes the doctor", async () => {
    const path = join(tempDir(), "netlog.db");
    schema9Database(path).close();
    const ctx = testCtx({ today: TODAY, dbPath: path });
    expect([(await search({ text: "spokane" }, ctx)).total, (await search({ text: "deck" }, ctx)).total]).toEqual([1, 1]);
    await undo(ctx);
    const db = ctx.db();
    expect(db.prepare("SELECT uuid FROM conversations").pluck().all()).toEqual(["i1"]);
    const { after_interaction_id, ...followUp } = FOLLOW_UP_BEFORE;
    expect(db.prepare("SELECT * FROM follow_ups").get()).toEqual({ ...followUp, after_conversation_id: after_interaction_id });
    expect(db.prepare("SELECT last_on, last_channel FROM contact_history").get()).toEqual({ last_on: "2026-09-03", last_channel: "inmail" });
    await add({ name: "Elaine", via: "video", note: "caught up" }, ctx);
    expect(db.prepare("SELECT last_on, last_channel, voice_count FROM contact_history").get()).toEqual({ last_on: TODAY, last_channel: "video", voice_count: 1 });
    expect((await search({ text: "caught" }, ctx)).total).toBe(1);
    db.close();
    const checks = doctorJson(await doctor(testCtx({ today: TODAY, dbPath: path }))).checks;
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.map((c) => c.name)).toEqual(["file", "backup", "schema", "integrity"]);
  });

  it("restores a backup made at schema 9, counting what it holds before migrating a copy", async () => {
    const file = join(tempDir(), "old-backup.db");
    schema9Database(file).close();
    const ctx = testCtx({ today: TODAY });
    expect(renderRestored(await restore({ file, yes: true }, ctx))).toMatch(/^Restored 1 contact and 2 conversations from /);
    expect(ctx.db().prepare("SELECT uuid FROM conversations ORDER BY id").pluck().all()).toEqual(["i1", "i2"]);
  });

  it("lets the doctor count the conversations of a schema-9 database, which it reads without migrating", async () => {
    const path = join(tempDir(), "netlog.db");
    schema9Database(path).close();
    const report = doctorJson(await doctor(testCtx({ today: TODAY, dbPath: path })));
    expect([report.checks.filter((c) => !c.ok), report.counts]).toEqual([[], { contacts: 1, tracked: 1, archived: 0, interactions: 2, open_follow_ups: 1 }]);
  });
});
