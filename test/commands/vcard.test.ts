import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { contactAdd } from "../../src/commands/contact-add.js";
import { contactList } from "../../src/commands/contact-list.js";
import { contactShow } from "../../src/commands/contact-show.js";
import { exportVcard, exportVcards, importVcard } from "../../src/commands/vcard.js";
import { importJson, renderImport } from "../../src/render/import.js";
import { snapshot, tempDir, testCtx } from "../helpers/ctx.js";
import { needs } from "../helpers/needs.js";
import { labeledText } from "../../src/domain/value-lists.js";
import { giveValue, otherValues, primaryValues, valueLists } from "../../src/store/value-lists.js";
import { debianPython } from "../helpers/python.js";

const FIXTURE = fileURLToPath(new URL("../fixtures/contacts.vcf", import.meta.url));
const written = (path: string) => fileURLToPath(new URL(`../fixtures/vcards/${path}`, import.meta.url));

/** Every email, phone and link the store holds, the primary first, as `value (label)`. */
const stored = async (ctx: ReturnType<typeof testCtx>) =>
  (await contactList({ all: true }, ctx)).map((s) => {
    const lists = valueLists(primaryValues(ctx.db(), s.contact.id), otherValues(ctx.db(), s.contact.id));
    return [s.contact.name, ...[lists.emails, lists.phones, lists.urls].map((l) => l.map(labeledText)), s.contact.company, s.contact.notes?.slice(0, 24) ?? null];
  });

