// "Today" is the user's local calendar date, read once from the real clock in main.ts. faketime
// (libfaketime) sets that clock for the spawned process, so these run the real path at 23:30.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";
import { programPath } from "../helpers/machine-needs.js";
import { needs } from "../helpers/needs.js";

function at(localTime: string, db: string, args: string[]) {
  const result = spawnSync(programPath("faketime")!, [localTime, process.execPath, BIN, "--db", db, ...args], {
    env: { PATH: "/usr/bin:/bin", TZ: "America/Los_Angeles" },
    cwd: tempDir(),
    encoding: "utf8",
    timeout: 15_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

needs("faketime").describe("today at 23:30 in Los Angeles, when UTC is already tomorrow", () => {
  it("logs a conversation on the local date, on the night DST starts", () => {
    const db = join(tempDir(), "netlog.db");
    expect(at("2026-03-07 23:30:00", db, ["add", "Elaine Longmire", "--new", "--via", "phone"]).stdout).toBe(
      "Logged phone with Elaine Longmire (two-way; new contact, every 3 months), today. Next touch-base due 5 Jun.\n",
    );
    at("2026-03-07 23:31:00", db, ["add", "Elaine Longmire", "--via", "email", "--date", "yesterday"]);
    const shown = JSON.parse(at("2026-03-07 23:32:00", db, ["contact", "show", "elaine", "--json"]).stdout);
    expect([shown.added_on, shown.interactions.map((i: { date: string }) => i.date)]).toEqual(["2026-03-07", ["2026-03-07", "2026-03-06"]]);
  });

  it("counts whole calendar days across the fall-back change", () => {
    const db = join(tempDir(), "netlog.db");
    at("2026-10-31 23:30:00", db, ["contact", "add", "Sam Ortiz", "--every", "1d"]);
    expect(at("2026-11-01 23:30:00", db, ["due"]).stdout).toBe("1 person due today:\n  Sam Ortiz: due today\n    never contacted, added 31 Oct\n");
    expect(at("2026-11-02 00:30:00", db, ["due"]).stdout).toBe("1 person due today:\n  Sam Ortiz: 1 day overdue\n    never contacted, added 31 Oct\n");
  });
});

describe("--today, catching up on an earlier day", () => {
  it("stamps the changes on that day: undo names the day caught up on, not the real one", async () => {
    const env = { NETLOG_DB: join(tempDir(), "netlog.db"), TZ: "America/Los_Angeles" };
    await netlogInProcess(["--today", "2026-06-15", "add", "Elaine Longmire", "--new", "--via", "phone"], env);
    expect((await netlogInProcess(["--today", "2026-06-15", "undo", "--list"], env)).stdout).toMatch(/^15 Jun 2026 \d\d:\d\d {2}add/);
    expect((await netlogInProcess(["--today", "2026-06-15", "undo"], env)).stdout).toMatch(/^Undid add \(15 Jun 2026 \d\d:\d\d\): phone with Elaine Longmire on 2026-06-15\n$/);
  });
});

needs("faketime").describe("a command run with a --today still to come", () => {
  it("keeps the schedules from the real day, so that the morning list of today still reads them", async () => {
    const db = join(tempDir(), "netlog.db");
    at("2026-11-25 09:00:00", db, ["contact", "add", "Sam Ortiz", "--every", "1w"]);
    at("2026-11-25 09:01:00", db, ["--today", "2030-01-01", "contact", "add", "Di Dahl", "--every", "1w"]);
    const { default: Sqlite } = await import("better-sqlite3");
    const file = new Sqlite(db, { readonly: true });
    try {
      // Day 20782 is 2026-11-25: the schedules answer for it, not only from 2030 on.
      expect(file.prepare("SELECT newest_from FROM schedule_state").pluck().get()).toBe(20782);
    } finally {
      file.close();
    }
    expect(at("2026-12-03 09:00:00", db, ["due"]).stdout).toBe("1 person due today:\n  Sam Ortiz: 1 day overdue\n    never contacted, added 25 Nov\n");
  });
});
