import { spawnSync } from "node:child_process";
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { backup } from "../../src/commands/backup.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { doctor } from "../../src/commands/doctor.js";
import { doctorJson, renderDoctor } from "../../src/render/doctor.js";
import { SCHEMA_VERSION } from "../../src/store/migrations/index.js";
import { tempDir, testCtx } from "../helpers/ctx.js";
import { newerNetlogDatabase } from "../helpers/databases.js";

const TODAY = "2026-11-25";
const plain = new Chalk({ level: 0 });
const mode = (path: string) => statSync(path).mode & 0o777;

async function healthy() {
  const ctx = testCtx({ today: TODAY });
  await contactAdd({ name: "Elaine Longmire", every: "monthly" }, ctx);
  await add({ name: "Elaine", via: "phone", followUp: "next friday" }, ctx);
  ctx.db().close(); // as after a command: no WAL left behind
  return testCtx({ today: TODAY, dbPath: ctx.dbPath });
}

const failed = async (ctx: ReturnType<typeof testCtx>) => doctorJson(await doctor(ctx)).checks.filter((c) => !c.ok);

describe("netlog doctor", () => {
  it("reports a healthy database: where, why, schema, integrity, permissions, contents", async () => {
    const ctx = await healthy();
    const bytes = readFileSync(ctx.dbPath);
    const text = renderDoctor(await doctor(ctx), plain, new Date(`${TODAY}T12:00:00Z`));
    expect(text).toBe(
      [
        `database    ${ctx.dbPath}`,
        "            chosen by --db",
        "✓ file      0600",
        `✓ schema    ${SCHEMA_VERSION} (current)`,
        "✓ integrity ok",
        "contents    1 contact (1 tracked, 0 archived), 1 conversation, 1 open follow-up",
        "last backup none beside the database yet: netlog backup makes one",
        "",
        "Under cron: cron starts netlog with its own HOME and environment. A different HOME, XDG_DATA_HOME",
        "or NETLOG_DB there means a different, empty database, and netlog due prints nothing, every day.",
        "netlog cron (given the same --db or NETLOG_DB) prints a crontab line that names this database;",
        "netlog cron --install adds it to your crontab.",
        "",
      ].join("\n"),
    );
    expect(readFileSync(ctx.dbPath).equals(bytes)).toBe(true);
  });

  it("names the last backup", async () => {
    const ctx = await healthy();
    const made = await backup({}, ctx);
    expect(renderDoctor(await doctor(ctx), plain, new Date(Date.now() + 3 * 86_400_000))).toContain(`last backup ${made.path} (3 days old)\n`);
  });

  it("finds files other users can read, with the command that fixes each", async () => {
    const ctx = await healthy();
    chmodSync(ctx.dbPath, 0o644);
    const made = await backup({}, ctx);
    chmodSync(made.path, 0o640);
    expect(await failed(ctx)).toEqual([
      { name: "file", ok: false, detail: "0644: other users can read it", fix: `chmod 600 ${ctx.dbPath}` },
      // SQLite gives the WAL and shared-memory files the mode of the database file; netlog keeps them 0600.
      { name: "backup", ok: false, detail: `0640 netlog.db.bak-${TODAY}: other users can read it`, fix: `chmod 600 ${made.path}` },
    ]);
  });

  it("finds a -shm or -wal that netlog could not write, and says the next command fixes it", async () => {
    const ctx = await healthy();
    ctx.db().close();
    // As a netlog killed while the file was read-only leaves them.
    writeFileSync(`${ctx.dbPath}-wal`, "");
    writeFileSync(`${ctx.dbPath}-shm`, "");
    chmodSync(`${ctx.dbPath}-shm`, 0o400);
    chmodSync(`${ctx.dbPath}-wal`, 0o640);
    const fresh = testCtx({ today: TODAY, dbPath: ctx.dbPath });
    expect(await failed(fresh)).toEqual([
      { name: "wal", ok: false, detail: "0640 netlog.db-wal: other users can reach it", fix: `chmod 600 ${ctx.dbPath}-wal (the next netlog command does it)` },
      { name: "shm", ok: false, detail: "0400 netlog.db-shm: you cannot write it, so neither can netlog", fix: `chmod 600 ${ctx.dbPath}-shm (the next netlog command does it)` },
    ]);
    fresh.db();
    expect([mode(`${ctx.dbPath}-wal`), mode(`${ctx.dbPath}-shm`)]).toEqual([0o600, 0o600]);
  });

  it("lists netlog's temporary files beside the database, and the next command removes the stale ones", async () => {
    const ctx = await healthy();
    const folder = dirname(ctx.dbPath);
    const gone = spawnSync(process.execPath, ["-e", "0"]).pid!;
    const stale = join(folder, `.netlog.db.netlog-${gone}-0123456789ab.tmp`);
    const older = join(folder, `.netlog.db.restore-${gone}.tmp`);
    const working = join(folder, `.netlog.db.netlog-${process.pid}-ba9876543210.tmp`);
    for (const path of [stale, older, working]) writeFileSync(path, "half a copy");
    const byDetail = (a: { detail: string }, b: { detail: string }) => a.detail.localeCompare(b.detail);
    expect((await failed(ctx)).sort(byDetail)).toEqual(
      [
        { name: "leftover", ok: false, detail: `${stale} (11 bytes), left by a netlog that was stopped (pid ${gone})`, fix: `the next netlog command removes it, or: rm ${stale}` },
        { name: "leftover", ok: false, detail: `${working} (11 bytes), being written by netlog pid ${process.pid}`, fix: "wait for that netlog to finish" },
        { name: "leftover", ok: false, detail: `${older} (11 bytes), left by a netlog that was stopped (pid ${gone})`, fix: `the next netlog command removes it, or: rm ${older}` },
      ].sort(byDetail),
    );
    ctx.db().close();
    testCtx({ today: TODAY, dbPath: ctx.dbPath }).db();
    expect(readdirSync(folder).filter((name) => name.endsWith(".tmp"))).toEqual([basename(working)]);
  });

  it("says which folder it cannot enter, rather than failing", async () => {
    const folder = join(tempDir(), "locked");
    const ctx = testCtx({ today: TODAY, dbPath: join(folder, "netlog.db") });
    // A folder that is a file: stat fails inside it with ENOTDIR, as it would with EACCES.
    writeFileSync(folder, "");
    expect(await failed(ctx)).toEqual([
      { name: "database", ok: false, detail: `cannot reach ${folder}/netlog.db: ENOTDIR`, fix: `check the permissions of ${folder} and the folders above it` },
    ]);
  });

  it.each([
    [
      "no database",
      () => {},
      { name: "database", ok: false, detail: "no database at PATH", fix: "netlog add or netlog import creates it; if you have one elsewhere, see the note on cron below" },
    ],
    [
      "a PDF",
      (path: string) => writeFileSync(path, "%PDF-1.4\n".repeat(200)),
      { name: "database", ok: false, detail: "not an SQLite database", fix: "netlog restore a backup, or pass --db with the path of a netlog database" },
    ],
    [
      "another program's database",
      (path: string) => new BetterSqlite3(path).exec("CREATE TABLE notes (x)").close(),
      { name: "schema", ok: false, detail: "an SQLite database, but not netlog's", fix: "pass --db with the path of a netlog database" },
    ],
    [
      "a newer netlog's database",
      newerNetlogDatabase,
      { name: "schema", ok: false, detail: `${SCHEMA_VERSION + 1}, from a newer netlog (this one knows up to ${SCHEMA_VERSION})`, fix: "upgrade netlog" },
    ],
  ])("finds %s", async (_what, make, problem) => {
    const path = join(tempDir(), "netlog.db");
    make(path);
    const ctx = testCtx({ today: TODAY, dbPath: path });
    expect((await failed(ctx)).filter((c) => c.name !== "file")).toEqual([{ ...problem, detail: problem.detail.replace("PATH", path) }]);
  });

  it("finds a damaged database", async () => {
    const ctx = await healthy();
    const bytes = readFileSync(ctx.dbPath);
    bytes.fill(0x55, 4096 + 8, 4096 + 400); // inside the first table's page
    writeFileSync(ctx.dbPath, bytes);
    const problems = await failed(ctx);
    expect(problems.map((p) => p.name)).toEqual([expect.stringMatching(/^(integrity|database)$/)]);
    expect(problems[0]!.fix).toMatch(/^netlog restore a backup/);
  });
});
