import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { contactAdd } from "../../src/commands/contact-add.js";
import { contactShow } from "../../src/commands/contact-show.js";
import { importCalendar } from "../../src/commands/import-calendar.js";
import { importVcard } from "../../src/commands/vcard.js";
import { renderProfile } from "../../src/render/contact.js";
import { calendarJson, renderCalendarImport } from "../../src/render/import.js";
import { profileJson } from "../../src/render/json.js";
import { nextPlanned, plannedFor } from "../../src/store/planned-meetings.js";
import { setSetting } from "../../src/store/settings.js";
import { undoLastChange } from "../../src/store/journal.js";
import { snapshot, tempDir, testCtx } from "../helpers/ctx.js";
import { deviceFile } from "../helpers/devices.js";
import { fifoFrom } from "../helpers/fifo.js";
import { needs } from "../helpers/needs.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/calendar/${name}`, import.meta.url));
/** A Friday: the coffee is next Thursday, the weekly 1:1 next Tuesday. */
const TODAY = "2026-12-04";

async function withContacts(today = TODAY) {
  const ctx = testCtx({ today });
  await contactAdd({ name: "Elaine Longmire", email: ["elaine@example.com"] }, ctx);
  // Sam's calendar address is his second one.
  await contactAdd({ name: "Sam Ortiz", email: ["sam@acme.example", "sam.ortiz@gmail.com"] }, ctx);
  return ctx;
}

const conversationsOf = async (name: string, ctx: ReturnType<typeof testCtx>) =>
  (await contactShow({ name }, ctx)).conversations.map((c) => [c.date, c.channel, c.direction, c.note]);

