import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { due } from "../../src/commands/due.js";
import { review, type ReviewAction, type ReviewViews } from "../../src/commands/review.js";
import { undoList } from "../../src/commands/undo.js";
import { renderReviewItem } from "../../src/render/due.js";
import { renderLogged } from "../../src/render/logged.js";
import { renderDismissed } from "../../src/render/dismiss.js";
import { renderChange, renderReviewed } from "../../src/render/review.js";
import { dueJson } from "../../src/render/json.js";
import { testCtx } from "../helpers/ctx.js";

const TODAY = "2026-11-25";

async function threeDue() {
  const base = testCtx({ today: "2026-09-01" });
  for (const name of ["Ann Able", "Bo Berg", "Cy Chan"]) await contactAdd({ name, every: "monthly" }, base);
  await add({ name: "Bo", via: "linkedin", note: "coffee?" }, { ...base, today: "2026-11-18" });
  return base.dbPath;
}

function terminal(dbPath: string, actions: ReviewAction[], shown: string[]) {
  return testCtx({
    today: TODAY,
    dbPath,
    prompter: {
      reviewAction: async () => actions.shift()!,
      channel: async () => "phone",
      note: async () => "caught up",
      snoozeUntil: async () => "2w",
      show: (text: string) => void shown.push(text),
    },
  });
}

const views = (ctx: ReturnType<typeof testCtx>): ReviewViews => ({
  item: (item, position, total) => renderReviewItem(item, position, total, ctx.today, ctx.style),
  logged: (logged) => renderLogged(logged, ctx.style, ctx.today),
  changed: renderChange,
  dismissed: (d) => renderDismissed(d, ctx.style, ctx.today),
});

describe("netlog review", () => {
  it("walks today's list: log one, snooze one, dismiss one, each a change undo knows", async () => {
    const dbPath = await threeDue();
    const shown: string[] = [];
    const ctx = terminal(dbPath, ["log", "dismiss", "snooze"], shown);
    const report = await review(ctx, views(ctx));
    expect(shown).toEqual([
      "\n1/3\n  Ann Able: 55 days overdue\n    never contacted, added 1 Sep",
      "Logged phone with Ann Able (two-way), today. Next touch-base due 25 Dec.\n",
      "\n2/3\n  Cy Chan: 55 days overdue\n    never contacted, added 1 Sep",
      "Skipped this round with Cy Chan: the cadence restarts today.\n  Next touch-base due 25 Dec. netlog undo takes it back.\n",
      "\n3/3\n  Bo Berg: no reply to your LinkedIn message of 18 Nov\n    coffee?",
      "Bo Berg is snoozed until Wed 9 Dec 2026.\n",
    ]);
    expect(renderReviewed(report)).toBe("\nDone: 3 changes. netlog undo takes back the last; undo --list shows them.\n");
    expect((await undoList(ctx)).slice(0, 3).map((c) => c.command)).toEqual(["snooze", "dismiss", "add"]);
    expect(dueJson(await due({}, ctx))).toEqual([]);
  });

  it("walks the coming birthdays too, after the people due; dismissing one clears that year's reminder", async () => {
    const dbPath = await threeDue();
    const base = testCtx({ today: "2026-09-01", dbPath });
    await contactAdd({ name: "Di Dahl", every: "yearly", birthday: "1986-11-27" }, base);
    const shown: string[] = [];
    const reasons: string[] = [];
    const ctx = terminal(dbPath, ["next", "next", "next", "dismiss"], shown);
    ctx.prompter = { ...ctx.prompter!, reviewAction: async (reason) => (reasons.push(reason), (["next", "next", "next", "dismiss"] as const)[reasons.length - 1]!) };
    const report = await review(ctx, views(ctx));
    expect(reasons).toEqual(["never_contacted", "never_contacted", "no_reply", "birthday"]);
    expect(shown[3]).toBe("\n4/4\n  Di Dahl: birthday on Fri 27 Nov (turns 40)\n    never contacted, added 1 Sep");
    expect(report).toEqual({ total: 4, changes: 1 });
    expect((await due({}, ctx)).birthdays).toEqual([]);
  });

  it("next skips, quit stops, and nothing changes", async () => {
    const dbPath = await threeDue();
    const shown: string[] = [];
    const ctx = terminal(dbPath, ["next", "quit"], shown);
    expect(renderReviewed(await review(ctx, views(ctx)))).toBe("\nNothing changed.\n");
    expect(shown.length).toBe(2);
  });

  it("without a terminal is a usage error that points to netlog due", async () => {
    await expect(review(testCtx({ today: TODAY }), {} as ReviewViews)).rejects.toMatchObject({
      message: "review asks what to do with each person, so it needs a terminal",
      hint: "netlog due prints today's list; netlog add, snooze or dismiss act on one person",
      exitCode: 2,
    });
  });
});
