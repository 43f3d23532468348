import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { setArchived, setPaused, snooze } from "../../src/commands/contact-state.js";
import { stats } from "../../src/commands/stats.js";
import { renderStats, statsJson } from "../../src/render/stats.js";
import { testCtx, type TestCtx } from "../helpers/ctx.js";

const TODAY = "2026-11-25";

/** A year of keeping in touch: Elaine all the way to a lunch, Sam to a call, Ann never reached. */
async function aYear(): Promise<TestCtx> {
  const ctx = testCtx({ today: "2025-10-01" });
  await contactAdd({ name: "Elaine Longmire", company: "Jefferson Bank", every: "monthly" }, ctx);
  await contactAdd({ name: "Sam Ortiz", every: "quarterly" }, ctx);
  await contactAdd({ name: "Ann Soon", every: "2y" }, ctx);
  await contactAdd({ name: "Priya Natarajan", every: "monthly" }, ctx);
  await contactAdd({ name: "Kim Lee", every: "monthly" }, ctx);
  await contactAdd({ name: "Old Friend", every: "monthly" }, ctx);
  const at = { ...ctx, today: TODAY };
  await add({ name: "Elaine", via: "inmail", date: "2025-11-20" }, at); // before the twelve months
  await add({ name: "Elaine", via: "inmail", date: "2026-01-05" }, at);
  await add({ name: "Elaine", via: "phone", date: "2026-03-10" }, at);
  await add({ name: "Elaine", via: "lunch", date: "2026-09-10" }, at);
  await add({ name: "Elaine", via: "email", date: "2026-11-24" }, at);
  await add({ name: "Sam", via: "linkedin", date: "2026-03-02" }, at);
  await add({ name: "Sam", via: "call", date: "2026-03-20" }, at);
  await add({ name: "Priya", via: "email", date: "2026-11-01" }, at);
  await add({ name: "Kim", via: "text", date: "2026-06-15" }, at);
  await add({ name: "Old Friend", via: "meeting", date: "2025-12-01" }, at);
  await snooze({ name: "Priya", until: "2w" }, at);
  await setPaused({ name: "Kim Lee" }, true, at);
  await setArchived({ name: "Old Friend" }, true, at);
  return at;
}

