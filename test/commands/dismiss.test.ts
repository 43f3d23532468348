import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { contactShow } from "../../src/commands/contact-show.js";
import { followUp } from "../../src/commands/contact-state.js";
import { dismiss } from "../../src/commands/dismiss.js";
import { due } from "../../src/commands/due.js";
import { stats } from "../../src/commands/stats.js";
import { undo } from "../../src/commands/undo.js";
import { renderProfile } from "../../src/render/contact.js";
import { dismissedJson, renderDismissed } from "../../src/render/dismiss.js";
import { dueJson, profileJson } from "../../src/render/json.js";
import { snapshot, testCtx } from "../helpers/ctx.js";

function world() {
  const ctx = testCtx({ today: "2026-09-01" });
  const on = (today: string) => ({ ...ctx, today, now: `${today}T08:00:00.000Z` });
  const list = async (today: string) => dueJson(await due({}, on(today))).map((i) => [i.name, i.reason, i.due_on]);
  return { ctx, on, list };
}

describe("netlog dismiss", () => {
  it("an unanswered message needs no reply: the cadence runs on from it, and undo takes it back", async () => {
    const w = world();
    await contactAdd({ name: "Sam Ortiz", every: "monthly" }, w.ctx);
    await add({ name: "Sam", via: "linkedin", note: "coffee?" }, w.on("2026-11-02"));
    expect(await w.list("2026-11-09")).toEqual([["Sam Ortiz", "no_reply", "2026-11-09"]]);
    const dismissed = await dismiss({ name: "sam" }, w.on("2026-11-09"));
    expect(renderDismissed(dismissed, w.ctx.style, "2026-11-09")).toBe(
      "No reply needed to your LinkedIn message to Sam Ortiz of 2 Nov: the cadence runs on from it.\n  Next touch-base due 2 Dec. netlog undo takes it back.\n",
    );
    expect(await w.list("2026-11-09")).toEqual([]);
    expect(await w.list("2026-12-02")).toEqual([["Sam Ortiz", "cadence", "2026-12-02"]]);
    // A dismissal is no conversation: the timeline and stats do not have it, contact show says it.
    const profile = await contactShow({ name: "sam" }, w.on("2026-11-10"));
    expect([profile.conversations.length, profileJson(profile).dismissals]).toEqual([1, [{ reason: "no_reply", date: "2026-11-09", note: null }]]);
    expect(renderProfile(profile, w.ctx.style, "2026-11-10")).toContain("\n  Dismissed 9 Nov: no reply needed\n");
    expect((await stats({}, w.on("2026-11-10"))).total).toBe(1);
    await undo(w.on("2026-11-09"));
    expect(await w.list("2026-11-09")).toEqual([["Sam Ortiz", "no_reply", "2026-11-09"]]);
  });

  it("a cadence or never-contacted item is skipped for this round: the cadence restarts today", async () => {
    const w = world();
    await contactAdd({ name: "Elaine Longmire", every: "monthly" }, w.ctx);
    expect(await w.list("2026-10-05")).toEqual([["Elaine Longmire", "never_contacted", "2026-10-01"]]);
    const dismissed = await dismiss({ name: "elaine", note: "she is travelling" }, w.on("2026-10-05"));
    expect(renderDismissed(dismissed, w.ctx.style, "2026-10-05")).toBe(
      "Skipped this round with Elaine Longmire: the cadence restarts today.\n  Next touch-base due 4 Nov. netlog undo takes it back.\n",
    );
    expect(dismissedJson(dismissed, "2026-10-05")).toMatchObject({
      name: "Elaine Longmire",
      dismissed: "never_contacted",
      dismissed_on: "2026-10-05",
      note: "she is travelling",
      next: { reason: "never_contacted", due_on: "2026-11-04" },
    });
    expect(await w.list("2026-11-03")).toEqual([]);
    expect(await w.list("2026-11-04")).toEqual([["Elaine Longmire", "never_contacted", "2026-11-04"]]);
  });

  it("a follow-up is let go", async () => {
    const w = world();
    await contactAdd({ name: "Kim Lee", every: "1y" }, w.ctx);
    await followUp({ name: "Kim", when: "2026-10-01", note: "send the deck" }, w.on("2026-09-20"));
    const dismissed = await dismiss({ name: "kim" }, w.on("2026-10-02"));
    expect(renderDismissed(dismissed, w.ctx.style, "2026-10-02")).toBe(
      "Let go of the follow-up with Kim Lee (send the deck).\n  Next touch-base due 1 Sep 2027. netlog undo takes it back.\n",
    );
  });

  it("a suggestion is not offered again until the relationship reaches a new stage", async () => {
    const w = world();
    await contactAdd({ name: "Rémy Girard", every: "1y" }, w.ctx);
    for (const date of ["2026-08-01", "2026-09-01", "2026-10-01"]) await add({ name: "Rémy", via: "email", twoWay: true, date }, w.on("2026-10-01"));
    expect(await w.list("2026-10-08")).toEqual([["Rémy Girard", "suggest_call", "2026-10-08"]]);
    await dismiss({ name: "rémy" }, w.on("2026-10-08"));
    expect(await w.list("2026-10-15")).toEqual([]);
    for (const date of ["2026-10-20", "2026-10-27", "2026-11-03"]) await add({ name: "Rémy", via: "video", date }, w.on(date));
    // Three calls and never met: the next stage's suggestion comes.
    expect(await w.list("2026-11-10")).toEqual([["Rémy Girard", "suggest_meeting", "2026-11-10"]]);
  });

  it("refuses someone who is not on today's list, and changes nothing", async () => {
    const w = world();
    await contactAdd({ name: "Ann Soon", every: "monthly" }, w.ctx);
    const before = snapshot(w.ctx.db());
    await expect(dismiss({ name: "ann" }, w.on("2026-09-10"))).rejects.toMatchObject({
      message: "Ann Soon is not on today's list: there is nothing to dismiss",
      hint: 'netlog due lists who is; to hide someone for a while: netlog snooze "Ann Soon" 2w',
    });
    expect(snapshot(w.ctx.db())).toEqual(before);
  });
});

describe("netlog dismiss on a cadence no longer than the reply window", () => {
  it("clears today with one dismiss: the round due from the message is skipped too", async () => {
    const w = world();
    await contactAdd({ name: "Wes Weekly", every: "weekly" }, w.ctx);
    await add({ name: "Wes", via: "email" }, w.on("2026-11-20"));
    expect(await w.list("2026-11-27")).toEqual([["Wes Weekly", "no_reply", "2026-11-27"]]);
    const dismissed = await dismiss({ name: "wes" }, w.on("2026-11-27"));
    expect(renderDismissed(dismissed, w.ctx.style, "2026-11-27")).toBe(
      "No reply needed to your email to Wes Weekly of 20 Nov: the cadence runs on from it.\n  Next touch-base due 4 Dec. netlog undo takes it back.\n",
    );
    expect(await w.list("2026-11-27")).toEqual([]);
  });
});
