import { describe, expect, it } from "vitest";
import { contactAdd } from "../../src/commands/contact-add.js";
import { due } from "../../src/commands/due.js";
import { sendNotification } from "../../src/commands/notify.js";
import type { Ctx, ProgramResult } from "../../src/context.js";
import { dueNotification } from "../../src/render/notification.js";
import type { DueReport } from "../../src/reports/due.js";
import { testCtx } from "../helpers/ctx.js";

const TODAY = "2026-11-25";
const OK: ProgramResult = { kind: "exited", code: 0, stdout: "", stderr: "" };

/** What `netlog due --notify` does with a report: cli.ts words it, then sends it. */
const notifyDue = (report: DueReport, ctx: Ctx) => sendNotification(dueNotification(report), ctx);

/** A database where `names` were added on 1 Jan with a weekly cadence: all due on TODAY. */
async function withDue(names: string[], answer: ProgramResult = OK) {
  const sent: string[][] = [];
  const ctx = testCtx({ today: "2026-01-01", programs: { "notify-send": (args) => (sent.push([...args]), answer) } });
  for (const name of names) await contactAdd({ name, every: "1w" }, ctx);
  return { ctx: { ...ctx, today: TODAY }, sent };
}

describe("netlog due --notify", () => {
  it("names the first three, most overdue first, and counts the rest", async () => {
    const { ctx, sent } = await withDue(["Ann Lee", "Bo Diaz", "Cy Young", "Di Ross", "Ed Wu"]);
    expect(notifyDue(await due({}, ctx), ctx)).toBeUndefined();
    expect(sent).toEqual([["--app-name=netlog", "--", "netlog: 5 people due today", "Ann Lee, Bo Diaz, Cy Young and 2 more"]]);
  });

  it("keeps names as text in the body, which notification servers read as markup", async () => {
    const { ctx, sent } = await withDue(["Smith & <Jones>"]);
    notifyDue(await due({ on: "2026-12-01" }, ctx), ctx);
    expect(sent).toEqual([["--app-name=netlog", "--", "netlog: 1 person due on Tue 1 Dec 2026", "Smith &amp; &lt;Jones&gt;"]]);
  });

  it("names the birthdays too, and on a morning with only a birthday, says so", async () => {
    const sent: string[][] = [];
    const ctx = testCtx({ today: TODAY, programs: { "notify-send": (args) => (sent.push([...args]), OK) } });
    await contactAdd({ name: "Ann Lee", birthday: "1986-11-26" }, ctx);
    notifyDue(await due({}, ctx), ctx);
    await contactAdd({ name: "Bo Diaz", every: "1w" }, { ...ctx, today: "2026-01-01" });
    notifyDue(await due({}, ctx), ctx);
    expect(sent).toEqual([
      ["--app-name=netlog", "--", "netlog: 1 birthday soon", "Ann Lee: birthday on Thu 26 Nov (turns 40)"],
      ["--app-name=netlog", "--", "netlog: 1 person due today", "Bo Diaz; birthday: Ann Lee"],
    ]);
  });

  it("sends nothing when nobody is due", async () => {
    const { ctx, sent } = await withDue([]);
    expect(notifyDue(await due({}, ctx), ctx)).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it("says nothing without notify-send, and warns when it fails or hangs", async () => {
    const { ctx } = await withDue(["Ann Lee"]);
    const report = await due({}, ctx);
    expect(notifyDue(report, { ...ctx, runProgram: () => ({ kind: "missing" }) })).toBeUndefined();
    expect(notifyDue(report, { ...ctx, runProgram: () => ({ kind: "timeout" }) })).toBe("notify-send did not finish within 5 seconds");
    expect(notifyDue(report, { ...ctx, runProgram: () => ({ kind: "exited", code: 1, stdout: "", stderr: "Cannot autolaunch D-Bus without X11 $DISPLAY\n" }) })).toBe(
      "notify-send failed: Cannot autolaunch D-Bus without X11 $DISPLAY",
    );
  });
});
