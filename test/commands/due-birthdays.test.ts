// Birthdays on the morning list: a few days ahead (the birthday-notice setting) and on the day,
// beside the people due rather than among them, for paused contacts too, never for archived ones.
import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { setArchived, setPaused, snooze } from "../../src/commands/contact-state.js";
import { dismiss } from "../../src/commands/dismiss.js";
import { due } from "../../src/commands/due.js";
import { configSet } from "../../src/commands/settings.js";
import { undo } from "../../src/commands/undo.js";
import { renderDismissed } from "../../src/render/dismiss.js";
import { renderDue } from "../../src/render/due.js";
import { dueJson } from "../../src/render/json.js";
import { testCtx } from "../helpers/ctx.js";

/** A birthday's entry carries `date` and `turns` besides the keys of every entry. */
type DueJsonItem = ReturnType<typeof dueJson>[number] & { date?: string; turns?: number | null };

// TZ is pinned by the test config (America/Los_Angeles); every day here is a calendar day.
function world(today = "2026-04-01") {
  const ctx = testCtx({ today });
  const on = (day: string) => ({ ...ctx, today: day, now: `${day}T16:00:00.000Z` });
  const text = async (day: string, options: Parameters<typeof due>[0] = {}) => renderDue(await due(options, on(day)), ctx.style, false);
  const json = async (day: string, options: Parameters<typeof due>[0] = {}) => dueJson(await due(options, on(day))) as DueJsonItem[];
  /** Only the birthdays: months on, the contacts fall due by their cadence too. */
  const birthdays = async (day: string) => (await json(day)).filter((i) => i.reason === "birthday");
  return { ctx, on, text, json, birthdays };
}

