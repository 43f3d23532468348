import { readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { backup, restore } from "../../src/commands/backup.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { undo, undoList } from "../../src/commands/undo.js";
import { SCHEMA_VERSION } from "../../src/store/migrations/index.js";
import { snapshot, tempDir, testCtx } from "../helpers/ctx.js";
import { databaseAtSchema, newerNetlogDatabase } from "../helpers/databases.js";

const TODAY = "2026-11-25";
const mode = (path: string) => statSync(path).mode & 0o777;

async function withElaine(dbPath?: string) {
  const ctx = testCtx({ today: TODAY, dbPath });
  await contactAdd({ name: "Elaine Longmire", company: "Jefferson Bank", every: "monthly" }, ctx);
  await add({ name: "Elaine", via: "phone", note: "talked about her move", date: "2026-11-20" }, ctx);
  return ctx;
}

function dataOf(path: string): unknown {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return snapshot(db);
  } finally {
    db.close();
  }
}

describe("netlog backup", () => {
  it("writes a private, whole copy beside the database, never over an earlier one", async () => {
    const ctx = await withElaine();
    const umask = process.umask(0);
    try {
      const first = await backup({}, ctx);
      await add({ name: "Elaine", via: "email", note: "sent the deck" }, ctx);
      const second = await backup({}, ctx);
      expect([first.path, second.path]).toEqual([`${ctx.dbPath}.bak-${TODAY}`, `${ctx.dbPath}.bak-${TODAY}-2`]);
      expect([first.contacts, first.conversations, second.conversations]).toEqual([1, 1, 2]);
      expect([mode(first.path), mode(second.path)]).toEqual([0o600, 0o600]);
      expect(dataOf(second.path)).toEqual(snapshot(ctx.db()));
      expect(new BetterSqlite3(second.path, { readonly: true }).pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      process.umask(umask);
    }
  });

  it("replaces an earlier backup at FILE, fills a folder, and leaves other files alone", async () => {
    const ctx = await withElaine();
    const dir = tempDir();
    const file = join(dir, "netlog-backup.db");
    await backup({ file }, ctx);
    await add({ name: "Elaine", via: "email" }, ctx);
    expect((await backup({ file }, ctx)).conversations).toBe(2);
    expect((await backup({ file: dir }, ctx)).path).toBe(join(dir, `netlog.db.bak-${TODAY}`));

    const letter = join(dir, "letter.txt");
    writeFileSync(letter, "Dear Elaine");
    await expect(backup({ file: letter }, ctx)).rejects.toThrow(`${letter} exists and is not a netlog database; it was left as it was`);
    expect(readFileSync(letter, "utf8")).toBe("Dear Elaine");
    await expect(backup({ file: ctx.dbPath }, ctx)).rejects.toThrow("the backup cannot be the database itself");
    symlinkSync(ctx.dbPath, join(dir, "link.db"));
    await expect(backup({ file: join(dir, "link.db") }, ctx)).rejects.toThrow("the backup cannot be the database itself");
    rmSync(join(dir, "link.db"));
    expect(readdirSync(dir).sort()).toEqual(["letter.txt", "netlog-backup.db", `netlog.db.bak-${TODAY}`]);
  });

  it("says there is nothing to back up rather than creating an empty database", async () => {
    const ctx = testCtx({ today: TODAY });
    await expect(backup({}, ctx)).rejects.toThrow(`there is no database at ${ctx.dbPath} yet: nothing to back up`);
    expect(statSync(ctx.dbPath, { throwIfNoEntry: false })).toBeUndefined();
  });
});

describe("netlog restore", () => {
  it("puts the backup's rows back, and keeps the database as it was beside it", async () => {
    const ctx = await withElaine();
    const saved = snapshot(ctx.db());
    const { path } = await backup({}, ctx);
    await add({ name: "Sam Ortiz", new: true, via: "inmail", note: "hello" }, ctx);
    const beforeRestore = snapshot(ctx.db());
    const other = new BetterSqlite3(ctx.dbPath, { readonly: true }); // another netlog, already running

    const restored = await restore({ file: path, yes: true }, ctx);
    expect(restored).toEqual({ from: path, previous: `${ctx.dbPath}.bak-before-restore-${TODAY}`, contacts: 1, conversations: 1 });
    expect(snapshot(ctx.db())).toEqual(saved);
    expect(dataOf(restored.previous!)).toEqual(beforeRestore);
    // Another netlog that had the file open sees the restored rows: the file in use stays the same.
    expect(snapshot(other)).toEqual(saved);
    other.close();
  });

  it("brings a backup of an older schema up to date", async () => {
    const dir = tempDir();
    const old = databaseAtSchema(join(dir, "old.db"), 1);
    old.prepare("INSERT INTO contacts (uuid, name, name_key, added_on, created_at, updated_at) VALUES ('u1', 'Elaine', 'elaine', '2026-09-01', 'x', 'x')").run();
    old.close();
    const ctx = await withElaine();
    await restore({ file: join(dir, "old.db"), yes: true }, ctx);
    expect(ctx.db().prepare("SELECT uuid, name, tracked FROM contacts").all()).toEqual([{ uuid: "u1", name: "Elaine", tracked: 1 }]);
    expect(ctx.db().pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
  });

  it.each([
    ["a PDF", (path: string) => writeFileSync(path, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n"), /is not a netlog database \(file is not a database\)$/],
    ["another program's database", (path: string) => new BetterSqlite3(path).exec("CREATE TABLE notes (x)").close(), /is not a netlog database$/],
    ["a newer netlog's database", newerNetlogDatabase, new RegExp(`was written by a newer netlog \\(schema ${SCHEMA_VERSION + 1}; this one knows up to ${SCHEMA_VERSION}\\)$`)],
  ])("refuses %s and changes nothing", async (_what, make, message) => {
    const ctx = await withElaine();
    const before = snapshot(ctx.db());
    const bad = join(tempDir(), "bad");
    make(bad);
    const bytes = readFileSync(bad);
    await expect(restore({ file: bad, yes: true }, ctx)).rejects.toThrow(message);
    expect(snapshot(ctx.db())).toEqual(before);
    expect(readFileSync(bad).equals(bytes)).toBe(true);
    expect(readdirSync(join(ctx.dbPath, "..")).filter((f) => f.includes(".bak-") || f.includes(".tmp"))).toEqual([]);
  });

  it("refuses a damaged backup", async () => {
    const source = await withElaine();
    const { path } = await backup({}, source);
    const bytes = readFileSync(path);
    bytes.fill(0x55, 4096 * 2, 4096 * 2 + 200); // the middle of a table's page
    writeFileSync(path, bytes);
    const ctx = await withElaine();
    await expect(restore({ file: path, yes: true }, ctx)).rejects.toThrow(/is damaged: |is not a netlog database/);
  });

  it("asks on a terminal, needs --yes otherwise, and restores nothing when told no", async () => {
    const ctx = await withElaine();
    const { path } = await backup({}, ctx);
    await undo(ctx);
    await expect(restore({ file: path }, ctx)).rejects.toThrow("restore replaces every contact and conversation; pass --yes to go ahead");
    const asked: string[] = [];
    const terminal = testCtx({ today: TODAY, dbPath: ctx.dbPath, prompter: { confirm: async (message) => (asked.push(message), false) } });
    await expect(restore({ file: path }, terminal)).rejects.toThrow("nothing was restored");
    expect(asked).toEqual([`Replace the 1 contact, 0 conversations in ${ctx.dbPath} with ${path} (1 contact, 1 conversation)? A copy of the current one is kept.`]);
    expect(snapshot(ctx.db())).toEqual(snapshot(terminal.db()));
    expect(snapshot(ctx.db()).conversations).toEqual([]);
  });

  it("replaces a damaged database, setting it aside", async () => {
    const good = await withElaine();
    const { path } = await backup({}, good);
    const dbPath = join(tempDir(), "netlog.db");
    writeFileSync(dbPath, `SQLite format 3\0${"garbage".repeat(1000)}`);
    const ctx = testCtx({ today: TODAY, dbPath });
    const restored = await restore({ file: path, yes: true }, ctx);
    expect(restored.previous).toBe(`${dbPath}.damaged-${TODAY}`);
    expect(readFileSync(restored.previous!, "latin1")).toMatch(/^SQLite format 3\0garbage/);
    expect(snapshot(ctx.db())).toEqual(snapshot(good.db()));
    expect(mode(dbPath)).toBe(0o600);
  });

  it("replaces a database damaged inside, where SQLite finds it only while reading", async () => {
    const good = await withElaine();
    const { path } = await backup({}, good);
    const dbPath = join(tempDir(), "netlog.db");
    const damaged = await withElaine(dbPath);
    damaged.db().close();
    const bytes = readFileSync(dbPath);
    bytes.fill(0x55, 4096 + 8, 4096 + 400); // the first table page, past its header
    writeFileSync(dbPath, bytes);
    const ctx = testCtx({ today: TODAY, dbPath });
    const restored = await restore({ file: path, yes: true }, ctx);
    expect(restored.previous).toBe(`${dbPath}.damaged-${TODAY}`);
    expect(readFileSync(restored.previous!).equals(bytes)).toBe(true);
    const again = testCtx({ today: TODAY, dbPath });
    expect(snapshot(again.db())).toEqual(snapshot(good.db()));
    expect(again.db().pragma("integrity_check", { simple: true })).toBe("ok");
  });

  it("starts a new undo history: the backup's changes are not this database's", async () => {
    const ctx = await withElaine();
    const { path } = await backup({}, ctx);
    await add({ name: "Elaine", via: "email", note: "after the backup" }, ctx);
    await restore({ file: path, yes: true }, ctx);
    expect(await undoList(ctx)).toEqual([]);
    await expect(undo(ctx)).rejects.toThrow("nothing to undo");
  });
});
