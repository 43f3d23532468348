import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/db.js";
import { insertContact } from "../../src/store/contacts.js";
import { SCHEMA_VERSION } from "../../src/store/migrations/index.js";
import { BIN, netlog } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";
import { deviceFile } from "../helpers/devices.js";
import { netlogInProcess } from "../helpers/in-process.js";
import { needs } from "../helpers/needs.js";

async function withElaine() {
  const db = join(tempDir(), "netlog.db");
  const env = { NETLOG_DB: db, TZ: "America/Los_Angeles", HOME: tempDir() };
  await netlogInProcess(["--today", "2026-11-01", "contact", "add", "Elaine Longmire", "--every", "monthly"], env);
  await netlogInProcess(["--today", "2026-11-02", "add", "Elaine Longmire", "--via", "phone", "--note", "hello"], env);
  return { db, env };
}

function rows(db: string) {
  const raw = new BetterSqlite3(db, { readonly: true });
  try {
    return ["contacts", "tags", "contact_tags", "conversations"].map((t) => raw.prepare(`SELECT * FROM ${t}`).all());
  } finally {
    raw.close();
  }
}

describe("bad input", () => {
  it.each([
    [
      ["due", "--on", "someday"],
      2,
      "error: --on: 'someday' is not a date I understand\nhint: try a date like 2026-09-10, today, yesterday, 3 days ago, last tuesday, 2 weeks ago\n",
    ],
    [
      ["add", "Elaine", "--via", "carrier pigeon"],
      2,
      "error: --via: 'carrier pigeon' is not a channel\nhint: channels: linkedin, inmail, email, phone, video, text, meeting, event, other (also call, coffee, lunch, in-person, sms, zoom …)\n",
    ],
    [
      ["add", "Elaine", "--date", "tomorrow", "--today", "2026-11-25"],
      2,
      "error: --date: 2026-11-26 is in the future\nhint: log conversations that have happened; today is 2026-11-25\n",
    ],
    [["add", "Sam Ortiz", "--via", "phone"], 1, "error: no contact matches 'Sam Ortiz'\nhint: check the spelling with 'netlog contact list', or pass --new to create Sam Ortiz\n"],
    [["add"], 2, 'error: whom did you talk to? netlog add needs a name when it cannot ask\nhint: netlog add "Elaine Longmire" --via phone --note "talked about her move"\n'],
    [
      ["contact", "add", "Elaine Longmire"],
      1,
      "error: there is already a contact named Elaine Longmire\nhint: to add a second person with this name: netlog contact add NAME --allow-duplicate\n",
    ],
    [
      ["contact", "add", "Sam", "--every", "often"],
      2,
      "error: --every: 'often' is not a cadence\nhint: use a number and a unit, like 10d, 2w, 3m or 1y, or weekly, monthly, quarterly, yearly\n",
    ],
    [["due", "--frequently"], 2, "error: unknown option '--frequently'\nhint: see 'netlog due --help'\n"],
    [["contact", "show"], 2, "error: missing required argument 'name'\nhint: see 'netlog contact show --help'\n"],
    [["contacts"], 2, "error: unknown command 'contacts'\nhint: did you mean contact? See 'netlog --help'\n"],
    [["due", "--lim", "3"], 2, "error: unknown option '--lim'\nhint: did you mean --limit? See 'netlog due --help'\n"],
    [
      ["add", "Elaine", "--date", "yesterday\nhint: fake"],
      2,
      "error: --date: 'yesterday\\nhint: fake' is not a date I understand\nhint: try a date like 2026-09-10, today, yesterday, 3 days ago, last tuesday, 2 weeks ago\n",
    ],
    [["add", "\u001b[31mRed"], 1, "error: no contact matches '␛[31mRed'\nhint: check the spelling with 'netlog contact list', or pass --new to create ␛[31mRed\n"],
    [["due", "--today", "25/11/2026"], 2, "error: --today: '25/11/2026' is not a date\nhint: write it as YYYY-MM-DD\n"],
  ])("netlog %j exits %i with one error line and a hint, and changes nothing", async (args, code, stderr) => {
    const { db, env } = await withElaine();
    const before = rows(db);
    expect(await netlogInProcess(args, env)).toEqual({ code, stdout: "", stderr });
    expect(rows(db)).toEqual(before);
  });

  it("shows a stack trace only with --debug", async () => {
    const { env } = await withElaine();
    expect((await netlogInProcess(["add", "Nobody", "--via", "phone"], env)).stderr).not.toMatch(/\n\s+at /);
    expect((await netlogInProcess(["add", "Nobody", "--via", "phone", "--debug"], env)).stderr).toMatch(/\n\s+at /);
  });

  it("refuses a database from a newer netlog and leaves the file as it was", async () => {
    const { db, env } = await withElaine();
    const raw = new BetterSqlite3(db);
    raw.pragma("journal_mode = DELETE");
    raw.pragma("user_version = 99");
    raw.close();
    const bytes = readFileSync(db);
    const result = await netlogInProcess(["due"], env);
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr: `error: ${db} was written by a newer netlog (schema 99; this one knows up to ${SCHEMA_VERSION})\nhint: upgrade netlog; the database has been left as it was\n`,
    });
    expect(readFileSync(db).equals(bytes)).toBe(true);
  });

  it("ends quietly when the reader of its output goes away (netlog due | head -1)", () => {
    const db = join(tempDir(), "netlog.db");
    // More than a pipe buffer (64 KiB) of output, so the writer really meets a closed pipe.
    const store = openDatabase(db, "2026-11-25");
    for (let i = 0; i < 400; i++) {
      const fields = {
        name: `Person ${i} ${"x".repeat(300)}`,
        company: null,
        title: null,
        email: null,
        phone: null,
        linkedinUrl: null,
        location: null,
        met: null,
        notes: null,
        cadenceDays: 7,
      };
      insertContact(store, fields, [], "2026-01-01", "2026-01-01T00:00:00.000Z");
    }
    store.close();
    const piped = spawnSync("/bin/bash", ["-o", "pipefail", "-c", `"${process.execPath}" "${BIN}" --db "${db}" due --limit 0 --today 2026-11-25 | head -1`], {
      env: { PATH: "/usr/bin:/bin", TZ: "America/Los_Angeles" },
      cwd: tempDir(),
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
    expect([piped.status, piped.stdout, piped.stderr]).toEqual([0, "400 people due today:\n", ""]);
  });

  it.each([["--help"], ["contact", "--help"], ["log", "edit", "--help"]])("ends quietly when help goes to a reader that has gone: netlog %s … | true", (...args) => {
    // `true` exits without reading, so every write of the help text meets a closed pipe.
    const piped = spawnSync("/bin/bash", ["-o", "pipefail", "-c", `"${process.execPath}" "${BIN}" ${args.join(" ")} | true`], {
      env: { PATH: "/usr/bin:/bin" },
      cwd: tempDir(),
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
    expect([piped.status, piped.stderr]).toEqual([0, ""]);
  });

  needs("root").it("fails with exit 1 and an error line when its output cannot be written (disk full)", async () => {
    const { env } = await withElaine();
    const full = spawnSync("/bin/bash", ["-c", `"${process.execPath}" "${BIN}" due --json --today 2026-12-25 > "${deviceFile("full")}"`], {
      env: { ...env, PATH: "/usr/bin:/bin" },
      cwd: tempDir(),
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
    expect([full.status, full.stderr]).toEqual([
      1,
      "error: cannot write the output: ENOSPC: no space left on device, write\nhint: check the disk or the file the output goes to\n",
    ]);
  });
});

describe("help", () => {
  it("exits 0 and shows examples", async () => {
    const result = await netlogInProcess(["add", "--help"], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('netlog add "Elaine Longmire" --via phone --note "talked about her move"');
  });

  it.each([
    [[], "netlog"],
    [["contact"], "netlog contact"],
  ])("netlog %j without a command shows help, then an error line, and exits 2", async (args, path) => {
    const result = await netlogInProcess(args, {});
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(result.stderr).toMatch(
      new RegExp(`^Usage: ${path} \\[options\\] \\[command\\]\n[^]*\nerror: which command\\? ${path} needs one of the commands above\nhint: see '${path} --help'\n$`),
    );
  });
});

describe("colour", () => {
  // Spawned: chalk reads FORCE_COLOR and the terminal once per process.
  it("is off without a terminal, on with FORCE_COLOR, and off again with --no-color", async () => {
    const { env } = await withElaine();
    const on = "2027-06-01";
    const today = ["--today", "2026-11-25"];
    expect(netlog(["due", "--on", on, ...today], env).stdout).not.toContain("\x1b[");
    expect(netlog(["due", "--on", on, ...today], { ...env, FORCE_COLOR: "1" }).stdout).toContain("\x1b[1m");
    expect(netlog(["due", "--on", on, "--no-color", ...today], { ...env, FORCE_COLOR: "1" }).stdout).not.toContain("\x1b[");
    expect(netlog(["due", "--on", on, ...today], { ...env, FORCE_COLOR: "1", NO_COLOR: "1" }).stdout).not.toContain("\x1b[");
  });
});

describe("databases netlog will not use", () => {
  it.each([
    [":memory:", "error: --db ':memory:' would keep nothing once netlog exits\nhint: name a file, e.g. --db ~/netlog.db\n"],
    ["", "error: --db needs a file path\nhint: e.g. --db ~/notes/netlog.db\n"],
  ])("refuses --db %j with exit 2", async (db, stderr) => {
    const home = tempDir();
    expect(await netlogInProcess(["--db", db, "add", "Mem Person", "--new"], { HOME: home })).toEqual({ code: 2, stdout: "", stderr });
  });

  it("calls another program's database with a user_version foreign, not newer", async () => {
    const db = join(tempDir(), "other.db");
    const raw = new BetterSqlite3(db);
    raw.exec("CREATE VIEW v AS SELECT 1");
    raw.pragma("user_version = 7");
    raw.close();
    expect(await netlogInProcess(["--db", db, "due"], {})).toEqual({
      code: 1,
      stdout: "",
      stderr: `error: ${db} is an SQLite database, but not netlog's\nhint: pass --db with the path of a netlog database, or a new file\n`,
    });
  });
});
