// The morning list reads planned meetings and job changes (migration 013) as the imports write
// them: a meeting holds a contact until the day after it, and says so with --within; a job change
// is listed once, dismissable, undoably.
import { describe, expect, it } from "vitest";
import { contactAdd } from "../../src/commands/contact-add.js";
import { dismiss } from "../../src/commands/dismiss.js";
import { contactShow } from "../../src/commands/contact-show.js";
import { contactList } from "../../src/commands/contact-list.js";
import { due } from "../../src/commands/due.js";
import { undo } from "../../src/commands/undo.js";
import { renderDismissed } from "../../src/render/dismiss.js";
import { renderDue } from "../../src/render/due.js";
import { dueJson } from "../../src/render/json.js";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { importLinkedin } from "../../src/commands/import-linkedin.js";
import { importCalendar } from "../../src/commands/import-calendar.js";
import { fileURLToPath } from "node:url";
import { tempDir, testCtx } from "../helpers/ctx.js";

const TODAY = "2026-12-03";

async function twoOverdue() {
  const ctx = testCtx({ today: "2026-09-01" });
  await contactAdd({ name: "Elaine Longmire", company: "Numerica", title: "VP Lending", every: "monthly" }, ctx);
  await contactAdd({ name: "Sam Ortiz", every: "monthly" }, ctx);
  return testCtx({ today: TODAY, dbPath: ctx.dbPath });
}