describe("netlog import vcard / export vcard", () => {
  it("imports cards, and on a second run matches by email or phone instead of duplicating", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    expect(await importVcard({ file: FIXTURE }, ctx)).toMatchObject({ created: 2, updated: 0, unchanged: 0, tracked: 0 });
    const changed = join(tempDir(), "changed.vcf");
    writeFileSync(changed, "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Zoe Angstrom\r\nTEL:+47 555 0199\r\nORG:Northwind\r\nEND:VCARD\r\n");
    expect(await importVcard({ file: changed }, ctx)).toMatchObject({ created: 0, updated: 1 });
    expect((await contactList({}, ctx)).map((s) => [s.contact.name, s.contact.company, s.contact.email, s.contact.phone, s.contact.tags, s.contact.notes])).toEqual([
      ["Elaine Longmire", "Jefferson Bank", "elaine@jeffersonbank.example", "+1 509 555 0100", ["banking", "spokane"], "Met at the fintech meetup, loves hiking"],
      ["Zoë Ångström", "Northwind", null, "+47-555-0199", [], null],
    ]);
  });

  it("counts a card that fills a phone the contact lacked as an update, as import google does", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await contactAdd({ name: "Sam Ortiz", email: ["sam@example.com"] }, ctx);
    const card = join(tempDir(), "sam.vcf");
    writeFileSync(card, "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Sam Ortiz\r\nEMAIL:sam@example.com\r\nTEL:+1 509 555 0101\r\nEND:VCARD\r\n");
    expect(await importVcard({ file: card }, ctx)).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect((await contactList({}, ctx)).map((s) => s.contact.phone)).toEqual(["+1 509 555 0101"]);
    expect(await importVcard({ file: card }, ctx)).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  needs("python3-vobject").it("exports vCard 4.0 with netlog's uuid as UID, readable by python3-vobject", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await importVcard({ file: FIXTURE }, ctx);
    const cards = debianPython(
      "import sys, json, vobject\nprint(json.dumps([[c.fn.value, c.uid.value, c.version.value, getattr(c, 'org', None) and c.org.value] for c in vobject.readComponents(sys.stdin.read())]))",
      await exportVcard(ctx),
    );
    const uuids = (await contactList({}, ctx)).map((s) => `urn:uuid:${s.contact.uuid}`);
    expect(cards).toEqual([
      ["Elaine Longmire", uuids[0], "4.0", ["Jefferson Bank"]],
      ["Zoë Ångström", uuids[1], "4.0", null],
    ]);
  });

  needs("python3-vobject").it("exports every email, phone and link with its type, readable by python3-vobject", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await contactAdd({ name: "Kim Lee", email: ["kim@work.example"], phone: ["+1 509 555 0101"] }, ctx);
    const db = ctx.db();
    const [kim] = (await contactList({ all: true }, ctx)).map((s) => s.contact.id);
    db.prepare("UPDATE contacts SET email_label = 'work', phone_label = 'mobile' WHERE id = ?").run(kim);
    giveValue(db, kim!, "email", { value: "kim@home.example", label: "home" }, ctx.now);
    giveValue(db, kim!, "phone", { value: "+1 509 555 0102", label: "Night line" }, ctx.now);
    giveValue(db, kim!, "url", { value: "https://kim.example", label: "website" }, ctx.now);
    const read = debianPython(
      [
        "import sys, json, vobject",
        "card = next(vobject.readComponents(sys.stdin.read()))",
        "labels = {c.group: c.value for c in card.getChildren() if c.name == 'X-ABLABEL'}",
        "def typed(name): return [[c.value, c.params.get('TYPE', []), c.params.get('PREF', []), labels.get(c.group)] for c in card.contents.get(name, [])]",
        "print(json.dumps([typed('email'), typed('tel'), typed('url')]))",
      ].join("\n"),
      await exportVcard(ctx),
    );
    expect(read).toEqual([
      [
        ["kim@work.example", ["work"], ["1"], null],
        ["kim@home.example", ["home"], [], null],
      ],
      [
        ["+1 509 555 0101", ["cell"], ["1"], null],
        ["+1 509 555 0102", [], [], "Night line"],
      ],
      [["https://kim.example", [], [], null]],
    ]);
  });

  it("imports its own export as the same people: a company with bare CRs cannot add a card", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await contactAdd({ name: "Ann Bell", company: "Acme\rEND:VCARD\rBEGIN:VCARD\rVERSION:4.0\rFN:Injected Person\rEND:VCARD\rBEGIN:VCARD\rVERSION:4.0\rFN:x" }, ctx);
    await contactAdd({ name: "Sam Ortiz", note: "Met at the fair.\r\nLikes tea." }, ctx);
    const file = join(tempDir(), "netlog.vcf");
    writeFileSync(file, await exportVcard(ctx));
    const other = testCtx({ today: "2026-11-25" });
    expect(await importVcard({ file }, other)).toMatchObject({ created: 2, skipped: [] });
    expect((await contactList({ all: true }, other)).map((s) => [s.contact.name, s.contact.company, s.contact.notes])).toEqual([
      ["Ann Bell", "Acme\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nFN:Injected Person\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nFN:x", null],
      ["Sam Ortiz", null, "Met at the fair.\nLikes tea."],
    ]);
  });

  it("imports its own export of several emails, phones and links as nothing new, and into an empty database as the same lists", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await contactAdd({ name: "Kim Lee", email: ["kim@work.example"], phone: ["+1 509 555 0101"], linkedin: "https://www.linkedin.com/in/kim-lee" }, ctx);
    await contactAdd({ name: "Cher", email: ["cher@example.com"] }, ctx);
    const db = ctx.db();
    const [cher, kim] = (await contactList({ all: true }, ctx)).map((s) => s.contact.id);
    db.prepare("UPDATE contacts SET email_label = 'work', phone_label = 'mobile' WHERE id = ?").run(kim);
    for (const [kind, value, label] of [
      ["email", "kim@home.example", "home"],
      ["email", "kim@old.example", null],
      ["phone", "+1 509 555 0102", "Night line"],
      ["url", "https://kim.example", "website"],
      ["url", "https://kim.example/blog", "blog"],
    ] as const)
      giveValue(db, kim!, kind, { value, label }, ctx.now);
    giveValue(db, cher!, "url", { value: "https://cher.example", label: "website" }, ctx.now);
    const lists = [
      ["Cher", ["cher@example.com"], [], ["https://cher.example (website)"], null, null],
      [
        "Kim Lee",
        ["kim@work.example (work)", "kim@home.example (home)", "kim@old.example"],
        ["+1 509 555 0101 (mobile)", "+1 509 555 0102 (Night line)"],
        ["https://www.linkedin.com/in/kim-lee (linkedin)", "https://kim.example (website)", "https://kim.example/blog (blog)"],
        null,
        null,
      ],
    ];
    expect(await stored(ctx)).toEqual(lists);
    const file = join(tempDir(), "netlog.vcf");
    writeFileSync(file, await exportVcard(ctx));
    expect(await importVcard({ file }, ctx)).toMatchObject({ created: 0, updated: 0, unchanged: 2, skipped: [], skippedProperties: [] });
    expect(await stored(ctx)).toEqual(lists);
    const empty = testCtx({ today: "2026-11-25" });
    expect(await importVcard({ file }, empty)).toMatchObject({ created: 2, skipped: [], skippedProperties: [] });
    expect(await stored(empty)).toEqual(lists);
  });

  it("prints the import as JSON, and counts the contacts of an export", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    expect(importJson(await importVcard({ file: FIXTURE, every: "3m" }, ctx))).toEqual({ created: 2, updated: 0, unchanged: 0, tracked: 2, skipped: [], skipped_properties: [] });
    const { text, contacts } = await exportVcards(ctx);
    expect([contacts, text]).toEqual([2, await exportVcard(ctx)]);
  });

  it("refuses a file with a bad card, naming its line, and writes nothing", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    const bad = join(tempDir(), "bad.vcf");
    writeFileSync(bad, "BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nEMAIL:x@y.example\nEND:VCARD\n");
    const before = snapshot(ctx.db());
    await expect(importVcard({ file: bad }, ctx)).rejects.toMatchObject({ message: `${bad}: line 5: no name (FN or N); nothing was imported` });
    expect(snapshot(ctx.db())).toEqual(before);
    expect(await importVcard({ file: bad, skipInvalid: true }, ctx)).toMatchObject({ created: 1, skipped: [{ line: 5, reason: "no name (FN or N)" }] });
  });
});