describe("due: birthdays", () => {
  it("names a birthday three days ahead and on the day, with the age when the year is known", async () => {
    const w = world();
    await contactAdd({ name: "Elaine Longmire", company: "Jefferson Bank", birthday: "1986-04-17" }, w.ctx);
    await contactAdd({ name: "Sam Ortiz", birthday: "04-15" }, w.ctx);
    expect(await w.text("2026-04-11")).toBe("");
    expect(await w.text("2026-04-12")).toBe("Birthdays:\n  Sam Ortiz: birthday on Wed 15 Apr\n    never contacted, added 1 Apr\n");
    expect(await w.text("2026-04-14")).toBe(
      "Birthdays:\n  Sam Ortiz: birthday on Wed 15 Apr\n    never contacted, added 1 Apr\n  Elaine Longmire (Jefferson Bank): birthday on Fri 17 Apr (turns 40)\n    never contacted, added 1 Apr\n",
    );
    expect(await w.text("2026-04-17")).toBe("Birthdays:\n  Elaine Longmire (Jefferson Bank): birthday today (turns 40)\n    never contacted, added 1 Apr\n");
    expect(await w.text("2026-04-18")).toBe("");
  });

  it("--json gives reason birthday with the date and the age", async () => {
    const w = world();
    await contactAdd({ name: "Elaine Longmire", birthday: "1986-04-17" }, w.ctx);
    await contactAdd({ name: "Sam Ortiz", birthday: "04-17" }, w.ctx);
    expect(
      (await w.json("2026-04-15")).map(({ name, reason, due_on, days_overdue, date, turns, shown_today }) => ({ name, reason, due_on, days_overdue, date, turns, shown_today })),
    ).toEqual([
      { name: "Elaine Longmire", reason: "birthday", due_on: "2026-04-17", days_overdue: -2, date: "2026-04-17", turns: 40, shown_today: true },
      { name: "Sam Ortiz", reason: "birthday", due_on: "2026-04-17", days_overdue: -2, date: "2026-04-17", turns: null, shown_today: true },
    ]);
  });

  it("due --on two days before a birthday lists it", async () => {
    const w = world();
    await contactAdd({ name: "Elaine Longmire", birthday: "1986-04-17" }, w.ctx);
    expect(await w.text("2026-04-01", { on: "2026-04-15" })).toBe("Birthdays:\n  Elaine Longmire: birthday on Fri 17 Apr (turns 40)\n    never contacted, added 1 Apr\n");
  });

  it("how far ahead is the birthday-notice setting", async () => {
    const w = world();
    await contactAdd({ name: "Elaine Longmire", birthday: "1986-04-17" }, w.ctx);
    expect(await w.json("2026-04-10")).toEqual([]);
    await configSet({ key: "birthday-notice", value: "7d" }, w.ctx);
    expect((await w.json("2026-04-10")).map((i) => [i.name, i.reason, i.date])).toEqual([["Elaine Longmire", "birthday", "2026-04-17"]]);
    await configSet({ key: "birthday-notice", value: "0" }, w.ctx);
    expect(await w.json("2026-04-16")).toEqual([]);
    expect((await w.json("2026-04-17")).map((i) => i.reason)).toEqual(["birthday"]);
    await expect(configSet({ key: "birthday-notice", value: "3 months" }, w.ctx)).rejects.toMatchObject({
      hint: "a number of days, up to 60: 3, 7d, 1w; 0 names a birthday on the day only",
    });
  });

  it("a 29 Feb birthday falls on 28 Feb in a year without one", async () => {
    const w = world("2026-04-01");
    await contactAdd({ name: "Priya Natarajan", birthday: "2000-02-29" }, w.ctx);
    expect((await w.birthdays("2027-02-28")).map((i) => [i.reason, i.date, i.turns, i.days_overdue])).toEqual([["birthday", "2027-02-28", 27, 0]]);
    expect(await w.birthdays("2027-03-01")).toEqual([]);
    expect((await w.birthdays("2028-02-29")).map((i) => [i.date, i.turns])).toEqual([["2028-02-29", 28]]);
  });

  it("a paused or snoozed contact's birthday is listed; an archived one's is not", async () => {
    const w = world();
    await contactAdd({ name: "Elaine Longmire", birthday: "04-17" }, w.ctx);
    await contactAdd({ name: "Sam Ortiz", birthday: "04-17" }, w.ctx);
    await contactAdd({ name: "Kim Lee", birthday: "04-17" }, w.ctx);
    await setPaused({ name: "Elaine" }, true, w.ctx);
    await setArchived({ name: "Sam" }, true, w.ctx);
    await snooze({ name: "Kim", until: "2026-05-01" }, w.ctx);
    expect((await w.json("2026-04-17")).map((i) => [i.name, i.reason])).toEqual([
      ["Elaine Longmire", "birthday"],
      ["Kim Lee", "birthday"],
    ]);
  });

  it("stands beside today's share of people due, at most two of them, and --all lists every one", async () => {
    const w = world("2026-01-01");
    for (const name of ["Ada", "Ben", "Cy", "Dee", "Eve", "Fay"]) await contactAdd({ name: `${name} Due`, every: "weekly" }, w.ctx);
    for (const name of ["Gil", "Hal", "Ida"]) await contactAdd({ name: `${name} Born`, birthday: "01-20" }, w.ctx);
    const report = await due({}, w.on("2026-01-20"));
    expect([report.items.length, report.shown.length, report.birthdays.length, report.shownBirthdays.length]).toEqual([6, 5, 3, 2]);
    const lines = renderDue(report, w.ctx.style, false).split("\n");
    expect(lines.slice(11)).toEqual([
      "Birthdays:",
      "  Gil Born: birthday today",
      "    never contacted, added 1 Jan",
      "  Hal Born: birthday today",
      "    never contacted, added 1 Jan",
      "  and 1 more birthday (netlog due --all lists them)",
      "",
    ]);
    expect((await due({ all: true }, w.on("2026-01-20"))).shownBirthdays.map((i) => i.contact.name)).toEqual(["Gil Born", "Hal Born", "Ida Born"]);
    expect((await w.json("2026-01-20")).filter((i) => i.reason === "birthday").map((i) => [i.name, i.shown_today])).toEqual([
      ["Gil Born", true],
      ["Hal Born", true],
      ["Ida Born", false],
    ]);
  });

  it("a dismissed birthday is cleared for that year, comes back the next, and undo brings it back", async () => {
    const w = world();
    await contactAdd({ name: "Elaine Longmire", birthday: "1986-04-17" }, w.ctx);
    await add({ name: "Elaine", via: "phone", note: "catching up" }, w.on("2026-04-02"));
    const dismissed = await dismiss({ name: "elaine" }, w.on("2026-04-15"));
    expect(renderDismissed(dismissed, w.ctx.style, "2026-04-15")).toBe(
      "No more reminders of Elaine Longmire's birthday this year.\n  Next touch-base due 1 Jul. netlog undo takes it back.\n",
    );
    expect(await w.json("2026-04-16")).toEqual([]);
    expect(await w.json("2026-04-17")).toEqual([]);
    expect((await w.birthdays("2027-04-17")).map((i) => [i.reason, i.turns])).toEqual([["birthday", 41]]);
    await undo(w.on("2026-04-15"));
    expect((await w.json("2026-04-16")).map((i) => i.reason)).toEqual(["birthday"]);
  });
});
