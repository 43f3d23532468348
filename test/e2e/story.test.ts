// The README's story through the real entry point, the way cron runs it: no terminal, stdin
// from /dev/null, PATH=/usr/bin:/bin, and the default database under HOME.
import { statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { netlog } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";
import { ELAINE_DUE_JSON } from "../helpers/elaine.js";

function cronEnv() {
  const home = tempDir();
  return { home, env: { HOME: home, TZ: "America/Los_Angeles" } };
}

function tellStory(env: Record<string, string>) {
  const steps = [
    ["--today", "2026-09-01", "contact", "add", "Elaine Longmire", "--company", "Jefferson Bank", "--met", "LinkedIn", "--every", "monthly"],
    ["--today", "2026-09-03", "add", "Elaine Longmire", "--via", "inmail", "--note", "asked about the Spokane branch"],
    ["--today", "2026-09-17", "add", "elaine", "--via", "phone", "--date", "last thursday", "--note", "talked about her move"],
  ];
  return steps.map((args) => netlog(args, env));
}

describe("the story, from a cron-like environment", () => {
  it("logs Elaine's InMail and call, and lists her 46 days overdue in late November", () => {
    const { home, env } = cronEnv();
    const results = tellStory(env);
    expect(results.map((r) => [r.code, r.stderr])).toEqual([
      [0, ""],
      [0, ""],
      [0, ""],
    ]);
    expect(results.map((r) => r.stdout)).toEqual([
      "Added Elaine Longmire (Jefferson Bank). Touch base every 1 month. First touch-base due 1 Oct.\n",
      "Logged inmail with Elaine Longmire (you wrote), today. Without a reply, next touch-base due 10 Sep.\n",
      "Logged phone with Elaine Longmire (two-way), Thu 10 Sep 2026. Next touch-base due 10 Oct.\n",
    ]);

    const due = netlog(["due", "--on", "2026-11-25", "--today", "2026-11-20"], env);
    expect(due).toEqual({
      code: 0,
      stderr: "",
      stdout: "1 person due on Wed 25 Nov 2026:\n  Elaine Longmire (Jefferson Bank): 46 days overdue\n    last: phone, 10 Sep — talked about her move\n",
    });

    const json = netlog(["due", "--on", "2026-11-25", "--json", "--today", "2026-11-20"], env);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(ELAINE_DUE_JSON);

    const dir = join(home, ".local", "share", "netlog");
    expect([statSync(dir).mode & 0o777, statSync(join(dir, "netlog.db")).mode & 0o777]).toEqual([0o700, 0o600]);
  });

  it("prints nothing at all on a date inside her month, so cron sends no mail", () => {
    const { env } = cronEnv();
    tellStory(env);
    expect(netlog(["due", "--on", "2026-10-01", "--today", "2026-11-20"], env)).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(netlog(["due", "--on", "2026-10-01", "--json", "--today", "2026-11-20"], env)).toEqual({ code: 0, stdout: "[]\n", stderr: "" });
  });

  it("uses NETLOG_DB over the default, and --db over both", () => {
    const { home, env } = cronEnv();
    netlog(["contact", "add", "Ann Example"], { ...env, NETLOG_DB: join(home, "env.db") });
    netlog(["contact", "add", "Bo Example", "--db", join(home, "flag.db")], { ...env, NETLOG_DB: join(home, "env.db") });
    const names = (db: string) => JSON.parse(netlog(["contact", "list", "--json", "--db", db], env).stdout).map((c: { name: string }) => c.name);
    expect([names(join(home, "env.db")), names(join(home, "flag.db"))]).toEqual([["Ann Example"], ["Bo Example"]]);
  });
});
