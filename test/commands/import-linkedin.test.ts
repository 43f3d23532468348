import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactList } from "../../src/commands/contact-list.js";
import { due } from "../../src/commands/due.js";
import { importLinkedin } from "../../src/commands/import-linkedin.js";
import { tagSet } from "../../src/commands/tags.js";
import { renderImport } from "../../src/render/import.js";
import { dueJson } from "../../src/render/json.js";
import { snapshot, tempDir, testCtx } from "../helpers/ctx.js";

const FIXTURE = fileURLToPath(new URL("../fixtures/Connections.csv", import.meta.url));
const HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
const TODAY = "2026-11-25";

function csv(rows: string): string {
  const path = join(tempDir(), "Connections.csv");
  writeFileSync(path, HEADER + rows);
  return path;
}

describe("netlog import linkedin", () => {
  it("gives a connection found again the email its row has, beside the one it had: nothing dropped", async () => {
    const ctx = testCtx({ today: TODAY });
    const url = "https://www.linkedin.com/in/elaine-longmire";
    await importLinkedin({ file: csv(`Elaine,Longmire,${url},,Jefferson Bank,Manager,05 Mar 2024\n`) }, ctx);
    const again = `Elaine,Longmire,${url},elaine@jeffersonbank.example,Jefferson Bank,Manager,05 Mar 2024\n`;
    expect(await importLinkedin({ file: csv(again) }, ctx)).toMatchObject({ created: 0, updated: 1 });
    expect(await importLinkedin({ file: csv(again) }, ctx)).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const other = `Elaine,Longmire,${url},elaine@numerica.example,Jefferson Bank,Manager,05 Mar 2024\n`;
    expect(await importLinkedin({ file: csv(other) }, ctx)).toMatchObject({ created: 0, updated: 1 });
    const db = ctx.db();
    expect(db.prepare("SELECT email FROM contacts").pluck().all()).toEqual(["elaine@jeffersonbank.example"]);
    expect(db.prepare("SELECT kind, value FROM contact_values").all()).toEqual([{ kind: "email", value: "elaine@numerica.example" }]);
  });

  it("keeps imported connections off the morning list until a conversation, and says how to track them", async () => {
    const ctx = testCtx({ today: TODAY });
    const summary = await importLinkedin({ file: FIXTURE }, ctx);
    expect(renderImport("Connections.csv", summary)).toBe(
      "Imported Connections.csv: 3 created, 0 updated, 0 unchanged, 0 skipped.\n" +
        "0 of the 3 new contacts are tracked for touch-bases. The others stay listed and searchable; a conversation (netlog add NAME) starts tracking one; importing again with --every CADENCE or --tag TAG (a tag with a cadence) tracks them all.\n",
    );
    expect((await contactList({}, ctx)).map((s) => [s.contact.name, s.contact.addedOn, s.contact.tracked])).toEqual([
      ["Elaine Longmire", "2024-03-05", false],
      ["José Álvarez", "2022-02-01", false],
      ["Sam Ortiz", "2023-01-12", false],
    ]);
    expect(dueJson(await due({}, ctx))).toEqual([]);
    await add({ name: "Sam Ortiz", via: "inmail", date: "2026-11-18" }, ctx);
    expect(dueJson(await due({}, ctx)).map((i) => [i.name, i.reason])).toEqual([["Sam Ortiz", "no_reply"]]);
  });

  it("says it in good grammar for one new contact", async () => {
    const ctx = testCtx({ today: TODAY });
    const path = join(tempDir(), "Connections.csv");
    writeFileSync(path, "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nKim,Lee,,,,,01 Jan 2026\n");
    expect(renderImport("Connections.csv", await importLinkedin({ file: path }, ctx))).toBe(
      "Imported Connections.csv: 1 created, 0 updated, 0 unchanged, 0 skipped.\n" +
        "The new contact is not tracked for touch-bases. It stays listed and searchable; a conversation (netlog add NAME) starts tracking it, and so does importing again with --every CADENCE or --tag TAG (a tag with a cadence).\n",
    );
  });

  it("tracks with --every or a cadenced tag, counting from when you connected", async () => {
    const ctx = testCtx({ today: TODAY });
    await tagSet({ name: "bankers", every: "1y" }, ctx);
    const summary = await importLinkedin({ file: FIXTURE, tag: ["bankers"] }, ctx);
    expect([summary.created, summary.tracked]).toEqual([3, 3]);
    expect(dueJson(await due({}, ctx)).map((i) => [i.name, i.due_on])).toEqual([
      ["José Álvarez", "2023-02-01"],
      ["Sam Ortiz", "2024-01-12"],
      ["Elaine Longmire", "2025-03-05"],
    ]);
  });

  it("run again with a newer export: matches by URL then email, updates company and title, never duplicates", async () => {
    const ctx = testCtx({ today: TODAY });
    await importLinkedin({ file: FIXTURE }, ctx);
    const newer = csv(
      "Elaine,Longmire,HTTPS://WWW.LINKEDIN.COM/in/Elaine-Longmire/,,Jefferson Bank,Regional Director,05 Mar 2024\n" +
        "Samuel,Ortiz,,SAM@example.com,Ortiz & Co,Founder,12 Jan 2023\n" +
        'José,Álvarez,https://www.linkedin.com/in/jose-alvarez,,Banco "Sol",,01 Feb 2022\n' +
        "Priya,Natarajan,https://www.linkedin.com/in/priya-n,,Northwind,Analyst,20 Nov 2026\n",
    );
    const summary = await importLinkedin({ file: newer, every: "quarterly" }, ctx);
    expect([summary.created, summary.updated, summary.unchanged, summary.tracked]).toEqual([1, 3, 0, 1]);
    const list = await contactList({}, ctx);
    expect(list.map((s) => [s.contact.name, s.contact.title, s.contact.tracked, s.schedule.cadenceDays])).toEqual([
      ["Elaine Longmire", "Regional Director", true, 90],
      ["José Álvarez", null, true, 90],
      ["Priya Natarajan", "Analyst", true, 90],
      ["Sam Ortiz", "Founder", true, 90],
    ]);
  });

  it("finds a person twice in one file, by URL and by email, and stores them once, as when the rows come in two files", async () => {
    const rows =
      "Ann,Lee,https://www.linkedin.com/in/ann-lee,ann@acme.example,Acme,Engineer,05 Mar 2024\n" +
      "Ann,Lee,HTTPS://linkedin.com/in/Ann-Lee/,,Globex,Director,05 Mar 2024\n" +
      "Ann,Lee,,ANN@acme.example,Globex,VP,05 Mar 2024\n" +
      "Bo,Chu,https://www.linkedin.com/in/bo-chu,,Initech,,01 Jan 2020\n" +
      "Bo,Chu,https://www.linkedin.com/in/bo-chu,,Initech,,01 Jan 2020\n";
    const stored = (ctx: ReturnType<typeof testCtx>) =>
      ctx.db().prepare("SELECT name, company, title, email, linkedin_url AS url, added_on AS addedOn FROM contacts ORDER BY id").all();
    const expected = [
      { name: "Ann Lee", company: "Globex", title: "VP", email: "ann@acme.example", url: "https://www.linkedin.com/in/ann-lee", addedOn: "2024-03-05" },
      { name: "Bo Chu", company: "Initech", title: null, email: null, url: "https://www.linkedin.com/in/bo-chu", addedOn: "2020-01-01" },
    ];
    const ctx = testCtx({ today: TODAY });
    const summary = await importLinkedin({ file: csv(rows) }, ctx);
    expect(renderImport("Connections.csv", summary).split("\n")[0]).toBe("Imported Connections.csv: 2 created, 2 updated, 1 unchanged, 0 skipped.");
    expect(summary.jobChanges).toEqual([
      { name: "Ann Lee", from: { company: "Acme", title: "Engineer" }, to: { company: "Globex", title: "Director" } },
      { name: "Ann Lee", from: { company: "Globex", title: "Director" }, to: { company: "Globex", title: "VP" } },
    ]);
    expect(stored(ctx)).toEqual(expected);
    expect(ctx.db().prepare("SELECT count(*) FROM contact_values").pluck().get()).toBe(0);
    // The same rows one by one, each in its own import: the same people, the same values.
    const apart = testCtx({ today: TODAY });
    for (const row of rows.trimEnd().split("\n")) await importLinkedin({ file: csv(`${row}\n`) }, apart);
    expect(stored(apart)).toEqual(expected);
    // Found again, nothing changes.
    expect(await importLinkedin({ file: csv(rows.split("\n").slice(2).join("\n")) }, ctx)).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it("is all or nothing: one bad row and nothing is written, with its line number", async () => {
    const ctx = testCtx({ today: TODAY });
    const file = csv("Ann,Lee,,,,,05 Mar 2024\n,,,,Acme,,05 Mar 2024\nBo,Chu,,,,,someday\n");
    const before = snapshot(ctx.db());
    await expect(importLinkedin({ file }, ctx)).rejects.toMatchObject({
      message: `${file}: line 3: no first or last name; line 4: 'someday' is not a date like 05 Mar 2024; nothing was imported`,
      hint: "fix those rows, or pass --skip-invalid to import the rest",
    });
    expect(snapshot(ctx.db())).toEqual(before);
    const summary = await importLinkedin({ file, skipInvalid: true }, ctx);
    expect(renderImport("c.csv", summary).split("\n").slice(0, 3)).toEqual([
      "Imported c.csv: 1 created, 0 updated, 0 unchanged, 2 skipped.",
      "  skipped line 3: no first or last name",
      "  skipped line 4: 'someday' is not a date like 05 Mar 2024",
    ]);
  });

  it.each([
    ["a connection made in the future", "Ann,Lee,,,,,05 Mar 2999\n", "line 3: '05 Mar 2999' is in the future (today is 2026-11-25)"],
    ["a date past the years netlog keeps", "Ann,Lee,,,,,05 Mar 3001\n", "line 3: '05 Mar 3001' is not a date like 05 Mar 2024"],
    ["an email that is not one", "Ann,Lee,,not an email <script>,,,05 Mar 2024\n", "line 3: 'not an email <script>' is not an email address"],
    ["a 10,000-character name", `Ann,${"L".repeat(9996)},,,,,05 Mar 2024\n`, "line 3: a name of 10000 characters is too long (300 at most)"],
  ])("refuses %s, as the flags would, with its line, and writes nothing", async (_, rows, reason) => {
    const ctx = testCtx({ today: TODAY });
    const before = snapshot(ctx.db());
    // A good row first: it is not kept either.
    const file = csv(`Bo,Chu,,,,,01 Jan 2020\n${rows}`);
    await expect(importLinkedin({ file }, ctx)).rejects.toMatchObject({ message: `${file}: ${reason}; nothing was imported` });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("names three bad rows and counts the rest", async () => {
    const ctx = testCtx({ today: TODAY });
    const file = csv(",,,,Acme,,05 Mar 2024\n".repeat(5000));
    await expect(importLinkedin({ file }, ctx)).rejects.toMatchObject({
      message: `${file}: line 2: no first or last name; line 3: no first or last name; line 4: no first or last name (and 4997 more); nothing was imported`,
    });
  });

  it("refuses a file whose quoting breaks, even with --skip-invalid: the rows after it cannot be read", async () => {
    const ctx = testCtx({ today: TODAY });
    const file = csv('Ann,Lee,,,,,05 Mar 2024\nBo,Chu,,,"Acme,,01 Jan 2020\nCy,Dee,,,,,01 Jan 2021\n');
    const before = snapshot(ctx.db());
    await expect(importLinkedin({ file, skipInvalid: true }, ctx)).rejects.toMatchObject({
      message: `${file}: line 3: a quoted field is never closed; nothing was imported`,
      hint: "fix that line: the rest of the file cannot be read past it",
    });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("streams a file of many read blocks, rows split between them, and imports every row", async () => {
    const ctx = testCtx({ today: TODAY });
    const rows = Array.from({ length: 20_000 }, (_, i) => `Person,Number ${i},https://www.linkedin.com/in/p-${i},,"Company ${i % 50}, Inc.",Engineer,05 Mar 2024\r\n`);
    const file = csv(rows.join(""));
    expect(await importLinkedin({ file }, ctx)).toMatchObject({ created: 20_000, skipped: [] });
    const list = await contactList({}, ctx);
    expect([list.length, list.find((s) => s.contact.name === "Person Number 19999")?.contact.company]).toEqual([20_000, "Company 49, Inc."]);
  });

  it.each([
    ["a missing file", (dir: string) => join(dir, "nope.csv"), "does not exist"],
    ["an empty file", (dir: string) => (writeFileSync(join(dir, "e.csv"), ""), join(dir, "e.csv")), "is empty"],
    ["a PDF", (dir: string) => (writeFileSync(join(dir, "c.pdf"), "%PDF-1.7\n..."), join(dir, "c.pdf")), "is not a text file"],
    ["another program's CSV", (dir: string) => (writeFileSync(join(dir, "o.csv"), "name,email\nA,a@b.example\n"), join(dir, "o.csv")), "is not LinkedIn's Connections.csv"],
    ["a folder", (dir: string) => dir, "is a folder"],
  ])("refuses %s with a clear error and opens no database", async (_, make, text) => {
    const ctx = testCtx({ today: TODAY });
    const path = make(tempDir());
    await expect(importLinkedin({ file: path }, ctx)).rejects.toMatchObject({ message: expect.stringContaining(text), exitCode: 1 });
    expect(ctx.opens).toBe(0);
  });
});

describe("netlog import linkedin, matching across export versions", () => {
  it("matches a connection from the older export (no URL) when the newer one brings its URL", async () => {
    const ctx = testCtx({ today: TODAY });
    await importLinkedin({ file: fileURLToPath(new URL("../fixtures/Connections-old.csv", import.meta.url)) }, ctx);
    const summary = await importLinkedin({ file: csv("Priya,Natarajan,https://www.linkedin.com/in/priya-n,,Northwind,Analyst,20 Jul 2019\n") }, ctx);
    expect([summary.created, summary.updated]).toEqual([0, 1]);
    expect((await contactList({}, ctx)).map((s) => [s.contact.name, s.contact.linkedinUrl])).toEqual([
      ["Kim Lee", null],
      ["Priya Natarajan", "https://www.linkedin.com/in/priya-n"],
    ]);
  });

  it("matches a row of the older export (no URL) imported after the newer one, by exact name", async () => {
    const ctx = testCtx({ today: TODAY });
    await importLinkedin({ file: csv("Priya,Natarajan,https://www.linkedin.com/in/priya-n,,Northwind,Analyst,20 Jul 2019\n") }, ctx);
    const summary = await importLinkedin({ file: fileURLToPath(new URL("../fixtures/Connections-old.csv", import.meta.url)) }, ctx);
    expect([summary.created, summary.updated, summary.unchanged]).toEqual([1, 0, 1]);
    expect((await contactList({}, ctx)).map((s) => [s.contact.name, s.contact.linkedinUrl])).toEqual([
      ["Kim Lee", null],
      ["Priya Natarajan", "https://www.linkedin.com/in/priya-n"],
    ]);
  });

  it("does not guess between two people of that name when the row has no URL", async () => {
    const ctx = testCtx({ today: TODAY });
    await importLinkedin(
      {
        file: csv(
          "Priya,Natarajan,https://www.linkedin.com/in/priya-n,,Northwind,Analyst,20 Jul 2019\nPriya,Natarajan,https://www.linkedin.com/in/priya-2,,Contoso,CFO,01 Jan 2021\n",
        ),
      },
      ctx,
    );
    const summary = await importLinkedin({ file: csv("Priya,Natarajan,,,Northwind,Analyst,20 Jul 2019\n") }, ctx);
    expect(summary.created).toBe(1);
  });

  it("keeps two connections of the same name in one file apart, and a second run changes nothing", async () => {
    const ctx = testCtx({ today: TODAY });
    const file = csv("John,Smith,,,Acme,CEO,01 Jan 2020\nJohn,Smith,,,Globex,CTO,02 Jan 2020\n");
    expect((await importLinkedin({ file }, ctx)).created).toBe(2);
    expect((await contactList({}, ctx)).map((s) => s.contact.company)).toEqual(["Acme", "Globex"]);
  });

  it("asks for UTF-8 rather than guess a Latin-1 file, and reads UTF-16", async () => {
    const ctx = testCtx({ today: TODAY });
    const latin1 = join(tempDir(), "latin1.csv");
    writeFileSync(latin1, Buffer.from(`${HEADER}Jos\xe9,M\xfcller,,,Caf\xe9 GmbH,,01 Jan 2020\n`, "latin1"));
    await expect(importLinkedin({ file: latin1 }, ctx)).rejects.toMatchObject({ message: `${latin1} is not UTF-8 text` });
    const utf16 = join(tempDir(), "utf16.csv");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}José,Müller,,,Café GmbH,,01 Jan 2020\n`, "utf16le")]));
    await importLinkedin({ file: utf16 }, ctx);
    expect((await contactList({}, ctx)).map((s) => [s.contact.name, s.contact.company])).toEqual([["José Müller", "Café GmbH"]]);
  });
});

describe("a follow-up promised to a connection nobody tracks", () => {
  it("comes due like any promise, though the connection is not on a cadence", async () => {
    const ctx = testCtx({ today: TODAY });
    await importLinkedin({ file: FIXTURE }, ctx);
    const { followUp } = await import("../../src/commands/contact-state.js");
    await followUp({ name: "Sam Ortiz", when: "2026-11-27", note: "send the deck" }, ctx);
    const report = await due({ on: "2026-11-28" }, ctx);
    expect(dueJson(report).map((i) => [i.name, i.reason, i.days_overdue, i.follow_up?.note])).toEqual([["Sam Ortiz", "follow_up", 1, "send the deck"]]);
  });
});
