// Exported files, read back by third-party readers from Debian, not only by our own code.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { setArchived, snooze } from "../../src/commands/contact-state.js";
import { exportCalendar, exportContacts } from "../../src/commands/export.js";
import { importLinkedinFile } from "../../src/commands/import-linkedin.js";
import type { Ctx } from "../../src/context.js";
import { calendarIcs, contactsCsv } from "../../src/render/export.js";
import { giveValue } from "../../src/store/value-lists.js";
import { testCtx } from "../helpers/ctx.js";
import { needs } from "../helpers/needs.js";
import { debianPython } from "../helpers/python.js";

/** What `netlog export csv` and `netlog export ics` print: cli.ts hands the command's data to its view. */
const exportCsv = async (ctx: Ctx) => contactsCsv(await exportContacts(ctx));
const exportIcs = async (options: { days?: string }, ctx: Ctx) => calendarIcs(await exportCalendar(options, ctx));

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

async function network() {
  const ctx = testCtx({ today: "2026-11-25" });
  await importLinkedinFile({ file: fixture("Connections.csv"), every: "monthly" }, ctx);
  await importLinkedinFile({ file: fixture("messages.csv") }, ctx);
  await add({ name: "Elaine", via: "phone", followUp: "next friday", followUpNote: "send the deck; call, maybe" }, ctx);
  await contactAdd({ name: "Kim Lee", every: "2w" }, ctx);
  await snooze({ name: "José", until: "2026-12-01" }, ctx);
  return ctx;
}

const READ_ICS = `
import sys, json, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.read())
print(json.dumps([[str(e['UID']), e['DTSTART'].dt.isoformat(), e['DTEND'].dt.isoformat(), str(e['SUMMARY'])] for e in cal.walk('VEVENT')]))
`;

describe("netlog export ics", () => {
  needs("python3-icalendar").it("has an all-day event per upcoming touch-base and follow-up, readable by python3-icalendar", async () => {
    const ctx = await network();
    const events = debianPython(READ_ICS, await exportIcs({ days: "30" }, ctx)) as string[][];
    const elaine = events.find((e) => e[3]!.startsWith("Follow up with Elaine"))!;
    expect(elaine.slice(1)).toEqual(["2026-12-04", "2026-12-05", "Follow up with Elaine Longmire (Jefferson Bank): send the deck; call, maybe"]);
    expect(elaine[0]).toMatch(/^[0-9a-f-]{36}-follow-up@netlog$/);
    expect(events.map((e) => [e[1], e[3]])).toEqual([
      ["2026-11-25", "Touch base with Sam Ortiz (Ortiz & Co)"],
      ["2026-12-01", 'Touch base with José Álvarez (Banco "Sol")'],
      ["2026-12-04", "Follow up with Elaine Longmire (Jefferson Bank): send the deck; call, maybe"],
      ["2026-12-09", "Touch base with Kim Lee"],
    ]);
  });

  needs("python3-icalendar").it("keeps UIDs stable from one export to the next, so a subscribed calendar updates in place", async () => {
    const ctx = await network();
    const uids = async (today: string) => (debianPython(READ_ICS, await exportIcs({}, { ...ctx, today, now: `${today}T08:00:00.000Z` })) as string[][]).map((e) => e[0]).sort();
    expect(await uids("2026-11-26")).toEqual(await uids("2026-11-25"));
  });

  it("refuses --days that is not a number; a bare number is days, 0 is today alone", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await expect(exportIcs({ days: "soon" }, ctx)).rejects.toMatchObject({ message: "--days: 'soon' is not a number of days", exitCode: 2 });
    await contactAdd({ name: "Elaine Longmire", every: "1w" }, { ...ctx, today: "2026-11-01" });
    await contactAdd({ name: "Sam Ortiz", every: "1w" }, { ...ctx, today: "2026-11-20" });
    const events = async (days: string) => ((await exportIcs({ days }, ctx)).match(/^BEGIN:VEVENT/gm) ?? []).length;
    expect([await events("0"), await events("2"), await events("2d"), await events("1w")]).toEqual([1, 2, 2, 2]);
  });
});

