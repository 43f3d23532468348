import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { BIN, netlog } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";

function withElaine() {
  const db = join(tempDir(), "netlog.db");
  const env = { NETLOG_DB: db, TZ: "America/Los_Angeles", HOME: tempDir() };
  netlog(["--today", "2026-11-01", "contact", "add", "Elaine Longmire", "--every", "monthly"], env);
  netlog(["--today", "2026-11-02", "add", "Elaine Longmire", "--via", "phone", "--note", "hello"], env);
  return { db, env };
}

function rows(db: string) {
  const raw = new BetterSqlite3(db, { readonly: true });
  try {
    return ["contacts", "tags", "contact_tags", "interactions"].map((t) => raw.prepare(`SELECT * FROM ${t}`).all());
  } finally {
    raw.close();
  }
}

describe("bad input", () => {
  it.each([
    [["due", "--on", "someday"], 2, "error: --on: 'someday' is not a date I understand\nhint: try a date like 2026-09-10, today, yesterday, 3 days ago, last tuesday, 2 weeks ago\n"],
    [["add", "Elaine", "--via", "carrier pigeon"], 2, "error: --via: 'carrier pigeon' is not a channel\nhint: channels: linkedin, inmail, email, phone, video, text, meeting, event, other (also call, coffee, lunch, in-person, sms, zoom …)\n"],
    [["add", "Elaine", "--date", "tomorrow", "--today", "2026-11-25"], 2, "error: --date: 2026-11-26 is in the future\nhint: log conversations that have happened; today is 2026-11-25\n"],
    [["add", "Sam Ortiz", "--via", "phone"], 1, "error: no contact matches 'Sam Ortiz'\nhint: check the spelling with 'netlog contact list', or pass --new to create Sam Ortiz\n"],
    [["add"], 2, 'error: whom did you talk to? netlog add needs a name when it cannot ask\nhint: netlog add "Elaine Longmire" --via phone --note "talked about her move"\n'],
    [["contact", "add", "Elaine Longmire"], 1, "error: there is already a contact named Elaine Longmire\nhint: to add a second person with this name, pass --allow-duplicate\n"],
    [["contact", "add", "Sam", "--every", "often"], 2, "error: --every: 'often' is not a cadence\nhint: use a number and a unit, like 10d, 2w, 3m or 1y, or weekly, monthly, quarterly, yearly\n"],
    [["due", "--frequently"], 2, "error: unknown option '--frequently'\nhint: see 'netlog due --help'\n"],
    [["contact", "show"], 2, "error: missing required argument 'name'\nhint: see 'netlog contact show --help'\n"],
    [["contacts"], 2, "error: unknown command 'contacts'\n(Did you mean contact?)\nhint: see 'netlog --help'\n"],
    [["due", "--today", "25/11/2026"], 2, "error: --today: '25/11/2026' is not a date\nhint: write it as YYYY-MM-DD\n"],
  ])("netlog %j exits %i with one error line and a hint, and changes nothing", (args, code, stderr) => {
    const { db, env } = withElaine();
    const before = rows(db);
    expect(netlog(args, env)).toEqual({ code, stdout: "", stderr });
    expect(rows(db)).toEqual(before);
  });

  it("shows a stack trace only with --debug", () => {
    const { env } = withElaine();
    expect(netlog(["add", "Nobody", "--via", "phone"], env).stderr).not.toMatch(/\n\s+at /);
    expect(netlog(["add", "Nobody", "--via", "phone", "--debug"], env).stderr).toMatch(/\n\s+at /);
  });

  it("refuses a database from a newer netlog and leaves the file as it was", () => {
    const { db, env } = withElaine();
    const raw = new BetterSqlite3(db);
    raw.pragma("journal_mode = DELETE");
    raw.pragma("user_version = 99");
    raw.close();
    const bytes = readFileSync(db);
    const result = netlog(["due"], env);
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr: `error: ${db} was written by a newer netlog (schema 99; this one knows up to 1)\nhint: upgrade netlog; the database has been left as it was\n`,
    });
    expect(readFileSync(db).equals(bytes)).toBe(true);
  });

  it("ends quietly when the reader of its output goes away (netlog due | head -1)", () => {
    const db = join(tempDir(), "netlog.db");
    const env = { NETLOG_DB: db, TZ: "America/Los_Angeles", HOME: tempDir() };
    for (let i = 0; i < 3; i++) netlog(["--today", "2020-01-01", "contact", "add", `Person ${i} ${"x".repeat(2000)}`], env);
    const piped = spawnSync("/bin/bash", ["-o", "pipefail", "-c", `"${process.execPath}" "${BIN}" due --limit 0 --today 2026-11-25 | head -c 10`], {
      env: { ...env, PATH: "/usr/bin:/bin" },
      encoding: "utf8",
    });
    expect([piped.status, piped.stdout, piped.stderr]).toEqual([0, "3 people d", ""]);
  });
});

describe("help", () => {
  it("exits 0 and shows examples", () => {
    const result = netlog(["add", "--help"], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('netlog add "Elaine Longmire" --via phone --note "talked about her move"');
  });
});

describe("colour", () => {
  it("is off without a terminal, on with FORCE_COLOR, and off again with --no-color", () => {
    const { env } = withElaine();
    const on = "2027-06-01";
    const today = ["--today", "2026-11-25"];
    expect(netlog(["due", "--on", on, ...today], env).stdout).not.toContain("\x1b[");
    expect(netlog(["due", "--on", on, ...today], { ...env, FORCE_COLOR: "1" }).stdout).toContain("\x1b[1m");
    expect(netlog(["due", "--on", on, "--no-color", ...today], { ...env, FORCE_COLOR: "1" }).stdout).not.toContain("\x1b[");
  });
});
