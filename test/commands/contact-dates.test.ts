// Birthdays and named dates on a contact: the flags of contact add and edit, what contact show
// says of them, and what merge, rm and undo do with them.
import { describe, expect, it } from "vitest";
import { contactAdd } from "../../src/commands/contact-add.js";
import { contactEdit } from "../../src/commands/contact-edit.js";
import { contactMerge } from "../../src/commands/contact-merge.js";
import { contactRm } from "../../src/commands/contact-rm.js";
import { contactShow } from "../../src/commands/contact-show.js";
import { undo } from "../../src/commands/undo.js";
import { renderEdited } from "../../src/render/contact-changes.js";
import { renderProfile } from "../../src/render/contact.js";
import { profileJson } from "../../src/render/json.js";
import { testCtx } from "../helpers/ctx.js";

const TODAY = "2026-04-10";

const rows = (ctx: ReturnType<typeof testCtx>) => ctx.db().prepare("SELECT contact_id, kind, label, month, day, year FROM contact_dates ORDER BY id").all();

async function profileLines(ctx: ReturnType<typeof testCtx>, name: string, today = TODAY) {
  return renderProfile(await contactShow({ name }, ctx), ctx.style, today)
    .split("\n")
    .filter((l) => /^ {2}(Birthday|Dates)/.test(l));
}

describe("contact add and edit: --birthday, --date, --remove-date", () => {
  it("stores a birthday with its year and named dates; contact show says when they turn what", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Elaine Longmire", birthday: "1986-04-14", date: ["met=2019-05-02", "Work anniversary=03-01"] }, ctx);
    expect(await profileLines(ctx, "elaine")).toEqual(["  Birthday  14 Apr (turns 40 on Tue 14 Apr 2026)", "  Dates     Work anniversary 1 Mar; met 2 May 2019"]);
    const json = profileJson(await contactShow({ name: "elaine" }, ctx));
    expect(json.birthday).toEqual({ month: 4, day: 14, year: 1986 });
    expect(json.dates.map(({ uuid, ...d }) => d)).toEqual([
      { kind: "anniversary", label: "Work anniversary", month: 3, day: 1, year: null },
      { kind: "other", label: "met", month: 5, day: 2, year: 2019 },
    ]);
  });

  it("a birthday without a year, on the day, and on 29 Feb in a year without one", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Sam Ortiz", birthday: "04-10" }, ctx);
    await contactAdd({ name: "Priya Natarajan", birthday: "2000-02-29" }, ctx);
    expect(await profileLines(ctx, "sam")).toEqual(["  Birthday  10 Apr (next today)"]);
    expect(await profileLines(ctx, "priya")).toEqual(["  Birthday  29 Feb (turns 27 on Sun 28 Feb 2027)"]);
    expect(profileJson(await contactShow({ name: "sam" }, ctx)).birthday).toEqual({ month: 4, day: 10, year: null });
  });

  it("edit sets, changes and removes them, says what changed, and undo puts them back", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Elaine Longmire", date: ["met=2019-05-02"] }, ctx);
    const edited = await contactEdit({ contact: "elaine", birthday: "04-14", date: ["lunch=06-01"], removeDate: ["MET"] }, ctx);
    expect(renderEdited(edited, ctx.style)).toBe("Updated Elaine Longmire:\n  birthday: (none) → 04-14\n  dates: met=2019-05-02 → lunch=06-01\n");
    expect(rows(ctx)).toEqual([
      { contact_id: 1, kind: "birthday", label: null, month: 4, day: 14, year: null },
      { contact_id: 1, kind: "other", label: "lunch", month: 6, day: 1, year: null },
    ]);
    // The same values again: nothing to write, no undo step.
    expect((await contactEdit({ contact: "elaine", birthday: "4-14" }, ctx)).changes).toEqual([]);
    expect(renderEdited(await contactEdit({ contact: "elaine", birthday: "none" }, ctx), ctx.style)).toBe("Updated Elaine Longmire:\n  birthday: 04-14 → (none)\n");
    await undo(ctx);
    await undo(ctx);
    expect(rows(ctx)).toEqual([{ contact_id: 1, kind: "other", label: "met", month: 5, day: 2, year: 2019 }]);
  });

  it.each([
    [{ birthday: "02-30" }, "--birthday: '02-30' is not a day of the calendar", "e.g. 04-14, or 1986-04-14 with the year (29 Feb only in a leap year, or without a year)"],
    [
      { birthday: "2025-02-29" },
      "--birthday: '2025-02-29' is not a day of the calendar",
      "e.g. 04-14, or 1986-04-14 with the year (29 Feb only in a leap year, or without a year)",
    ],
    [{ birthday: "1850-04-14" }, "--birthday: 1850 is not a year netlog takes", "a year from 1900 to 2026, or leave it out: 04-14"],
    [{ birthday: "2027-01-01" }, "--birthday: 2027 is not a year netlog takes", "a year from 1900 to 2026, or leave it out: 01-01"],
    [{ birthday: "April 14" }, "--birthday: 'April 14' is not a date", "e.g. 04-14, or 1986-04-14 with the year"],
    [{ date: ["2019-05-02"] }, "--date: '2019-05-02' needs a name and a date", 'e.g. --date "met=2019-05-02" or --date "work anniversary=03-01"'],
    [{ date: ["birthday=04-14"] }, "--date: the birthday has its own flag", "use --birthday 04-14 (or 1986-04-14)"],
    [{ date: ["met=13-01"] }, "--date met: '13-01' is not a day of the calendar", "e.g. 04-14, or 1986-04-14 with the year (29 Feb only in a leap year, or without a year)"],
    [{ date: ["met=05-02"], removeDate: ["met"] }, "--date and --remove-date both name 'met'", "set a date or remove it, not both"],
    [{ removeDate: ["lunch"] }, "Elaine Longmire has no date named lunch", "its dates: met"],
  ])("refuses %j with an error and a hint, changing nothing", async (flags, message, hint) => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Elaine Longmire", birthday: "1986-04-14", date: ["met=2019-05-02"] }, ctx);
    const before = rows(ctx);
    await expect(contactEdit({ contact: "elaine", ...flags }, ctx)).rejects.toMatchObject({ message, hint });
    if (!("removeDate" in flags && !("date" in flags))) await expect(contactAdd({ name: "Sam Ortiz", ...flags }, ctx)).rejects.toMatchObject({ message, hint });
    expect(rows(ctx)).toEqual(before);
    expect(ctx.db().prepare("SELECT count(*) FROM contacts").pluck().get()).toBe(1);
  });

  it("accepts 29 Feb without a year and in a leap year", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Elaine Longmire", birthday: "02-29", date: ["wedding anniversary=2024-02-29"] }, ctx);
    expect(rows(ctx)).toEqual([
      { contact_id: 1, kind: "birthday", label: null, month: 2, day: 29, year: null },
      { contact_id: 1, kind: "anniversary", label: "wedding anniversary", month: 2, day: 29, year: 2024 },
    ]);
  });
});

