import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";

describe("netlog stats", async () => {
  it("prints the report and exits 0; a bad --since is a usage error, exit 2", async () => {
    const env = { NETLOG_DB: join(tempDir(), "netlog.db"), TZ: "America/Los_Angeles", HOME: tempDir() };
    await netlogInProcess(["--today", "2026-09-01", "contact", "add", "Elaine Longmire", "--every", "monthly"], env);
    await netlogInProcess(["--today", "2026-09-10", "add", "elaine", "--via", "phone"], env);
    const result = await netlogInProcess(["--today", "2026-11-25", "stats", "--since", "2026-09"], env);
    expect(result).toEqual({
      code: 0,
      stdout: [
        "Conversations, Sep 2026 to Nov 2026: 1",
        `  Sep 2026 1 ${"█".repeat(50)}`,
        "  Oct 2026 0",
        "  Nov 2026 0",
        "By channel: phone 1",
        "",
        "On your list: 1 contact",
        "  0 on schedule, 1 due, 0 snoozed, 0 paused",
        "Longest without a conversation:",
        "  Elaine Longmire: 76 days (last: phone, 10 Sep)",
        "",
        "Stages reached (new since Sep 2026):",
        "  online    1 (+1)",
        "  by voice  1 (+1)",
        "  in person 0 (+0)",
        "",
      ].join("\n"),
      stderr: "",
    });
    expect(await netlogInProcess(["--today", "2026-11-25", "stats", "--since", "someday"], env)).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: --since: 'someday' is not a date I understand\nhint: try a date like 2026-09-10, today, yesterday, 3 days ago, last tuesday, 2 weeks ago\n",
    });
  });
});
