// The cadence engine through the real CLI (main, in-process), as the README's "due" example tells it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";

describe("follow-ups, replies, snoozes and suggestions from the command line", async () => {
  it("builds the morning list a networker would write by hand", async () => {
    const env = { NETLOG_DB: join(tempDir(), "netlog.db"), TZ: "America/Los_Angeles" };
    const run = (...args: string[]) => netlogInProcess(args, env);
    const setup = [];
    for (const args of [
      ["--today", "2026-09-01", "contact", "add", "Elaine Longmire", "--company", "Jefferson Bank", "--every", "monthly"],
      ["--today", "2026-09-01", "contact", "add", "Priya Natarajan", "--every", "quarterly"],
      ["--today", "2026-09-01", "contact", "add", "Kim Lee", "--tag", "investors"],
      ["--today", "2026-09-01", "contact", "add", "Sam Ortiz", "--every", "2w"],
      ["tag", "set", "investors", "--every", "1y"],
      ["config", "set", "default-cadence", "60d"],
      ["--today", "2026-11-25", "add", "elaine", "--via", "phone", "--note", "she wants the deck", "--follow-up", "next friday", "--follow-up-note", "send the deck"],
      ["--today", "2026-11-27", "add", "priya", "--via", "inmail", "--note", "asked about the analytics role"],
      // Suggestions come on whole weeks since the last conversation: 4 Dec is 4 weeks after 6 Nov.
      ...["2026-09-01", "2026-10-01", "2026-11-06"].map((d) => ["--today", "2026-11-20", "add", "kim", "--via", "linkedin", "--two-way", "--date", d]),
      ["--today", "2026-11-25", "snooze", "sam", "2w", "--note", "on leave"],
    ]) {
      setup.push(await run(...args));
    }
    expect(setup.filter((r) => r.code !== 0 || r.stderr !== "")).toEqual([]);
    expect(setup.slice(4).map((r) => r.stdout)).toEqual([
      "#investors: 1 contact, every 1 year\n",
      "default-cadence  2 months\n",
      "Logged phone with Elaine Longmire (two-way), today. Follow-up due 4 Dec.\n",
      "Logged inmail with Priya Natarajan (you wrote), today. Without a reply, next touch-base due 4 Dec.\n",
      "Logged linkedin with Kim Lee (two-way), Tue 1 Sep 2026. Next touch-base due 1 Sep 2027.\n",
      "Logged linkedin with Kim Lee (two-way), Thu 1 Oct 2026. Next touch-base due 1 Oct 2027.\n",
      "Logged linkedin with Kim Lee (two-way), Fri 6 Nov 2026. Next touch-base due 6 Nov 2027.\n",
      "Sam Ortiz is snoozed until Wed 9 Dec 2026.\n",
    ]);

    expect((await run("--today", "2026-12-04", "due")).stdout).toBe(
      [
        "2 people due today:",
        "  Elaine Longmire (Jefferson Bank): follow-up due today: send the deck",
        "    last: phone, 25 Nov — she wants the deck",
        "  Priya Natarajan: no reply to your InMail of 27 Nov",
        "    asked about the analytics role",
        "Suggestions:",
        "  Kim Lee: time for a call? 3 messages since 1 Sep, never a call",
        "",
      ].join("\n"),
    );
    const json = JSON.parse((await run("--today", "2026-12-04", "due", "--json")).stdout) as Array<Record<string, unknown>>;
    expect(json.map((i) => [i.name, i.reason, i.due_on, i.follow_up, i.stage])).toEqual([
      ["Elaine Longmire", "follow_up", "2026-12-04", { date: "2026-12-04", note: "send the deck" }, "voice"],
      ["Priya Natarajan", "no_reply", "2026-12-04", null, "online"],
      ["Kim Lee", "suggest_call", "2026-12-04", null, "online"],
    ]);

    expect((await run("--today", "2026-12-09", "due")).stdout).toContain("  Sam Ortiz: 85 days overdue\n    never contacted, added 1 Sep\n");
    await run("--today", "2026-12-07", "add", "elaine", "--via", "email", "--two-way", "--note", "sent the deck");
    expect((await run("--today", "2026-12-08", "due")).stdout).not.toContain("Elaine");
  });

  it("explains bad values for the new commands with exit 2", async () => {
    const env = { NETLOG_DB: join(tempDir(), "netlog.db"), TZ: "America/Los_Angeles" };
    expect(await netlogInProcess(["config", "set", "reply-window", "soon"], env)).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: reply-window: 'soon' is not a valid value\nhint: use a number and a unit, like 10d, 2w, 3m or 1y, or weekly, monthly, quarterly, yearly\n",
    });
    expect((await netlogInProcess(["due", "--within", "soonish"], env)).code).toBe(2);
    expect((await netlogInProcess(["tag", "set", "investors"], env)).stderr).toBe("error: nothing to set\nhint: pass --every CADENCE, or --every none to clear it\n");
  });

  it("config get KEY --json gives one setting as config list --json has it", async () => {
    const env = { NETLOG_DB: join(tempDir(), "netlog.db"), TZ: "America/Los_Angeles" };
    await netlogInProcess(["config", "set", "reply-window", "10d"], env);
    expect(await netlogInProcess(["config", "get", "reply-window", "--json"], env)).toEqual({ code: 0, stderr: "", stdout: '{\n  "reply_window_days": 10\n}\n' });
    expect(JSON.parse((await netlogInProcess(["config", "list", "--json"], env)).stdout)).toMatchObject({ reply_window_days: 10, daily_limit: 5 });
  });
});