describe("netlog export ics: birthdays", () => {
  const READ_BIRTHDAYS = `
import sys, json, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.read())
print(json.dumps([[str(e['UID']), e['DTSTART'].dt.isoformat(), e['DTEND'].dt.isoformat(), str(e['SUMMARY']), e['RRULE'].to_ical().decode()] for e in cal.walk('VEVENT') if 'RRULE' in e]))
`;

  needs("python3-icalendar").it("has a yearly all-day event per birthday, with a UID made from the contact's, whatever --days says", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await contactAdd({ name: "Elaine Longmire", company: "Jefferson Bank", birthday: "1986-04-14" }, ctx);
    await contactAdd({ name: "Sam Ortiz", birthday: "07-02" }, ctx);
    await contactAdd({ name: "Priya Natarajan", birthday: "02-29" }, ctx);
    const uuid = (name: string) => ctx.db().prepare("SELECT uuid FROM contacts WHERE name = ?").pluck().get(name);
    const events = debianPython(READ_BIRTHDAYS, await exportIcs({ days: "0" }, ctx)) as string[][];
    expect(events.sort((a, b) => a[3]!.localeCompare(b[3]!))).toEqual([
      [`${uuid("Elaine Longmire")}-birthday@netlog`, "1986-04-14", "1986-04-15", "Elaine Longmire (Jefferson Bank): birthday", "FREQ=YEARLY;BYMONTHDAY=14;BYMONTH=4"],
      // 29 Feb recurs on February's last day, so that it is there in 2027 too.
      [`${uuid("Priya Natarajan")}-birthday@netlog`, "2026-02-28", "2026-03-01", "Priya Natarajan: birthday", "FREQ=YEARLY;BYMONTHDAY=-1;BYMONTH=2"],
      [`${uuid("Sam Ortiz")}-birthday@netlog`, "2026-07-02", "2026-07-03", "Sam Ortiz: birthday", "FREQ=YEARLY;BYMONTHDAY=2;BYMONTH=7"],
    ]);
  });

  needs("python3-icalendar").it("leaves out archived contacts' birthdays, and expands a 29 Feb birthday onto 28 Feb in 2027", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await contactAdd({ name: "Priya Natarajan", birthday: "2000-02-29" }, ctx);
    await contactAdd({ name: "Sam Ortiz", birthday: "07-02" }, ctx);
    await setArchived({ name: "Sam" }, true, ctx);
    const expand = `
import sys, json, icalendar
from datetime import datetime, time
from dateutil.rrule import rrulestr
cal = icalendar.Calendar.from_ical(sys.stdin.read())
out = []
for e in [e for e in cal.walk('VEVENT') if 'RRULE' in e]:
    rule = rrulestr(e['RRULE'].to_ical().decode(), dtstart=datetime.combine(e['DTSTART'].dt, time()))
    out.append([str(e['SUMMARY'])] + [d.date().isoformat() for d in rule.between(datetime(2026, 1, 1), datetime(2028, 12, 31), inc=True)])
print(json.dumps(out))
`;
    expect(debianPython(expand, await exportIcs({}, ctx))).toEqual([["Priya Natarajan: birthday", "2026-02-28", "2027-02-28", "2028-02-29"]]);
  });
});

describe("netlog export csv", () => {
  needs("python3").it("has one row per contact with last contact and next due date, readable by Python's csv module", async () => {
    const ctx = await network();
    const rows = debianPython("import sys, csv, json; print(json.dumps(list(csv.DictReader(sys.stdin))))", await exportCsv(ctx)) as Array<Record<string, string>>;
    expect(rows.map((r) => [r.name, r.company, r.title, r.last_contact_date, r.last_contact_channel, r.next_due, r.reason])).toEqual([
      ["Elaine Longmire", "Jefferson Bank", "Branch Manager, Spokane", "2026-11-25", "phone", "2026-12-04", "follow_up"],
      ["José Álvarez", 'Banco "Sol"', "", "", "", "2022-03-03", "never_contacted"],
      ["Kim Lee", "", "", "", "", "2026-12-09", "never_contacted"],
      // His unanswered message was long past its reply window when it was imported: his cadence runs from it.
      ["Sam Ortiz", "Ortiz & Co", "Founder", "2026-09-10", "linkedin", "2026-10-10", "cadence"],
    ]);
  });

  needs("python3").it("keeps the primary email, phone and LinkedIn URL in their columns, and every other one in other_emails, other_phones and other_links", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    const elaine = await contactAdd({ name: "Elaine Longmire", email: ["elaine@jeffersonbank.example"], phone: ["+1 509 555 0100"], linkedin: "linkedin.com/in/elaine" }, ctx);
    await contactAdd({ name: "Sam Ortiz", email: ["sam@ortiz.example"] }, ctx);
    const id = elaine.contact.id;
    for (const [kind, value, label] of [
      ["email", "elaine.l@home.example", "home"],
      ["email", "el@old.example", null],
      ["phone", "+1 509 555 0199", null],
      ["phone", "+1 509 555 0142", null],
      ["url", "https://elaine.example", "website"],
      ["url", "https://blog.elaine.example", "blog"],
    ] as const) {
      giveValue(ctx.db(), id, kind, { value, label }, ctx.now);
    }
    const rows = debianPython("import sys, csv, json; print(json.dumps(list(csv.DictReader(sys.stdin))))", await exportCsv(ctx)) as Array<Record<string, string>>;
    expect(rows.map((r) => [r.name, r.email, r.phone, r.linkedin_url, r.other_emails, r.other_phones, r.other_links])).toEqual([
      [
        "Elaine Longmire",
        "elaine@jeffersonbank.example",
        "+1 509 555 0100",
        "https://www.linkedin.com/in/elaine",
        "home: elaine.l@home.example; el@old.example",
        // Phone numbers, however many, are no formula: they are left as they are.
        "+1 509 555 0199; +1 509 555 0142",
        "website: https://elaine.example; blog: https://blog.elaine.example",
      ],
      ["Sam Ortiz", "sam@ortiz.example", "", "", "", "", ""],
    ]);
    // The new columns come last: a sheet that reads the others by position still finds them.
    expect(Object.keys(rows[0]!).slice(-4)).toEqual(["archived", "other_emails", "other_phones", "other_links"]);
  });
});
