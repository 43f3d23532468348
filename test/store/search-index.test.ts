// The search index is kept by triggers; whatever happens to contacts, tags and conversations,
// and whoever does it, it must hold exactly what a build from scratch would.
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { undo } from "../../src/commands/undo.js";
import { CHANNELS } from "../../src/domain/channels.js";
import { backup, restore } from "../../src/commands/backup.js";
import { type Database, integrityProblems, openDatabase } from "../../src/store/db.js";
import { NOT_JOURNALLED } from "../../src/store/journal.js";
import { catchUpSearchIndex, searchIndexBehind } from "../../src/store/search-index.js";
import { dataTables } from "../../src/store/tables.js";
import { tempDir, testCtx } from "../helpers/ctx.js";
import { databaseAtSchema } from "../helpers/databases.js";

const TAGS_OF = `(SELECT group_concat(name, ', ') FROM (SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id ORDER BY t.key))`;

/** Fails unless both indexes match the rows they are built from. */
function expectIndexRight(db: Database): void {
  const copied = db.prepare("SELECT rowid, name, company, title, location, met, notes, tags FROM contact_search ORDER BY rowid").raw().all();
  const source = db.prepare(`SELECT c.id, c.name, c.company, c.title, c.location, c.met, c.notes, ${TAGS_OF} FROM contacts c ORDER BY c.id`).raw().all();
  expect(copied).toEqual(source);
  // FTS5's own checks, each index against the text it was made from (conversations, for notes);
  // they fail with "fts5: checksum mismatch".
  db.exec("INSERT INTO contact_search (contact_search) VALUES ('integrity-check')");
  db.exec("INSERT INTO conversation_search (conversation_search, rank) VALUES ('integrity-check', 1)");
}

const WORDS = ["deck", "Spokane", "café", "intro", "bank"];
const NAMES = ["Elaine Longmire", "Sam Ortiz", "José Álvarez"];
const pick = <T>(items: readonly T[], n: number) => items[n % items.length]!;

const step = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("add" as const), who: fc.nat(), channel: fc.constantFrom(...CHANNELS), word: fc.nat() }), weight: 5 },
  { arbitrary: fc.record({ kind: fc.constant("contact" as const), word: fc.nat(), tag: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("undo" as const) }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant("sql" as const),
      what: fc.constantFrom(
        "edit contact",
        "rename contact",
        "move",
        "move by reinserting",
        "edit note",
        "clear note",
        "delete conversation",
        "delete contact",
        "rename tag",
        "unlink tag",
        "link tag",
        "delete tag",
      ),
      nth: fc.nat(),
      other: fc.nat(),
      word: fc.nat(),
    }),
    weight: 4,
  },
);

/** Each change as the other commands make it (contact edit/rm/merge, log edit/rm, tags): plain SQL. */
function change(db: Database, s: { what: string; nth: number; other: number; word: number }): void {
  const ids = (sql: string) => db.prepare(sql).pluck().all() as number[];
  const contact = pick(ids("SELECT id FROM contacts ORDER BY id"), s.nth);
  const other = pick(ids("SELECT id FROM contacts ORDER BY id"), s.other);
  const conversation = ids("SELECT id FROM conversations ORDER BY id")[s.nth % Math.max(1, ids("SELECT count(*) FROM conversations")[0]!)];
  const tag = ids("SELECT id FROM tags ORDER BY id")[s.other % Math.max(1, ids("SELECT count(*) FROM tags")[0]!)];
  const word = pick(WORDS, s.word);
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  switch (s.what) {
    case "edit contact":
      return void run("UPDATE contacts SET company = ?, title = NULL, location = ?, met = ?, notes = ? WHERE id = ?", `${word} Inc`, word, `via ${word}`, `likes ${word}`, contact);
    case "rename contact":
      return void run("UPDATE contacts SET name = ?, name_key = lower(?) WHERE id = ?", `${word} Person`, `${word} Person`, contact);
    case "move":
      return void run("UPDATE conversations SET contact_id = ? WHERE id = ?", other, conversation ?? 0);
    case "move by reinserting":
      // As contact merge moves them: deleted and inserted again, with their ids.
      db.exec("DROP TABLE IF EXISTS temp.moving");
      db.prepare("CREATE TEMP TABLE moving AS SELECT * FROM main.conversations WHERE contact_id = ?").run(contact);
      run("DELETE FROM main.conversations WHERE contact_id = ?", contact);
      run("UPDATE temp.moving SET contact_id = ?", other);
      return void db.exec("INSERT INTO main.conversations SELECT * FROM temp.moving ORDER BY id; DROP TABLE temp.moving");
    case "edit note":
      return void run("UPDATE conversations SET note = ? WHERE id = ?", `now about ${word}`, conversation ?? 0);
    case "clear note":
      return void run("UPDATE conversations SET note = NULL WHERE id = ?", conversation ?? 0);
    case "delete conversation":
      return void run("DELETE FROM conversations WHERE id = ?", conversation ?? 0);
    case "delete contact":
      return void run("DELETE FROM contacts WHERE id = ?", contact);
    case "rename tag":
      return void run("UPDATE tags SET name = ? WHERE id = ?", `${word} ${s.nth}`, tag ?? 0);
    case "unlink tag":
      return void run("DELETE FROM contact_tags WHERE contact_id = ?", contact);
    case "link tag":
      if (tag !== undefined) run("INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (?, ?)", contact, tag);
      return;
    case "delete tag":
      return void run("DELETE FROM tags WHERE id = ?", tag ?? 0);
  }
}

