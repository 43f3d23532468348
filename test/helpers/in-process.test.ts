// The in-process runner stands in for a spawned netlog only if main() takes everything from the
// io it is given: the clock, the environment, the streams and the exit code.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "./ctx.js";
import { netlogInProcess } from "./in-process.js";

const ENV = { TZ: "America/Los_Angeles" };

describe("netlogInProcess", () => {
  it("reads today from the clock it is given: 23:30 in Los Angeles is still the 7th, in UTC the 8th", async () => {
    const db = join(tempDir(), "netlog.db");
    const now = new Date("2026-03-08T07:30:00Z");
    expect(await netlogInProcess(["--db", db, "add", "Elaine Longmire", "--new", "--via", "phone"], ENV, { now })).toEqual({
      code: 0,
      stdout: "Logged phone with Elaine Longmire (two-way; new contact, every 3 months), today. Next touch-base due 5 Jun.\n",
      stderr: "",
    });
    const shown = JSON.parse((await netlogInProcess(["--db", db, "contact", "show", "elaine", "--json"], ENV, { now })).stdout);
    expect([shown.added_on, shown.interactions.map((i: { date: string }) => i.date)]).toEqual(["2026-03-07", ["2026-03-07"]]);
  });

  it("uses only the environment given: no HOME, no database", async () => {
    expect(await netlogInProcess(["due"], {})).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: cannot find a place for the database: HOME is not set\nhint: pass --db PATH or set NETLOG_DB (under cron, name the database explicitly)\n",
    });
  });

  it("refuses what only a process of its own can have: another zone, FORCE_COLOR", async () => {
    await expect(netlogInProcess(["due"], { TZ: "Europe/Paris" })).rejects.toThrow("TZ=Europe/Paris: an in-process run counts days in America/Los_Angeles; spawn it with netlog()");
    await expect(netlogInProcess(["due"], { FORCE_COLOR: "1" })).rejects.toThrow("FORCE_COLOR is read by chalk once per process: spawn it with netlog()");
  });
});