describe("netlog import vcard, values the flags would refuse", () => {
  it.each([
    ["a 10,000-character name", `FN:${"N".repeat(10_000)}`, "line 5: a name of 10000 characters is too long (300 at most)"],
    ["an email that is not one", "FN:Bo Chu\r\nEMAIL:not an email <script>", "line 5: 'not an email <script>' is not an email address"],
  ])("refuses %s, with the line of its card, and writes nothing", async (_, lines, message) => {
    const ctx = testCtx({ today: "2026-11-25" });
    const file = join(tempDir(), "bad.vcf");
    writeFileSync(file, `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\n${lines}\r\nEND:VCARD\r\n`);
    const before = snapshot(ctx.db());
    await expect(importVcard({ file }, ctx)).rejects.toMatchObject({ message: `${file}: ${message}; nothing was imported` });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("streams a file of many read blocks, a CRLF split between them, and imports every card", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    const file = join(tempDir(), "many.vcf");
    writeFileSync(file, Array.from({ length: 5000 }, (_, i) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${i}\r\nNOTE:${"x".repeat(i % 97)}\r\nEND:VCARD\r\n`).join(""));
    expect(await importVcard({ file }, ctx)).toMatchObject({ created: 5000, skipped: [] });
    expect((await contactList({}, ctx)).length).toBe(5000);
  });
});

describe("netlog import vcard, the second time", () => {
  it("never wipes what a sparser card leaves out, and skips categories that cannot be tags", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await importVcard({ file: FIXTURE }, ctx);
    const sparse = join(tempDir(), "sparse.vcf");
    writeFileSync(sparse, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Elaine Longmire\r\nEMAIL:elaine@jeffersonbank.example\r\nCATEGORIES:⭐,mentors\r\nEND:VCARD\r\n");
    expect(await importVcard({ file: sparse }, ctx)).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const [elaine] = await contactList({}, ctx);
    expect([elaine!.contact.company, elaine!.contact.title, elaine!.contact.tags]).toEqual(["Jefferson Bank", "Branch Manager", ["banking", "mentors", "spokane"]]);
  });
});

describe("netlog import vcard, finding the same person", () => {
  const card = (...lines: string[]) => `BEGIN:VCARD\r\nVERSION:4.0\r\n${lines.map((l) => `${l}\r\n`).join("")}END:VCARD\r\n`;
  const vcf = (text: string) => {
    const file = join(tempDir(), "cards.vcf");
    writeFileSync(file, text);
    return file;
  };
  const people = async (ctx: ReturnType<typeof testCtx>) =>
    (await contactList({ all: true }, ctx)).map((s) => [s.contact.name, s.contact.company, s.contact.email, s.contact.phone, s.contact.linkedinUrl]);

  it("finds netlog's own contact by the uuid of its export's UID, whatever else changed", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await contactAdd({ name: "Sam Ortiz", email: ["sam@example.com"] }, ctx);
    const { uuid } = (await contactShow({ name: "Sam Ortiz" }, ctx)).contact;
    expect(await importVcard({ file: vcf(card(`UID:urn:uuid:${uuid.toUpperCase()}`, "FN:Samuel Ortiz", "EMAIL:samuel@example.org", "ORG:Northwind")) }, ctx)).toMatchObject({
      created: 0,
      updated: 1,
    });
    expect(await people(ctx)).toEqual([["Sam Ortiz", "Northwind", "sam@example.com", null, null]]);
  });

  it("finds someone by LinkedIn URL before email", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await contactAdd({ name: "Ann Lee", email: ["ann@example.com"] }, ctx);
    await contactAdd({ name: "Ann Lee-Park", linkedin: "https://www.linkedin.com/in/ann-lee-park" }, ctx);
    const file = vcf(card("FN:Ann L. Park", "EMAIL:ann@example.com", "URL:https://linkedin.com/in/ann-lee-park/", "ORG:Acme"));
    expect(await importVcard({ file }, ctx)).toMatchObject({ created: 0, updated: 1 });
    expect(await people(ctx)).toEqual([
      ["Ann Lee", null, "ann@example.com", null, null],
      ["Ann Lee-Park", "Acme", "ann@example.com", null, "https://www.linkedin.com/in/ann-lee-park"],
    ]);
  });

  it("finds the one contact of a card's exact name, not one with another LinkedIn URL, and keeps two cards of one name two people", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await contactAdd({ name: "Kim Lee" }, ctx);
    await contactAdd({ name: "Bo Chu", linkedin: "https://www.linkedin.com/in/bo-chu" }, ctx);
    const file = vcf(
      card("FN:kim lee", "TEL:+1 509 555 0100", "ORG:Acme") +
        card("FN:Bo Chu", "URL:https://www.linkedin.com/in/another-bo") +
        card("FN:Dee Ray", "ORG:One") +
        card("FN:Dee Ray", "ORG:Two"),
    );
    expect(await importVcard({ file }, ctx)).toMatchObject({ created: 3, updated: 1 });
    expect(await people(ctx)).toEqual([
      ["Bo Chu", null, null, null, "https://www.linkedin.com/in/bo-chu"],
      ["Bo Chu", null, null, null, "https://www.linkedin.com/in/another-bo"],
      ["Dee Ray", "One", null, null, null],
      ["Dee Ray", "Two", null, null, null],
      ["Kim Lee", "Acme", null, "+1 509 555 0100", null],
    ]);
  });
});

describe("netlog import vcard of files that address books wrote", () => {
  it("imports Android's 2.1 cards with --skip-invalid: the two without a name are skipped, two of one phone are one person", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    const file = written("ez-vcard/John_Doe_ANDROID.vcf");
    await expect(importVcard({ file }, ctx)).rejects.toMatchObject({ message: `${file}: line 1: no name (FN or N); line 6: no name (FN or N); nothing was imported` });
    const summary = await importVcard({ file, skipInvalid: true }, ctx);
    expect(renderImport("contacts.vcf", summary).split("\n").slice(0, 5)).toEqual([
      "Imported contacts.vcf: 3 created, 1 updated, 0 unchanged, 2 skipped.",
      "  skipped line 1: no name (FN or N)",
      "  skipped line 6: no name (FN or N)",
      // Every email and phone is kept; line 36's second EMAIL (quoted-printable Ñs) is no address.
      "2 properties skipped (EMAIL, PHOTO).",
      "Each EMAIL, TEL or URL skipped is no email address, phone number or link.",
    ]);
    expect(await stored(ctx)).toEqual([
      ["Ñ Ñ Ñ Ñ Ñ", [], ["123456789 (mobile)"], [], null, null],
      // The card of line 36 has the phone of line 18's: the same person, given its email, links and company.
      [
        "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ",
        ["bob@company.com (work)"],
        ["123456 (mobile)", "234567 (home)", "3456789 (mobile)", "45678901 (home)"],
        ["www.company.com (website)", "http://www.company.com (website)"],
        "ÑÑÑÑÑÑÑÑÑÑÑÑ",
        "Ñ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ",
      ],
      ["ÑÑÑÑ", ["henry@company.com"], ["55556666 (mobile)"], [], "Ñ".repeat(44), null],
    ]);
  });

  it("imports Outlook's card with its photo, key and X-MS- properties counted, in a line of 80 columns", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    const summary = await importVcard({ file: written("ez-vcard/outlook-2007.vcf") }, ctx);
    expect(importJson(summary)).toMatchObject({ created: 1, skipped: [], skipped_properties: expect.arrayContaining([{ name: "PHOTO", count: 1 }]) });
    expect(renderImport("outlook.vcf", summary).split("\n")[1]).toBe("10 properties skipped (KEY, PHOTO, X-MS-ANNIVERSARY, X-MS-ASSISTANT, 6 more).");
    expect(await stored(ctx)).toEqual([
      [
        "Mr. Michael Angstadt Jr.",
        ["mike.angstadt@gmail.com"],
        ["(111) 555-1111 (work)", "(111) 555-2222 (home)", "(111) 555-4444 (mobile)", "(111) 555-3333 (fax)"],
        // URL;HOME and URL;WORK of one address: one link, the first label.
        ["http://mikeangstadt.name (home)"],
        "TheCompany",
        "This is the NOTE field\t\n",
      ],
    ]);
  });

  it.each([
    {
      file: "ez-vcard/outlook-2003.vcf",
      // Outlook's sample has words for numbers: the first is kept as the card's phone, the others are no phones.
      stored: [["John Doe III", ["jdoe@hotmail.com"], ["BusinessPhone (work)"], ["http://web-page-address.com (work)"], "Company, The", "This is the note field!!"]],
      skipped: ["4 properties skipped (TEL ×3, KEY).", "Each EMAIL, TEL or URL skipped is no email address, phone number or link."],
    },
    {
      file: "ez-vcard/John_Doe_GMAIL.vcf",
      stored: [
        [
          "Mr. John Richter, James Doe Sr.",
          ["john.doe@ibm.com (home)"],
          ["905-555-1234 (mobile)", "905-666-1234 (home)"],
          ["http://www.ibm.com (work)"],
          "IBM",
          "THIS SOFTWARE IS PROVIDE",
        ],
      ],
      skipped: ["4 properties skipped (X-ABDATE, X-ABRELATEDNAMES, 2 more)."],
    },
    {
      file: "ez-vcard/gmail-single.vcf",
      stored: [
        [
          "Greg Dartmouth",
          ["gdartmouth@hotmail.com"],
          ["555 555 1111 (mobile)", "555 555 2222 (GRAND_CENTRAL)"],
          ["http://TheProfile.com (profile)"],
          "TheCompany",
          "This is GMail's note fie",
        ],
      ],
      skipped: ["6 properties skipped (X-ABRELATEDNAMES ×2, X-ABDATE, X-ICQ, 2 more)."],
    },
    {
      file: "ez-vcard/John_Doe_EVOLUTION.vcf",
      stored: [
        [
          "Mr. John Richter, James Doe Sr.",
          ["john.doe@ibm.com (work)"],
          ["905-666-1234 (mobile)", "905-555-1234 (work)"],
          ["http://www.ibm.com (website)"],
          "IBM",
          "THIS SOFTWARE IS PROVIDE",
        ],
      ],
      skipped: ["7 properties skipped (X-AIM, X-COUCHDB-APPLICATION-ANNOTATIONS, 5 more)."],
    },
    {
      file: "ez-vcard/thunderbird-MoreFunctionsForAddressBook-extension.vcf",
      stored: [
        [
          "John Doe",
          ["doe.john@hotmail.com", "additional-email@company.com", "additional-email1@company.com", "additional-email2@company.com", "additional-email3@company.com"],
          ["555-555-1111 (work)", "555-555-2222 (home)", "555-555-5555 (mobile)", "555-555-3333 (fax)", "555-555-4444 (pager)"],
          ["http://www.private-webpage.com (home)", "http://www.work-webpage.com (work)"],
          "TheOrganization",
          "This is the notes field.",
        ],
      ],
      skipped: ["3 properties skipped (PHOTO, X-ANNIVERSARY, X-SPOUSE)."],
    },
  ])("imports $file with every email, phone and link, and says what it skipped", async ({ file, stored: lists, skipped }) => {
    const ctx = testCtx({ today: "2026-11-25" });
    const summary = await importVcard({ file: written(file) }, ctx);
    expect(
      renderImport("cards.vcf", summary)
        .split("\n")
        .slice(1, 1 + skipped.length),
    ).toEqual(skipped);
    expect(await stored(ctx)).toEqual(lists);
  });

  it("imports the Mac's and the iPhone's cards, photos and all, as the same person the second time", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    const mac = await importVcard({ file: written("ez-vcard/John_Doe_MAC_ADDRESS_BOOK.vcf") }, ctx);
    expect(importJson(mac)).toMatchObject({
      created: 1,
      skipped: [],
      skipped_properties: [
        { name: "X-ABADR", count: 2 },
        { name: "PHOTO", count: 1 },
        { name: "X-ABRELATEDNAMES", count: 1 },
        { name: "X-ABUID", count: 1 },
        { name: "X-PHONETIC-FIRST-NAME", count: 1 },
        { name: "X-PHONETIC-LAST-NAME", count: 1 },
      ],
    });
    expect(await importVcard({ file: written("ez-vcard/John_Doe_IPHONE.vcf") }, ctx)).toMatchObject({
      created: 0,
      unchanged: 1,
      skipped: [],
      skippedProperties: [
        { name: "X-ABADR", count: 2 },
        { name: "PHOTO", count: 1 },
      ],
    });
    // The iPhone's card holds the same values (its email without a label): nothing to add.
    expect(await stored(ctx)).toEqual([
      [
        "Mr. John Richter,James Doe Sr.",
        ["john.doe@ibm.com (work)"],
        [
          "905-777-1234 (work)",
          "905-666-1234 (home)",
          "905-555-1234 (mobile)",
          "905-888-1234 (fax)",
          "905-999-1234 (fax)",
          "905-111-1234 (pager)",
          "905-222-1234 (AssistantPhone)",
        ],
        ["http://www.ibm.com (website)"],
        "IBM",
        "THIS SOFTWARE IS PROVIDE",
      ],
    ]);
  });
});

describe("netlog import vcard / export vcard: birthdays and anniversaries", () => {
  const datesOf = (ctx: ReturnType<typeof testCtx>) =>
    ctx.db().prepare("SELECT c.name, d.kind, d.label, d.month, d.day, d.year FROM contact_dates d JOIN contacts c ON c.id = d.contact_id ORDER BY d.id").all();
  const vcf = (text: string) => {
    const file = join(tempDir(), "cards.vcf");
    writeFileSync(file, text);
    return file;
  };

  it("re-importing its own export of a 'work anniversary' changes nothing: the card's ANNIVERSARY is that date", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await contactAdd({ name: "Elaine Longmire", date: ["work anniversary=2019-03-01"] }, ctx);
    const file = vcf(await exportVcard(ctx));
    const before = snapshot(ctx.db());
    expect(await importVcard({ file }, ctx)).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("reads BDAY and ANNIVERSARY, keeps the day of a year it does not take, and leaves out days that do not exist", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    const file = vcf(
      [
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Elaine Longmire\r\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-04-14\r\nEND:VCARD",
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Sam Ortiz\r\nBDAY:19860702\r\nANNIVERSARY:2015-06-20\r\nEND:VCARD",
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Priya Natarajan\r\nBDAY:2030-02-01\r\nEND:VCARD",
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Kim Lee\r\nBDAY:--0230\r\nEND:VCARD",
        "",
      ].join("\r\n"),
    );
    expect(await importVcard({ file }, ctx)).toMatchObject({ created: 4, skipped: [] });
    expect(datesOf(ctx)).toEqual([
      { name: "Elaine Longmire", kind: "birthday", label: null, month: 4, day: 14, year: null },
      { name: "Sam Ortiz", kind: "birthday", label: null, month: 7, day: 2, year: 1986 },
      { name: "Sam Ortiz", kind: "anniversary", label: "anniversary", month: 6, day: 20, year: 2015 },
      { name: "Priya Natarajan", kind: "birthday", label: null, month: 2, day: 1, year: null },
    ]);
  });

  it("gives a birthday to a contact that has none, never replaces one it has, and counts the first as an update", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await contactAdd({ name: "Elaine Longmire", birthday: "1986-04-14" }, ctx);
    await contactAdd({ name: "Sam Ortiz" }, ctx);
    const file = vcf("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Elaine Longmire\r\nBDAY:--0415\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Sam Ortiz\r\nBDAY:--0702\r\nEND:VCARD\r\n");
    expect(await importVcard({ file }, ctx)).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await importVcard({ file }, ctx)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(datesOf(ctx)).toEqual([
      { name: "Elaine Longmire", kind: "birthday", label: null, month: 4, day: 14, year: 1986 },
      { name: "Sam Ortiz", kind: "birthday", label: null, month: 7, day: 2, year: null },
    ]);
  });

  it("writes BDAY and ANNIVERSARY, and reads its own export back as the same dates", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await contactAdd({ name: "Elaine Longmire", birthday: "1986-04-14", date: ["wedding anniversary=2015-06-20", "met=2019-05-02"] }, ctx);
    await contactAdd({ name: "Sam Ortiz", birthday: "07-02" }, ctx);
    const text = await exportVcard(ctx);
    // RFC 6350's basic format, as ical.js writes it: 19860414, and --0702 without a year.
    expect(text).toContain("\r\nBDAY:19860414\r\nANNIVERSARY:20150620\r\n");
    expect(text).toContain("\r\nBDAY:--0702\r\n");
    const other = testCtx({ today: "2026-11-25" });
    await importVcard({ file: vcf(text) }, other);
    expect(datesOf(other)).toEqual([
      { name: "Elaine Longmire", kind: "birthday", label: null, month: 4, day: 14, year: 1986 },
      { name: "Elaine Longmire", kind: "anniversary", label: "anniversary", month: 6, day: 20, year: 2015 },
      { name: "Sam Ortiz", kind: "birthday", label: null, month: 7, day: 2, year: null },
    ]);
  });

  needs("python3-vobject").it("writes a BDAY that python3-vobject reads", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await contactAdd({ name: "Elaine Longmire", birthday: "1986-04-14" }, ctx);
    await contactAdd({ name: "Sam Ortiz", birthday: "07-02" }, ctx);
    const cards = debianPython(
      "import sys, json, vobject\nprint(json.dumps([[c.fn.value, c.bday.value] for c in vobject.readComponents(sys.stdin.read())]))",
      await exportVcard(ctx),
    );
    expect(cards).toEqual([
      ["Elaine Longmire", "19860414"],
      ["Sam Ortiz", "--0702"],
    ]);
  });
});