describe("the search index", () => {
  it("matches its rows after any sequence of adds, new contacts, undos, edits, moves and deletes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 25 }), async (steps) => {
        const ctx = testCtx({ today: "2026-11-25" });
        for (const name of NAMES) await contactAdd({ name, tag: ["banking"] }, ctx);
        const db = ctx.db();
        let n = 0;
        for (const s of steps) {
          if (s.kind === "sql") {
            change(db, s);
            // What a search does first: take in what was written outside netlog's commands.
            catchUpSearchIndex(db);
          } else {
            if (s.kind === "add") await add({ name: pick(NAMES, s.who), new: true, via: s.channel, note: `talked about the ${pick(WORDS, s.word)}` }, ctx);
            if (s.kind === "contact") await contactAdd({ name: `Person ${n++}`, company: pick(WORDS, s.word), tag: [pick(["spokane", "investors", "banking"], s.tag)] }, ctx);
            if (s.kind === "undo") await undo(ctx).catch(() => undefined);
            // Each command brings the index up to date in its own transaction.
            expect(searchIndexBehind(db)).toBe(false);
          }
          expectIndexRight(db);
        }
      }),
      { numRuns: 40, seed: 20261125 },
    );
  });

  it("is checked for real: a missed change to a note is found", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await add({ name: "Elaine Longmire", new: true, via: "phone", note: "the deck" }, ctx);
    const db = ctx.db();
    expectIndexRight(db);
    db.exec("DROP TRIGGER conversation_search_after_update; UPDATE conversations SET note = 'the budget'");
    catchUpSearchIndex(db);
    expect(() => expectIndexRight(db)).toThrow('fts5: checksum mismatch for table "conversation_search"');
  });

  it("is checked by integrity_check (netlog doctor), and a restore builds it again", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await contactAdd({ name: "Elaine Longmire", company: "Jefferson Bank" }, ctx);
    const file = join(tempDir(), "backup.db");
    await backup({ file }, ctx);
    const db = ctx.db();
    // Only with SQLite's defensive mode off can FTS5's own tables be written to behind its back.
    db.unsafeMode(true);
    db.exec("UPDATE contact_search_content SET c1 = 'Other Corp'");
    db.unsafeMode(false);
    expect(integrityProblems(db)).toEqual(['fts5: checksum mismatch for table "contact_search"']);
    await restore({ file, yes: true }, ctx);
    expect(integrityProblems(ctx.db())).toEqual([]);
    expectIndexRight(ctx.db());
  });

  it("is built when a schema-5 database is opened, for the contacts and conversations already there", async () => {
    const path = join(tempDir(), "netlog.db");
    const old = databaseAtSchema(path, 5);
    old.exec(`
      INSERT INTO contacts (uuid, name, name_key, company, location, added_on, created_at, updated_at)
        VALUES ('u1', 'Elaine Longmire', 'elaine longmire', 'Jefferson Bank', 'Spokane, WA', '2026-09-01', 'x', 'x'),
               ('u2', 'Sam Ortiz', 'sam ortiz', NULL, NULL, '2026-09-01', 'x', 'x');
      INSERT INTO tags (name, key) VALUES ('Banking', 'banking');
      INSERT INTO contact_tags (contact_id, tag_id) VALUES (1, 1);
      INSERT INTO interactions (uuid, contact_id, happened_on, channel, note, created_at)
        VALUES ('i1', 1, '2026-09-03', 'inmail', 'asked about the Spokane branch', 'x'), ('i2', 2, '2026-09-04', 'phone', NULL, 'x'),
               ('i3', 2, '2026-09-05', 'meeting', 'coffee: the pitch deck', 'x');
    `);
    old.close();
    const db = openDatabase(path, "2026-11-25");
    expectIndexRight(db);
    const contacts = (query: string) => db.prepare("SELECT rowid FROM contact_search WHERE contact_search MATCH ? ORDER BY rowid").pluck().all(query);
    // A conversation's key in the index is its contact and its id.
    const notes = (query: string) =>
      db.prepare("SELECT rowid >> 32, rowid & 4294967295 FROM conversation_search WHERE conversation_search MATCH ? ORDER BY rowid").raw().all(query);
    expect([contacts("bank spokane"), contacts("banking"), contacts("ortiz"), notes("spokane"), notes("pitch")]).toEqual([[1], [1], [2], [[1, 1]], [[2, 3]]]);
    db.close();
  });

  it("is no data table: the undo journal and restore never copy it row by row", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await add({ name: "Elaine Longmire", new: true, via: "phone", note: "the deck" }, ctx);
    const db = ctx.db();
    expect(dataTables(db).map((t) => t.name)).toEqual([
      "changes",
      "contact_dates",
      "contact_history",
      "contact_roles",
      "contact_schedule",
      "contact_search_pending",
      "contact_tags",
      "contact_values",
      "contacts",
      "conversation_search_pending",
      "conversations",
      "dismissals",
      "follow_ups",
      "journal_recording",
      "journal_start",
      "planned_meetings",
      "schedule_pending",
      "schedule_state",
      "settings",
      "tags",
      "undo_log",
    ]);
    // The tables that record what the index has yet to take in are, like contact_history and the kept schedules, left to their triggers.
    expect([...NOT_JOURNALLED].sort()).toEqual([
      "changes",
      "contact_history",
      "contact_schedule",
      "contact_search_pending",
      "conversation_search_pending",
      "journal_recording",
      "journal_start",
      "schedule_pending",
      "schedule_state",
      "undo_log",
    ]);
    expect(db.prepare("SELECT DISTINCT table_name FROM undo_log ORDER BY 1").pluck().all()).toEqual(["contacts", "conversations"]);
  });
});