describe("merge and rm with dates", () => {
  it("merge keeps both contacts' dates, the kept one's where both have one; undo splits them again", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Samuel Ortiz", birthday: "1990-07-01", date: ["met=2020-01-05"] }, ctx);
    await contactAdd({ name: "Sam Ortiz", birthday: "07-02", date: ["met=2018-03-03", "lunch=06-01"] }, ctx);
    await contactMerge({ keep: "Samuel Ortiz", other: "Sam Ortiz", yes: true }, ctx);
    expect(rows(ctx)).toEqual([
      { contact_id: 1, kind: "birthday", label: null, month: 7, day: 1, year: 1990 },
      { contact_id: 1, kind: "other", label: "met", month: 1, day: 5, year: 2020 },
      { contact_id: 1, kind: "other", label: "lunch", month: 6, day: 1, year: null },
    ]);
    await undo(ctx);
    expect(rows(ctx)).toEqual([
      { contact_id: 1, kind: "birthday", label: null, month: 7, day: 1, year: 1990 },
      { contact_id: 1, kind: "other", label: "met", month: 1, day: 5, year: 2020 },
      { contact_id: 2, kind: "birthday", label: null, month: 7, day: 2, year: null },
      { contact_id: 2, kind: "other", label: "met", month: 3, day: 3, year: 2018 },
      { contact_id: 2, kind: "other", label: "lunch", month: 6, day: 1, year: null },
    ]);
  });

  it("rm removes them with the contact, and undo brings them back", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Elaine Longmire", birthday: "1986-04-14", date: ["met=2019-05-02"] }, ctx);
    const before = ctx.db().prepare("SELECT * FROM contact_dates ORDER BY id").all();
    await contactRm({ name: "elaine", yes: true }, ctx);
    expect(rows(ctx)).toEqual([]);
    await undo(ctx);
    expect(ctx.db().prepare("SELECT * FROM contact_dates ORDER BY id").all()).toEqual(before);
  });
});
