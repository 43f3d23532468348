// What cron sees: the first import of a calendar says what it did, every later one with nothing
// new prints nothing at all and exits 0 (cron mails whatever is printed).
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { netlog } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";

const GOOGLE = fileURLToPath(new URL("../fixtures/calendar/google/basic.ics", import.meta.url));

describe("netlog import calendar from the command line", () => {
  it("reports the first import, is silent on the next, and shows the planned coffee", () => {
    const env = { NETLOG_DB: join(tempDir(), "netlog.db"), TZ: "America/Los_Angeles" };
    const run = (...args: string[]) => netlog([...args, "--today", "2026-12-04"], env);
    expect(run("contact", "add", "Sam Ortiz", "--email", "sam.ortiz@gmail.com").code).toBe(0);
    expect(run("import", "calendar", GOOGLE)).toEqual({
      code: 0,
      stderr: "",
      stdout: `Imported ${GOOGLE}: 1 meeting logged with 1 contact, 1 planned.\nLeft out: 2 cancelled, 3 people who are not contacts.\n`,
    });
    expect(run("import", "calendar", GOOGLE)).toEqual({ code: 0, stderr: "", stdout: "" });
    expect(JSON.parse(run("import", "calendar", GOOGLE, "--json").stdout)).toMatchObject({ logged: 0, duplicates: 1 });
    expect(run("contact", "show", "Sam Ortiz").stdout).toContain("\n  Planned   meeting Thu 10 Dec: coffee\n");
    expect(JSON.parse(run("contact", "show", "Sam Ortiz", "--json").stdout).planned).toEqual([{ date: "2026-12-10", channel: "meeting", note: "coffee" }]);
  });

  it("refuses a file that is not a calendar with one error line and a hint, exit 1", () => {
    const env = { NETLOG_DB: join(tempDir(), "netlog.db"), TZ: "America/Los_Angeles" };
    const result = netlog(["import", "calendar", fileURLToPath(new URL("../fixtures/contacts.vcf", import.meta.url))], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^error: .*contacts\.vcf is not a calendar \(it does not start with BEGIN:VCALENDAR\)\nhint: expected an iCalendar file/);
  });
});
