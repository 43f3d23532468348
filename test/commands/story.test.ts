// The story of the README, in-process: Elaine Longmire of Jefferson Bank, a monthly cadence,
// an InMail in early September and a phone call a week later.
import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { due } from "../../src/commands/due.js";
import { renderDue } from "../../src/render/due.js";
import { dueJson } from "../../src/render/json.js";
import { renderLogged } from "../../src/render/logged.js";
import { testCtx } from "../helpers/ctx.js";
import { ELAINE_DUE_JSON } from "../helpers/elaine.js";

async function elaineStory() {
  const ctx = testCtx({ today: "2026-09-01" });
  await contactAdd({ name: "Elaine Longmire", company: "Jefferson Bank", met: "LinkedIn", every: "monthly" }, ctx);
  await add({ name: "Elaine Longmire", via: "inmail", note: "intro about the Spokane branch" }, { ...ctx, today: "2026-09-03" });
  const call = await add({ name: "elaine", via: "call", note: "talked about her move" }, { ...ctx, today: "2026-09-10" });
  return { ctx, call };
}

describe("the core loop", () => {
  it("confirms a logged call with the full name and the next due date", async () => {
    const { ctx, call } = await elaineStory();
    expect(renderLogged(call, ctx.style, "2026-09-10")).toBe("Logged phone with Elaine Longmire (two-way), today. Next touch-base due 10 Oct.\n");
    expect(call.matchedBy).toBe("prefix");
  });

  it("lists Elaine as 46 days overdue in late November, with the call as last touch", async () => {
    const { ctx } = await elaineStory();
    const report = await due({ on: "2026-11-25" }, { ...ctx, today: "2026-11-25" });
    expect(renderDue(report, ctx.style, false)).toBe(
      "1 person due on Wed 25 Nov 2026:\n  Elaine Longmire (Jefferson Bank): 46 days overdue\n    last: phone, 10 Sep — talked about her move\n",
    );
    expect(dueJson(report)).toEqual(ELAINE_DUE_JSON);
  });

  it("does not list her on a date inside her month", async () => {
    const { ctx } = await elaineStory();
    const report = await due({ on: "2026-10-09" }, { ...ctx, today: "2026-11-25" });
    expect(report.items).toEqual([]);
    expect(renderDue(report, ctx.style, false)).toBe("");
    expect(renderDue(report, ctx.style, true)).toBe("Nobody is due on Fri 9 Oct 2026. Next: Elaine Longmire, due 10 Oct (in 1 day).\n");
  });

  it("sees a past date as it was then: later conversations do not count yet", async () => {
    const ctx = testCtx({ today: "2026-09-01" });
    await contactAdd({ name: "Sam Ortiz", every: "1w" }, ctx);
    await add({ name: "Sam Ortiz", via: "email", date: "2026-09-03" }, { ...ctx, today: "2026-11-25" });
    await add({ name: "Sam Ortiz", via: "video", date: "2026-09-20" }, { ...ctx, today: "2026-11-25" });
    const then = await due({ on: "2026-09-15" }, { ...ctx, today: "2026-11-25" });
    expect(dueJson(then).map((i) => [i.due_on, i.days_overdue, i.last_contact?.channel])).toEqual([["2026-09-10", 5, "email"]]);
    // Before the first conversation there was none to show, and no stage yet.
    const before = await due({ on: "2026-09-02", within: "7d" }, { ...ctx, today: "2026-11-25" });
    expect(dueJson(before).map((i) => [i.reason, i.due_on, i.last_contact, i.stage])).toEqual([["never_contacted", "2026-09-08", null, null]]);
  });
});
