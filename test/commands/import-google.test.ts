import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { contactAdd } from "../../src/commands/contact-add.js";
import { contactList } from "../../src/commands/contact-list.js";
import { importGoogle } from "../../src/commands/import-google.js";
import { undo } from "../../src/commands/undo.js";
import { importJson, renderImport } from "../../src/render/import.js";
import { snapshot, tempDir, testCtx } from "../helpers/ctx.js";
import { runCli } from "../helpers/run-cli.js";
import { labeledText } from "../../src/domain/value-lists.js";
import { otherValues, primaryValues, valueLists } from "../../src/store/value-lists.js";

const CURRENT = fileURLToPath(new URL("../fixtures/google/contacts.csv", import.meta.url));
const LEGACY = fileURLToPath(new URL("../fixtures/google/legacy.csv", import.meta.url));
const TODAY = "2026-11-25";
/** The fixed columns every current export starts with, then one e-mail and one phone. */
const HEADER =
  "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As," +
  "Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n";

function file(name: string, text: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

/** A row of HEADER: the first, last name, organization, title, notes, labels, e-mail and phone. */
function row(o: { first?: string; last?: string; org?: string; title?: string; notes?: string; labels?: string; email?: string; phone?: string }): string {
  const cells = [o.first, "", o.last, "", "", "", "", "", "", "", o.org, o.title, "", "", o.notes, "", o.labels, "", o.email, "", o.phone];
  return `${cells.map((c) => c ?? "").join(",")}\n`;
}

const people = async (ctx: ReturnType<typeof testCtx>) =>
  (await contactList({ all: true }, ctx)).map((s) => [s.contact.name, s.contact.company, s.contact.title, s.contact.email, s.contact.phone, s.contact.linkedinUrl, s.contact.tags]);

/** Every email, phone and link the store holds, the primary first, as `value (label)`. */
const lists = async (ctx: ReturnType<typeof testCtx>) =>
  (await contactList({ all: true }, ctx)).map((s) => {
    const l = valueLists(primaryValues(ctx.db(), s.contact.id), otherValues(ctx.db(), s.contact.id));
    return [s.contact.name, ...[l.emails, l.phones, l.urls].map((values) => values.map(labeledText))];
  });

describe("netlog import google", () => {
  it("imports the current layout: names, organization, every email, phone and website with its label, notes, labels as tags", async () => {
    const ctx = testCtx({ today: TODAY });
    const summary = await importGoogle({ file: CURRENT }, ctx);
    expect(renderImport("contacts.csv", summary)).toBe(
      "Imported contacts.csv: 3 created, 0 updated, 0 unchanged, 0 skipped.\n" +
        "0 of the 3 new contacts are tracked for touch-bases. The others stay listed and searchable; a conversation (netlog add NAME) starts tracking one; importing again with --every CADENCE or --tag TAG (a tag with a cadence) tracks them all.\n",
    );
    expect(await people(ctx)).toEqual([
      ["Elaine Longmire", "Jefferson Bank", "Branch Manager", "elaine@jeffersonbank.example", "+1 509 555 0100", "https://www.linkedin.com/in/elaine-longmire", ["Banking"]],
      ["José Luis Álvarez", 'Banco "Sol", S.A.', null, "jose@bancosol.example", null, null, ["Friends"]],
      ["Zoë Ångström", null, null, null, "+47 555 0199", null, []],
    ]);
    expect(await lists(ctx)).toEqual([
      [
        "Elaine Longmire",
        ["elaine@jeffersonbank.example (work)", "elaine.l@mail.example (home)"],
        ["+1 509 555 0100 (mobile)", "+1 509 555 0101 (mobile)"],
        ["https://www.linkedin.com/in/elaine-longmire (linkedin)", "https://www.example.com/elaine (profile)"],
      ],
      ["José Luis Álvarez", ["jose@bancosol.example"], [], []],
      ["Zoë Ångström", [], ["+47 555 0199 (work)"], []],
    ]);
    const [elaine] = await contactList({}, ctx);
    expect([elaine!.contact.notes, elaine!.contact.addedOn, elaine!.contact.tracked]).toEqual(["Met at the fintech meetup.\nLoves hiking.", TODAY, false]);
  });

  it("imports the older layout (Name, Group Membership, Organization 1 - …)", async () => {
    const ctx = testCtx({ today: TODAY });
    expect(await importGoogle({ file: LEGACY }, ctx)).toMatchObject({ created: 1, updated: 0, unchanged: 0, skipped: [] });
    expect(await people(ctx)).toEqual([
      ["Dr. Ana Maria Costa Jr.", "Northwind Bank", "Head of Payments", "ana@costa.example", "+351 912 555 010", "https://www.linkedin.com/in/ana-costa-example", ["Banking"]],
    ]);
    expect(await lists(ctx)).toEqual([
      [
        "Dr. Ana Maria Costa Jr.",
        ["ana@costa.example (home)", "ana.costa@northwind.example (work)", "acosta@mail.example"],
        ["+351 912 555 010 (mobile)", "+351 21 555 0199 (work)", "+351 21 555 0198 (Work Fax)"],
        ["https://www.linkedin.com/in/ana-costa-example (linkedin)", "costa.example (website)"],
      ],
    ]);
    const [one] = await contactList({}, ctx);
    expect(one!.contact.notes).toBe('met at the "fintech" meetup');
  });

  it("says which values it left out, and why", async () => {
    const ctx = testCtx({ today: TODAY });
    const summary = await importGoogle({ file: file("c.csv", HEADER + row({ first: "Kim", last: "Lee", email: "kim@example.com ::: n/a", phone: "+1 555 0100 ::: ext" })) }, ctx);
    expect(renderImport("c.csv", summary).split("\n").slice(0, 3)).toEqual([
      "Imported c.csv: 1 created, 0 updated, 0 unchanged, 0 skipped.",
      "2 properties skipped (E-mail, Phone).",
      "Each E-mail, Phone or Website skipped is no email address, phone number or link.",
    ]);
    expect(await lists(ctx)).toEqual([["Kim Lee", ["kim@example.com"], ["+1 555 0100"], []]]);
  });

  it("run again on the same file changes nothing", async () => {
    const ctx = testCtx({ today: TODAY });
    await importGoogle({ file: CURRENT }, ctx);
    const before = await people(ctx);
    expect(await importGoogle({ file: CURRENT }, ctx)).toMatchObject({ created: 0, updated: 0, unchanged: 3, skipped: [] });
    expect(await people(ctx)).toEqual(before);
  });

  it("finds an existing contact by email, fills what it lacks and never wipes what the row leaves out", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Elaine L.", email: ["ELAINE@jeffersonbank.example"], title: "Manager", note: "Keep." }, ctx);
    const path = file(
      "contacts.csv",
      HEADER +
        row({ first: "Elaine", last: "Longmire", org: "Jefferson Bank", email: "elaine@jeffersonbank.example", phone: "+1 509 555 0100", labels: "Mentors ::: * myContacts" }),
    );
    expect(await importGoogle({ file: path }, ctx)).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect(await people(ctx)).toEqual([["Elaine L.", "Jefferson Bank", "Manager", "ELAINE@jeffersonbank.example", "+1 509 555 0100", null, ["Mentors"]]]);
    const [elaine] = await contactList({}, ctx);
    expect(elaine!.contact.notes).toBe("Keep.");
  });

  it("makes labels tags, leaving out Google's system groups and what cannot be a tag, and adds --tag; --every tracks", async () => {
    const ctx = testCtx({ today: TODAY });
    const path = file(
      "contacts.csv",
      HEADER +
        row({ first: "Kim", last: "Lee", labels: "* myContacts ::: * starred ::: Friends ::: * Coworkers ::: ⭐ ::: Investors" }) +
        row({ first: "Bo", labels: "* myContacts" }),
    );
    expect(await importGoogle({ file: path, tag: ["google"], every: "3m" }, ctx)).toMatchObject({ created: 2, tracked: 2 });
    expect((await contactList({}, ctx)).map((s) => [s.contact.name, s.contact.tags, s.schedule.cadenceDays])).toEqual([
      ["Bo", ["google"], 90],
      ["Kim Lee", ["Coworkers", "Friends", "google", "Investors"], 90],
    ]);
    const legacy = file(
      "legacy.csv",
      "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value\n" +
        `Dee Ray,Dee,,Ray,,,,,,,,,,,,,,,,,,,,,,,* My Contacts ::: Work ::: * Starred in Android,* Work,dee@example.com\n`,
    );
    await importGoogle({ file: legacy }, ctx);
    expect((await contactList({ all: true }, ctx)).find((s) => s.contact.name === "Dee Ray")!.contact.tags).toEqual(["Work"]);
  });

  it("is all or nothing: a bad row stops it with its line, --skip-invalid imports the rest", async () => {
    const ctx = testCtx({ today: TODAY });
    const path = file("contacts.csv", HEADER + row({ first: "Ann", last: "Lee" }) + row({ org: "Acme", email: "info@acme.example" }) + row({ first: "Bo", email: "not an email" }));
    const before = snapshot(ctx.db());
    await expect(importGoogle({ file: path }, ctx)).rejects.toMatchObject({
      message: `${path}: line 3: no name (First, Middle or Last Name); line 4: 'not an email' is not an email address; nothing was imported`,
      hint: "fix those rows, or pass --skip-invalid to import the rest",
    });
    expect(snapshot(ctx.db())).toEqual(before);
    expect(await importGoogle({ file: path, skipInvalid: true }, ctx)).toMatchObject({ created: 1, skipped: [{ line: 3 }, { line: 4 }] });
  });

  it("refuses a file whose quoting breaks, even with --skip-invalid, and writes nothing", async () => {
    const ctx = testCtx({ today: TODAY });
    const path = file("contacts.csv", `${HEADER + row({ first: "Ann", last: "Lee" })}Bo,,"Chu\n`);
    const before = snapshot(ctx.db());
    await expect(importGoogle({ file: path, skipInvalid: true }, ctx)).rejects.toMatchObject({
      message: `${path}: line 3: a quoted field is never closed; nothing was imported`,
    });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it.each([
    [
      "LinkedIn's Connections.csv",
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nKim,Lee,,,,,01 Jan 2026\n",
      "its first line has First Name, Last Name, URL, Email Address, Company, Position, Connected On",
    ],
    [
      "an Outlook CSV",
      "First Name,Middle Name,Last Name,Title,Suffix,Nickname,E-mail Address,Notes,Categories\nKim,,Lee,,,,,,\n",
      "its first line has First Name, Middle Name, Last Name, Title, Suffix, Nickname, E-mail Address, …",
    ],
    ["a file that starts with a blank line", "\nFirst Name,Middle Name,Last Name\n", "its first line is blank"],
  ])("refuses %s, saying what it found and what it expected, and writes nothing", async (_, text, found) => {
    const ctx = testCtx({ today: TODAY });
    const path = file("other.csv", text);
    const error = await importGoogle({ file: path }, ctx).catch((e: unknown) => e);
    expect(error).toMatchObject({
      message: `${path} is not a Google Contacts CSV: ${found}`,
      hint:
        "expected the header of Google Contacts' Export › Google CSV: First Name,Middle Name,Last Name,…,Notes,Photo,Labels,… " +
        "(or the older one: Name,Given Name,Additional Name,Family Name,…,Notes,Group Membership,…)",
    });
    expect(ctx.opens).toBe(0);
  });

  it("prints the summary as JSON, in the shape of import vcard's, and one undo takes the import back", async () => {
    const ctx = testCtx({ today: TODAY });
    expect(importJson(await importGoogle({ file: CURRENT, every: "monthly" }, ctx))).toEqual({ created: 3, updated: 0, unchanged: 0, tracked: 3, skipped: [] });
    expect(await undo(ctx)).toMatchObject({ command: "import google" });
    expect(await people(ctx)).toEqual([]);
  });
});

describe("netlog import google of a file garbled on the way", () => {
  it("imports it, and warns once that it looks like UTF-8 read as Windows-1252", async () => {
    const ctx = testCtx({ today: TODAY });
    const garbled = file("contacts.csv", `${HEADER}JosÃ©,,GarcÃ­a,,,,,,,,,,,,,,,,,,\n`);
    const result = await runCli(ctx, ["import", "google", garbled]);
    expect([result.error, result.stdout.startsWith(`Imported ${garbled}: 1 created`)]).toEqual([undefined, true]);
    expect(result.warning).toMatch(/Windows-1252/);
    expect(result.warning).toContain("JosÃ©");
  });
});

describe("netlog import google of birthdays", () => {
  it("takes a row's Birthday, with or without its year, and never replaces one netlog has", async () => {
    const ctx = testCtx({ today: TODAY });
    const header = HEADER.trimEnd();
    const rows = (bday1: string, bday2: string) => `${header}\nAna,,Costa,,,,,,,,,,,${bday1},,,,,,,\nBo,,Chu,,,,,,,,,,,${bday2},,,,,,,\n`;
    await importGoogle({ file: file("contacts.csv", rows("1986-04-14", " --07-02")) }, ctx);
    const birthdays = () =>
      ctx.db().prepare("SELECT c.name, d.month, d.day, d.year FROM contact_dates d JOIN contacts c ON c.id = d.contact_id WHERE d.kind = 'birthday' ORDER BY c.name").all();
    expect(birthdays()).toEqual([
      { name: "Ana Costa", month: 4, day: 14, year: 1986 },
      { name: "Bo Chu", month: 7, day: 2, year: null },
    ]);
    expect(await importGoogle({ file: file("again.csv", rows("1990-01-01", "not a date")) }, ctx)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(birthdays()).toEqual([
      { name: "Ana Costa", month: 4, day: 14, year: 1986 },
      { name: "Bo Chu", month: 7, day: 2, year: null },
    ]);
  });
});