describe("netlog stats", () => {
  it("shows a year month by month, by channel, where the list stands, who waited longest, and the stages", async () => {
    const ctx = await aYear();
    expect(renderStats(await stats({}, ctx), ctx.style)).toBe(
      [
        "Conversations, Dec 2025 to Nov 2026: 9",
        `  Dec 2025 1 ${"█".repeat(16)}▋`,
        `  Jan 2026 1 ${"█".repeat(16)}▋`,
        "  Feb 2026 0",
        `  Mar 2026 3 ${"█".repeat(50)}`,
        "  Apr 2026 0",
        "  May 2026 0",
        `  Jun 2026 1 ${"█".repeat(16)}▋`,
        "  Jul 2026 0",
        "  Aug 2026 0",
        `  Sep 2026 1 ${"█".repeat(16)}▋`,
        "  Oct 2026 0",
        `  Nov 2026 2 ${"█".repeat(33)}▍`,
        "By channel: email 2, phone 2, meeting 2, linkedin 1, inmail 1, text 1",
        "",
        "On your list: 5 contacts",
        "  2 on schedule, 1 due, 1 snoozed, 1 paused",
        "Longest without a conversation:",
        "  Ann Soon: 420 days (never contacted, added 1 Oct 2025)",
        "  Sam Ortiz: 250 days (last: phone, 20 Mar)",
        "  Elaine Longmire (Jefferson Bank): 1 day (last: email, 24 Nov)",
        "",
        "Stages reached (new since Dec 2025):",
        "  online    5 (+4)",
        "  by voice  3 (+3)",
        "  in person 2 (+2)",
        "",
      ].join("\n"),
    );
  });

  it("counts from the start of the month --since names, a month or a date", async () => {
    const ctx = await aYear();
    for (const since of ["2026-09", "2026-09-10", "2026-09-30"]) {
      const report = await stats({ since }, ctx);
      expect([report.since, report.total, report.months.map((m) => m.month)]).toEqual(["2026-09-01", 3, ["2026-09", "2026-10", "2026-11"]]);
    }
    const report = renderStats(await stats({ since: "2026-11" }, ctx), ctx.style).split("\n");
    expect(report.slice(0, 3)).toEqual(["Conversations, Nov 2026: 2", `  Nov 2026 2 ${"█".repeat(50)}`, "By channel: email 2"]);
  });

  it("takes --since as a natural date too", async () => {
    const ctx = await aYear();
    expect((await stats({ since: "3 months ago" }, ctx)).since).toBe("2026-08-01");
  });

  it("moves by whole months from a month end: '1 month ago' on 31 Mar is 28 Feb, so February counts", async () => {
    const ctx = testCtx({ today: "2026-03-31" });
    const since = async (text: string) => {
      const report = await stats({ since: text }, ctx);
      return [report.since, report.months[0]?.month, report.months.length];
    };
    expect(await since("1 month ago")).toEqual(["2026-02-01", "2026-02", 2]);
    expect(await since("last month")).toEqual(["2026-02-01", "2026-02", 2]);
    expect(await since("6 months ago")).toEqual(["2025-09-01", "2025-09", 7]);
    expect(await since("a year ago")).toEqual(["2025-03-01", "2025-03", 13]);
  });

  it.each([
    ["2027-01", "--since: 2027-01-01 is in the future", "give a month or a day before today (2026-11-25), like 2026-01 or '6 months ago'"],
    ["tomorrow", "--since: 2026-11-26 is in the future", "give a month or a day before today (2026-11-25), like 2026-01 or '6 months ago'"],
    ["2026-13", "--since: '2026-13' is not a date I understand", "try a date like 2026-09-10, today, yesterday, 3 days ago, last tuesday, 2 weeks ago"],
  ])("refuses --since %j before opening the database", async (since, message, hint) => {
    const ctx = testCtx({ today: TODAY });
    await expect(stats({ since }, ctx)).rejects.toMatchObject({ message, hint, exitCode: 2 });
    expect(ctx.opens).toBe(0);
  });

  it("gives the same numbers as JSON, months as YYYY-MM", async () => {
    const ctx = await aYear();
    const json = statsJson(await stats({ since: "2026-09" }, ctx));
    expect(json).toEqual({
      today: "2026-11-25",
      since: "2026-09-01",
      conversations: 3,
      months: [
        { month: "2026-09", conversations: 1 },
        { month: "2026-10", conversations: 0 },
        { month: "2026-11", conversations: 2 },
      ],
      channels: { linkedin: 0, inmail: 0, email: 2, phone: 0, video: 0, text: 0, meeting: 1, event: 0, other: 0 },
      schedule: { contacts: 5, on_schedule: 2, due: 1, snoozed: 1, paused: 1 },
      longest_neglected: [
        { uuid: expect.stringMatching(/^[0-9a-f-]{36}$/), name: "Ann Soon", company: null, days: 420, last_contact: null, added_on: "2025-10-01" },
        { uuid: expect.any(String), name: "Sam Ortiz", company: null, days: 250, last_contact: { date: "2026-03-20", channel: "phone" }, added_on: "2025-10-01" },
        { uuid: expect.any(String), name: "Elaine Longmire", company: "Jefferson Bank", days: 1, last_contact: { date: "2026-11-24", channel: "email" }, added_on: "2025-10-01" },
      ],
      stages: { online: { reached: 5, new: 1 }, voice: { reached: 3, new: 0 }, in_person: { reached: 2, new: 1 } },
    });
  });

  it("on an empty database, shows empty months and nobody on the list", async () => {
    const ctx = testCtx({ today: TODAY });
    const text = renderStats(await stats({ since: "2026-10" }, ctx), new Chalk({ level: 1 }));
    expect(text).toBe(
      [
        "\u001b[1mConversations, Oct 2026 to Nov 2026: 0\u001b[22m",
        "  Oct 2026 0",
        "  Nov 2026 0",
        "By channel: none",
        "",
        "\u001b[1mOn your list: 0 contacts\u001b[22m",
        "",
        "\u001b[1mStages reached (new since Oct 2026):\u001b[22m",
        "  online    0 (+0)",
        "  by voice  0 (+0)",
        "  in person 0 (+0)",
        "",
      ].join("\n"),
    );
  });
});
