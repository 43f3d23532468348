import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { netlog } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";

const FIXTURE = fileURLToPath(new URL("../fixtures/Connections.csv", import.meta.url));

describe("netlog import linkedin from the command line", () => {
  it("imports, reports, and imports again without duplicates; --json gives the counts", () => {
    const env = { NETLOG_DB: join(tempDir(), "netlog.db"), TZ: "America/Los_Angeles" };
    const first = netlog(["import", "linkedin", FIXTURE, "--every", "1y", "--today", "2026-11-25"], env);
    expect([first.code, first.stderr, first.stdout.split("\n")[0]]).toEqual([0, "", `Imported ${FIXTURE}: 3 created, 0 updated, 0 unchanged, 0 skipped.`]);
    const again = netlog(["import", "linkedin", FIXTURE, "--json"], env);
    expect(JSON.parse(again.stdout)).toEqual({ created: 0, updated: 0, unchanged: 3, tracked: 0, skipped: [] });
  });

  it("refuses a wrong file with exit 1 and one error line", () => {
    const env = { NETLOG_DB: join(tempDir(), "netlog.db") };
    const result = netlog(["import", "linkedin", "/etc/hostname"], env);
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "error: /etc/hostname is not LinkedIn's Connections.csv (header: First Name,Last Name,URL,Email Address,Company,Position,Connected On)\n" +
        "hint: export it from LinkedIn: Settings › Data privacy › Get a copy of your data › Connections\n",
    });
  });
});