describe("netlog import calendar", () => {
  it("logs the past meetings of a Google Calendar export with a weekly 1:1 (one week cancelled), plans the coffee next Thursday, and adds nothing the second time", async () => {
    const ctx = await withContacts();
    const summary = await importCalendar({ file: fixture("google/basic.ics") }, ctx);
    expect(renderCalendarImport("basic.ics", summary)).toBe(
      "Imported basic.ics: 9 meetings logged with 2 contacts, 2 planned.\nLeft out: 2 cancelled, 1 declined, 2 people who are not contacts.\n",
    );
    // Every Tuesday from 6 Oct but 24 Nov, through 1 Dec: a Meet link makes them video calls.
    expect(await conversationsOf("Elaine Longmire", ctx)).toEqual(
      ["2026-12-01", "2026-11-17", "2026-11-10", "2026-11-03", "2026-10-27", "2026-10-20", "2026-10-13", "2026-10-06"].map((d) => [d, "video", "both", "Elaine / me 1:1"]),
    );
    // 05:30 UTC on 5 Nov is 21:30 on 4 Nov in Los Angeles; a phone number as the place is a call.
    expect(await conversationsOf("Sam Ortiz", ctx)).toEqual([["2026-11-04", "phone", "both", "Call with Sam"]]);
    const sam = (await contactShow({ name: "Sam Ortiz" }, ctx)).contact.id;
    expect(plannedFor(ctx.db(), sam, TODAY)).toEqual([{ date: "2026-12-10", channel: "meeting", note: "coffee" }]);
    expect(nextPlanned(ctx.db(), "2026-12-05").get(sam)).toEqual({ date: "2026-12-10", channel: "meeting", note: "coffee" });

    const before = snapshot(ctx.db());
    const again = await importCalendar({ file: fixture("google/basic.ics") }, ctx);
    expect(again).toMatchObject({ logged: 0, duplicates: 9, planned: { added: 0, updated: 0, removed: 0 } });
    // Nothing new: nothing printed, so that cron sends no mail; --json still says what it saw.
    expect(renderCalendarImport("basic.ics", again)).toBe("");
    expect(calendarJson(again)).toEqual({
      logged: 0,
      contacts: 0,
      planned: { added: 0, updated: 0, removed: 0 },
      duplicates: 9,
      cancelled: 2,
      declined: 1,
      not_contacts: 2,
      unreadable: 0,
      left_untracked: 0,
    });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("logs a planned meeting once its day has passed, and removes its plan", async () => {
    const ctx = await withContacts();
    await importCalendar({ file: fixture("google/basic.ics") }, ctx);
    const later = testCtx({ today: "2026-12-11", dbPath: ctx.dbPath });
    const summary = await importCalendar({ file: fixture("google/basic.ics") }, later);
    // The coffee of 10 Dec and the 1:1 of 8 Dec are logged; the 1:1's next one is 15 Dec.
    expect(renderCalendarImport("basic.ics", summary)).toBe(
      "Imported basic.ics: 2 meetings logged with 2 contacts, 1 planned meeting moved, 1 no longer planned.\n" +
        "Left out: 9 already imported, 2 cancelled, 1 declined, 2 people who are not contacts.\n",
    );
    expect((await conversationsOf("Sam Ortiz", later))[0]).toEqual(["2026-12-10", "meeting", "both", "coffee"]);
    const sam = (await contactShow({ name: "Sam Ortiz" }, later)).contact.id;
    expect(plannedFor(later.db(), sam, "2026-12-01")).toEqual([]);
    const elaine = (await contactShow({ name: "Elaine Longmire" }, later)).contact.id;
    expect(plannedFor(later.db(), elaine, "2026-12-01")).toEqual([{ date: "2026-12-15", channel: "video", note: "Elaine / me 1:1" }]);
  });

  it("does not count your own addresses (the my-emails setting) as people who are not contacts", async () => {
    const ctx = await withContacts();
    setSetting(ctx.db(), "my-emails", "ME@example.com, other@example.com");
    expect((await importCalendar({ file: fixture("google/basic.ics") }, ctx)).notContacts).toBe(1);
  });

  it("reads Outlook's Windows zone names, its all-day events, Teams links and dial-ins", async () => {
    const ctx = await withContacts();
    const summary = await importCalendar({ file: fixture("outlook/calendar.ics") }, ctx);
    expect(summary).toMatchObject({ logged: 5, contacts: 2, planned: { added: 1, updated: 0, removed: 0 }, cancelled: 0 });
    // Every other Tuesday, 17 Nov left out (EXDATE); the one of 15 Dec is planned.
    expect(await conversationsOf("Elaine Longmire", ctx)).toEqual([
      ["2026-12-01", "meeting", "both", "Lunch with Elaine"],
      ["2026-11-30", "video", "both", "Quarterly catch-up"],
      ["2026-11-03", "meeting", "both", "Lunch with Elaine"],
    ]);
    // 01:30 in New York on 20 Nov is 22:30 on 19 Nov here; an all-day event is on its date.
    expect(await conversationsOf("Sam Ortiz", ctx)).toEqual([
      ["2026-11-23", "meeting", "both", "Site visit"],
      ["2026-11-19", "phone", "both", "Late call with Sam"],
    ]);
    const elaine = (await contactShow({ name: "Elaine Longmire" }, ctx)).contact.id;
    expect(plannedFor(ctx.db(), elaine, TODAY)).toEqual([{ date: "2026-12-15", channel: "meeting", note: "Lunch with Elaine" }]);
  });

  it("reads Thunderbird's export: the organizer is a contact too, and a floating time is on its written day", async () => {
    const ctx = await withContacts();
    const summary = await importCalendar({ file: fixture("thunderbird/export.ics") }, ctx);
    expect(summary).toMatchObject({ logged: 1, planned: { added: 1, updated: 0, removed: 0 }, notContacts: 1 });
    // 08:00 in Berlin on 2 Nov is 23:00 on 1 Nov in Los Angeles (a day after its DST ended).
    expect(await conversationsOf("Elaine Longmire", ctx)).toEqual([["2026-11-01", "video", "both", "Zoom with Elaine"]]);
    const sam = (await contactShow({ name: "Sam Ortiz" }, ctx)).contact.id;
    expect(plannedFor(ctx.db(), sam, TODAY)).toEqual([{ date: "2026-12-15", channel: "meeting", note: "Dinner" }]);
  });

  it("removes the plans of a calendar's events that are gone from its next export, and only of that calendar", async () => {
    const ctx = await withContacts();
    await importCalendar({ file: fixture("google/basic.ics") }, ctx);
    await importCalendar({ file: fixture("thunderbird/export.ics") }, ctx);
    const path = join(tempDir(), "basic.ics");
    const { readFileSync } = await import("node:fs");
    // The coffee was deleted from the calendar.
    writeFileSync(path, readFileSync(fixture("google/basic.ics"), "utf8").replace(/BEGIN:VEVENT\r\n(?:(?!END:VEVENT)[\s\S])*SUMMARY:coffee\r\n[\s\S]*?END:VEVENT\r\n/, ""));
    const summary = await importCalendar({ file: path }, ctx);
    expect(summary.planned).toEqual({ added: 0, updated: 0, removed: 1 });
    // Cancelled rather than deleted: the same.
    await importCalendar({ file: fixture("google/basic.ics") }, ctx);
    writeFileSync(path, readFileSync(fixture("google/basic.ics"), "utf8").replace("STATUS:CONFIRMED\r\nSUMMARY:coffee", "STATUS:CANCELLED\r\nSUMMARY:coffee"));
    expect((await importCalendar({ file: path }, ctx)).planned).toEqual({ added: 0, updated: 0, removed: 1 });
    const sam = (await contactShow({ name: "Sam Ortiz" }, ctx)).contact.id;
    // Thunderbird's dinner is another calendar's.
    expect(plannedFor(ctx.db(), sam, TODAY)).toEqual([{ date: "2026-12-15", channel: "meeting", note: "Dinner" }]);
  });

  it("takes over, on importing the whole calendar, the plans of its events first imported from an invitation", async () => {
    const ctx = await withContacts();
    const { readFileSync } = await import("node:fs");
    const google = readFileSync(fixture("google/basic.ics"), "utf8");
    const coffee = /BEGIN:VEVENT\r\n(?:(?!END:VEVENT)[\s\S])*SUMMARY:coffee\r\n[\s\S]*?END:VEVENT\r\n/.exec(google)![0];
    const [invitation, cancelled] = [join(tempDir(), "invite.ics"), join(tempDir(), "basic.ics")];
    // The .ics attached to the mail: the one event, no calendar name.
    writeFileSync(invitation, `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nMETHOD:REQUEST\r\n${coffee}END:VCALENDAR\r\n`);
    await importCalendar({ file: invitation }, ctx);
    const sam = (await contactShow({ name: "Sam Ortiz" }, ctx)).contact.id;
    expect(plannedFor(ctx.db(), sam, TODAY).map((p) => p.note)).toEqual(["coffee"]);
    // Then the calendar, where the coffee was cancelled: Sam is held by no coffee.
    writeFileSync(cancelled, google.replace("STATUS:CONFIRMED\r\nSUMMARY:coffee", "STATUS:CANCELLED\r\nSUMMARY:coffee"));
    expect((await importCalendar({ file: cancelled }, ctx)).planned).toMatchObject({ removed: 1 });
    expect(plannedFor(ctx.db(), sam, TODAY).map((p) => p.note)).not.toContain("coffee");
  });

  it("starts tracking an imported contact met within the year, and says who was last met longer ago", async () => {
    const ctx = testCtx({ today: TODAY });
    const cards = join(tempDir(), "cards.vcf");
    writeFileSync(
      cards,
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nEMAIL:ann@example.com\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Chen\r\nEMAIL:bo@example.com\r\nEND:VCARD\r\n",
    );
    await importVcard({ file: cards }, ctx);
    const path = join(tempDir(), "old.ics");
    const event = (uid: string, start: string, who: string) =>
      `BEGIN:VEVENT\r\nUID:${uid}\r\nDTSTART;VALUE=DATE:${start}\r\nSUMMARY:lunch\r\nATTENDEE:mailto:${who}\r\nEND:VEVENT\r\n`;
    writeFileSync(path, `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${event("a", "20261020", "ann@example.com")}${event("b", "20240105", "bo@example.com")}END:VCALENDAR\r\n`);
    expect(renderCalendarImport("old.ics", await importCalendar({ file: path }, ctx))).toBe(
      "Imported old.ics: 2 meetings logged with 2 contacts.\n" +
        "1 contact last met more than a year ago is not on your morning list; netlog contact edit NAME --every CADENCE (or a conversation, netlog add NAME) puts one on it.\n",
    );
    expect([(await contactShow({ name: "Ann Lee" }, ctx)).contact.tracked, (await contactShow({ name: "Bo Chen" }, ctx)).contact.tracked]).toEqual([true, false]);
  });

  it("gives the morning list each contact's soonest planned meeting on or after a day, of every calendar", async () => {
    const ctx = await withContacts();
    await importCalendar({ file: fixture("google/basic.ics") }, ctx);
    await importCalendar({ file: fixture("outlook/calendar.ics") }, ctx);
    const elaine = (await contactShow({ name: "Elaine Longmire" }, ctx)).contact.id;
    const sam = (await contactShow({ name: "Sam Ortiz" }, ctx)).contact.id;
    expect([...nextPlanned(ctx.db(), "2026-12-05")].sort()).toEqual([
      [elaine, { date: "2026-12-08", channel: "video", note: "Elaine / me 1:1" }],
      [sam, { date: "2026-12-10", channel: "meeting", note: "coffee" }],
    ]);
    expect([...nextPlanned(ctx.db(), "2026-12-09")].sort()).toEqual([
      [elaine, { date: "2026-12-15", channel: "meeting", note: "Lunch with Elaine" }],
      [sam, { date: "2026-12-10", channel: "meeting", note: "coffee" }],
    ]);
    expect([...nextPlanned(ctx.db(), "2026-12-16")]).toEqual([]);
  });

  it("is undone as one change", async () => {
    const ctx = await withContacts();
    const before = snapshot(ctx.db());
    await importCalendar({ file: fixture("google/basic.ics") }, ctx);
    undoLastChange(ctx.db(), ctx.now);
    const after = snapshot(ctx.db());
    expect({ ...after, changes: [], undo_log: [] }).toEqual({ ...before, changes: [], undo_log: [] });
  });

  it("leaves out an event whose dates cannot be read, and says so", async () => {
    const ctx = await withContacts();
    const path = join(tempDir(), "odd.ics");
    writeFileSync(
      path,
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261101T170000Z\r\nRRULE:FREQ=WEEKLY\r\nEXDATE:garbage\r\n" +
        "ATTENDEE:mailto:elaine@example.com\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:y\r\nDTSTART:20261202T170000Z\r\nSUMMARY:tea\r\n" +
        "ATTENDEE:mailto:elaine@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    );
    expect(renderCalendarImport("odd.ics", await importCalendar({ file: path }, ctx))).toBe(
      "Imported odd.ics: 1 meeting logged with 1 contact.\nLeft out: 1 event whose dates could not be read.\n",
    );
  });

  it("reads a named pipe", async () => {
    const ctx = await withContacts();
    const summary = await importCalendar({ file: fifoFrom(`cat "${fixture("google/basic.ics")}"`) }, ctx);
    expect(summary.logged).toBe(9);
  });
});

describe("netlog import calendar refuses", () => {
  const refuses = async (file: string, message: RegExp, maxBytes?: number) => {
    const ctx = await withContacts();
    const before = snapshot(ctx.db());
    await expect(importCalendar({ file, maxBytes }, ctx)).rejects.toMatchObject({ message: expect.stringMatching(message), hint: expect.any(String) });
    expect(snapshot(ctx.db())).toEqual(before);
  };

  it("a missing file", () => refuses(join(tempDir(), "nope.ics"), /nope\.ics does not exist/));

  it("a file that is not a calendar", async () => {
    const path = join(tempDir(), "contacts.vcf");
    writeFileSync(path, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nEND:VCARD\r\n");
    await refuses(path, /contacts\.vcf is not a calendar/);
  });

  it("a calendar ical.js cannot read", async () => {
    const path = join(tempDir(), "broken.ics");
    writeFileSync(path, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nthis is not a property\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    await refuses(path, /broken\.ics is not a readable calendar/);
  });

  it("an endless pipe, at the cap", () => refuses(fifoFrom("printf 'BEGIN:VCALENDAR\\r\\n'; yes 'X-FILLER:more'"), /is larger than 1 MiB; nothing was imported/, 1024 * 1024));

  needs("root").it("a device", () => refuses(deviceFile("zero"), /is a character device, not a regular file; nothing was imported/));
});

describe("netlog contact show after import calendar", () => {
  it("says the next planned meeting, and --json lists them all", async () => {
    const ctx = await withContacts();
    await importCalendar({ file: fixture("google/basic.ics") }, ctx);
    await importCalendar({ file: fixture("thunderbird/export.ics") }, ctx);
    const sam = await contactShow({ name: "Sam Ortiz" }, ctx);
    expect(renderProfile(sam, ctx.style, TODAY).split("\n")).toContain("  Planned   meeting Thu 10 Dec: coffee");
    expect(profileJson(sam).planned).toEqual([
      { date: "2026-12-10", channel: "meeting", note: "coffee" },
      { date: "2026-12-15", channel: "meeting", note: "Dinner" },
    ]);
    // Once the day has passed, it is no longer planned, even before the calendar is imported again.
    const later = await contactShow({ name: "Sam Ortiz" }, testCtx({ today: "2026-12-11", dbPath: ctx.dbPath }));
    expect(renderProfile(later, ctx.style, "2026-12-11").split("\n")).toContain("  Planned   meeting Tue 15 Dec: Dinner");
    const elaine = await contactShow({ name: "Elaine Longmire" }, testCtx({ today: "2027-01-01", dbPath: ctx.dbPath }));
    expect(renderProfile(elaine, ctx.style, "2027-01-01")).not.toContain("Planned");
    expect(profileJson(elaine).planned).toEqual([]);
  });
});