describe("the morning list with planned meetings and job changes", () => {
  it("holds a contact with a coffee next Thursday until Friday, and says so with --within 7", async () => {
    const ctx = await twoOverdue();
    ctx
      .db()
      .prepare(
        "INSERT INTO planned_meetings (uuid, contact_id, planned_on, channel, note, source_key, created_at) VALUES ('p1', 1, '2026-12-10', 'meeting', 'coffee', 'ics:x', 'x')",
      )
      .run();
    expect((await due({}, ctx)).items.map((i) => i.contact.name)).toEqual(["Sam Ortiz"]);
    const within = await due({ within: "7" }, ctx);
    expect(renderDue(within, ctx.style, false, 80)).toContain("Coming up:\n  Elaine Longmire (Numerica): meeting planned Thu 10 Dec\n");
    expect(dueJson(within).find((i) => i.name === "Elaine Longmire")).toMatchObject({ due_on: "2026-12-11", planned: { date: "2026-12-10", channel: "meeting", note: "coffee" } });
    const friday = testCtx({ today: "2026-12-11", dbPath: ctx.dbPath });
    expect((await due({}, friday)).items.map((i) => i.contact.name)).toEqual(["Elaine Longmire", "Sam Ortiz"]);
  });

  it("a follow-up held by a meeting keeps its promised day in view among the days to come", async () => {
    const ctx = await twoOverdue();
    const db = ctx.db();
    db.prepare(
      "INSERT INTO planned_meetings (uuid, contact_id, planned_on, channel, note, source_key, created_at) VALUES ('p1', 1, '2026-12-07', 'video', '1:1', 'ics:x', 'x')",
    ).run();
    db.prepare(
      "INSERT INTO follow_ups (uuid, contact_id, due_on, note, set_on, after_conversation_id, created_at) VALUES ('f1', 1, '2026-12-03', 'send the deck', '2026-12-01', 0, 'x')",
    ).run();
    const text = renderDue(await due({ within: "7" }, ctx), ctx.style, false, 100);
    expect(text).toContain("Coming up:\n  Elaine Longmire: video call planned Mon 7 Dec; follow-up of 3 Dec after it: send the deck\n");
  });

  it("lists a tracked contact's new job once, with what changed; a dismiss takes it off, and undo brings it back", async () => {
    const ctx = await twoOverdue();
    ctx
      .db()
      .prepare(
        "INSERT INTO contact_roles (uuid, contact_id, company, title, previous_company, previous_title, noticed_on, created_at) VALUES ('r1', 1, 'Numerica', 'VP Lending', 'Jefferson Bank', 'Loan Officer', '2026-12-02', 'x')",
      )
      .run();
    const report = await due({}, ctx);
    expect(renderDue(report, ctx.style, false, 100)).toContain("  Elaine Longmire (Numerica): started at Numerica as VP Lending — congratulate?\n");
    expect(dueJson(report)[0]).toMatchObject({
      reason: "job_change",
      due_on: "2026-12-02",
      job_change: { company: "Numerica", title: "VP Lending", previous_company: "Jefferson Bank", previous_title: "Loan Officer", noticed_on: "2026-12-02" },
    });
    const dismissed = await dismiss({ name: "Elaine" }, ctx);
    expect(renderDismissed(dismissed, ctx.style, TODAY)).toMatch(/^Noted Elaine Longmire's new job without a word: it leaves the list, and the cadence runs on\.\n/);
    expect((await due({ all: true }, ctx)).items.map((i) => [i.contact.name, i.reason])).toEqual([
      ["Elaine Longmire", "never_contacted"],
      ["Sam Ortiz", "never_contacted"],
    ]);
    await undo(ctx);
    expect((await due({}, ctx)).items.map((i) => i.reason)).toContain("job_change");
  });

  it("a Connections.csv in which two tracked contacts changed jobs gives two job_change items on the next due, each gone after a dismiss", async () => {
    const file = (rows: string) => {
      const path = join(tempDir(), "Connections.csv");
      writeFileSync(path, `First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows}`);
      return path;
    };
    const url = (slug: string) => `https://www.linkedin.com/in/${slug}`;
    const first = testCtx({ today: "2026-11-02" });
    await importLinkedin(
      { file: file(`Elaine,Longmire,${url("elaine")},,Jefferson Bank,Loan Officer,05 Oct 2026\nSam,Ortiz,${url("sam")},,Ortiz & Co,Founder,12 Oct 2026\n`), every: "1y" },
      first,
    );
    // Kim is a connection, not tracked: her new job is history, not a reminder.
    await importLinkedin({ file: file(`Kim,Lee,${url("kim")},,Acme,Engineer,01 Feb 2025\n`) }, first);
    const ctx = testCtx({ today: "2026-12-01", dbPath: first.dbPath });
    const newer = `Elaine,Longmire,${url("elaine")},,Numerica,VP Lending,05 Oct 2026\nSam,Ortiz,${url("sam")},,Ortiz & Co,CEO,12 Oct 2026\nKim,Lee,${url("kim")},,Globex,Staff Engineer,01 Feb 2025\n`;
    await importLinkedin({ file: file(newer) }, ctx);
    const next = testCtx({ today: "2026-12-02", dbPath: first.dbPath });
    const text = renderDue(await due({}, next), next.style, false, 100);
    expect(text).toContain("  Elaine Longmire (Numerica): started at Numerica as VP Lending — congratulate?\n");
    expect(text).toContain("  Sam Ortiz (Ortiz & Co): now CEO at Ortiz & Co — congratulate?\n");
    expect((await due({}, next)).items.map((i) => [i.contact.name, i.reason])).toEqual([
      ["Elaine Longmire", "job_change"],
      ["Sam Ortiz", "job_change"],
    ]);
    await dismiss({ name: "Elaine" }, next);
    await dismiss({ name: "Sam" }, next);
    // Connected in October, on a yearly cadence: nothing else of theirs is due.
    expect((await due({}, next)).items).toEqual([]);
  });

  it("a Google Calendar export with a weekly 1:1 and a coffee next Thursday: the past meetings logged, Sam held until Friday, and --within 7 says so", async () => {
    // Friday 4 Dec; Sam on a monthly cadence, last spoken to on the call of 4 Nov in the calendar.
    const first = testCtx({ today: "2026-10-01" });
    await contactAdd({ name: "Elaine Longmire", email: ["elaine@example.com"], every: "2w" }, first);
    await contactAdd({ name: "Sam Ortiz", email: ["sam@acme.example", "sam.ortiz@gmail.com"], every: "monthly" }, first);
    const ctx = testCtx({ today: "2026-12-04", dbPath: first.dbPath });
    await importCalendar({ file: fileURLToPath(new URL("../fixtures/calendar/google/basic.ics", import.meta.url)) }, ctx);
    // Sam's cadence ran out today, Elaine's 1:1 of Tuesday was her last: both have a meeting coming.
    expect((await due({}, ctx)).items).toEqual([]);
    const text = renderDue(await due({ within: "7" }, ctx), ctx.style, false, 80);
    expect(text).toContain("  Sam Ortiz: meeting planned Thu 10 Dec\n");
    // His profile and the contact list say the same: next due the day after the coffee.
    expect((await contactShow({ name: "Sam" }, ctx)).schedule.dueOn).toBe("2026-12-11");
    expect((await contactList({}, ctx)).find((c) => c.contact.name === "Sam Ortiz")?.schedule.dueOn).toBe("2026-12-11");
    const friday = testCtx({ today: "2026-12-11", dbPath: first.dbPath });
    expect((await due({}, friday)).items.map((i) => [i.contact.name, i.reason])).toEqual([["Sam Ortiz", "cadence"]]);
  });
});
