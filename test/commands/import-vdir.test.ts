// `netlog import vdir DIR`: what changed in the folder since netlog wrote it comes back, by the
// rule docs/commands.md states: the folder's card wins for what a card holds.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { contactList } from "../../src/commands/contact-list.js";
import { exportVdir } from "../../src/commands/export-vdir.js";
import { importVdir } from "../../src/commands/import-vdir.js";
import { undo } from "../../src/commands/undo.js";
import { renderVdirImported } from "../../src/render/vdir.js";
import { snapshot, tempDir, testCtx } from "../helpers/ctx.js";
import { runCli } from "../helpers/run-cli.js";
import { labeledText } from "../../src/domain/value-lists.js";
import { giveValue, otherValues, primaryValues, valueLists } from "../../src/store/value-lists.js";

const TODAY = "2026-11-25";

async function exported() {
  const ctx = testCtx({ today: TODAY });
  const elaine = (await contactAdd({ name: "Elaine Longmire", company: "Jefferson Bank", email: ["elaine@jeffersonbank.example"], tag: ["bankers"], every: "monthly" }, ctx))
    .contact;
  const sam = (await contactAdd({ name: "Sam Ortiz", phone: ["+1 509 555 0101"] }, ctx)).contact;
  await add({ name: "Elaine", via: "phone", note: "talked about her move" }, ctx);
  const dir = tempDir();
  await exportVdir({ dir }, ctx);
  return { ctx, dir, elaine, sam, file: (uuid: string) => join(dir, `${uuid}.vcf`) };
}

/** Every email, phone and link the store holds, the primary first, as `value (label)`. */
const lists = async (ctx: ReturnType<typeof testCtx>) =>
  (await contactList({ all: true }, ctx)).map((s) => {
    const l = valueLists(primaryValues(ctx.db(), s.contact.id), otherValues(ctx.db(), s.contact.id));
    return [s.contact.name, ...[l.emails, l.phones, l.urls].map((values) => values.map(labeledText))];
  });

const people = async (ctx: ReturnType<typeof testCtx>) =>
  (await contactList({ all: true }, ctx)).map((s) => [s.contact.name, s.contact.company, s.contact.title, s.contact.email, s.contact.tags, s.contact.archivedAt !== null]);

describe("netlog import vdir", () => {
  it("finds nothing to do in a folder just exported, and changes nothing", async () => {
    const { ctx, dir } = await exported();
    const before = snapshot(ctx.db());
    expect(renderVdirImported(await importVdir({ dir }, ctx))).toBe(`Imported ${dir}: 0 created, 0 updated, 2 unchanged, 0 archived.\n`);
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("updates a contact from its card changed in the folder, keeping its conversations and cadence, and the next export leaves it", async () => {
    const { ctx, dir, elaine, file } = await exported();
    const changed = readFileSync(file(elaine.uuid), "utf8")
      .replace("ORG:Jefferson Bank\r\n", "ORG:Northwind Bank\r\nTITLE:CFO\r\n")
      .replace("CATEGORIES:bankers\r\n", "CATEGORIES:bankers,spokane\r\n");
    writeFileSync(file(elaine.uuid), changed);
    expect(await importVdir({ dir }, ctx)).toEqual({ dir, created: 0, updated: 1, unchanged: 1, archived: 0, skipped: [] });
    expect(await people(ctx)).toEqual([
      ["Elaine Longmire", "Northwind Bank", "CFO", "elaine@jeffersonbank.example", ["bankers", "spokane"], false],
      ["Sam Ortiz", null, null, null, [], false],
    ]);
    const shown = await runCli(ctx, ["contact", "show", "Elaine", "--json"]);
    expect(JSON.parse(shown.stdout)).toMatchObject({ cadence_days: 30, interactions: [{ channel: "phone", note: "talked about her move" }] });
    // netlog writes the card its own way once, and from then on leaves it.
    expect((await exportVdir({ dir }, ctx)).changedThere).toEqual([]);
    expect((await exportVdir({ dir }, ctx)).written).toBe(0);
  });

  it("gives a contact the emails, phones and links of its card changed in the folder: one lost there is lost here, a new one added, a label changed", async () => {
    const { ctx, dir, elaine, file } = await exported();
    const db = ctx.db();
    const id = (await contactList({ all: true }, ctx))[0]!.contact.id;
    giveValue(db, id, "email", { value: "elaine@home.example", label: "home" }, ctx.now);
    giveValue(db, id, "email", { value: "el@old.example", label: null }, ctx.now);
    giveValue(db, id, "phone", { value: "+1 509 555 0100", label: "work" }, ctx.now);
    giveValue(db, id, "phone", { value: "+1 509 555 0199", label: "mobile" }, ctx.now);
    giveValue(db, id, "url", { value: "https://elaine.example", label: "website" }, ctx.now);
    expect((await exportVdir({ dir }, ctx)).written).toBe(1);
    // A card unchanged since the export changes nothing.
    const before = snapshot(db);
    expect(await importVdir({ dir }, ctx)).toMatchObject({ updated: 0, unchanged: 2 });
    expect(snapshot(db)).toEqual(before);
    const card = readFileSync(file(elaine.uuid), "utf8");
    expect(card).toContain("\r\nEMAIL:el@old.example\r\n");
    // On the phone: the old address removed, the mobile now labelled home, a new work email and a blog.
    const changed = card
      .replace("EMAIL:el@old.example\r\n", "EMAIL;TYPE=work:elaine@northwind.example\r\n")
      .replace("TEL;TYPE=cell;VALUE=TEXT:+1 509 555 0199\r\n", "TEL;TYPE=home;VALUE=TEXT:+1 509 555 0199\r\n")
      .replace("URL:https://elaine.example\r\n", "URL:https://elaine.example\r\nURL;TYPE=blog:https://elaine.example/blog\r\n");
    expect(changed).not.toBe(card);
    writeFileSync(file(elaine.uuid), changed);
    expect(await importVdir({ dir }, ctx)).toMatchObject({ updated: 1, unchanged: 1 });
    expect(await lists(ctx)).toEqual([
      [
        "Elaine Longmire",
        ["elaine@jeffersonbank.example", "elaine@home.example (home)", "elaine@northwind.example (work)"],
        ["+1 509 555 0100 (work)", "+1 509 555 0199 (home)"],
        ["https://elaine.example (website)", "https://elaine.example/blog (blog)"],
      ],
      ["Sam Ortiz", [], ["+1 509 555 0101"], []],
    ]);
    // Losing the primary on the phone: the card's next one is the primary here too.
    writeFileSync(file(elaine.uuid), changed.replace(/\r\nEMAIL;PREF=1:elaine@jeffersonbank.example\r\n/, "\r\n"));
    expect(await importVdir({ dir }, ctx)).toMatchObject({ updated: 1 });
    expect((await lists(ctx))[0]![1]).toEqual(["elaine@home.example (home)", "elaine@northwind.example (work)"]);
  });

  it("makes a contact of a card made in the folder, and keeps writing it to that file", async () => {
    const { ctx, dir } = await exported();
    writeFileSync(join(dir, "made-on-phone.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rémy Girard\r\nEMAIL:remy@example.fr\r\nUID:phone-123\r\nEND:VCARD\r\n");
    expect((await importVdir({ dir }, ctx)).created).toBe(1);
    expect((await people(ctx)).map((p) => p[0])).toEqual(["Elaine Longmire", "Rémy Girard", "Sam Ortiz"]);
    await exportVdir({ dir }, ctx);
    expect(readFileSync(join(dir, "made-on-phone.vcf"), "utf8")).toContain("FN:Rémy Girard\r\n");
    expect((await runCli(ctx, ["export", "vdir", dir, "--json"])).stdout).toContain('"written": 0');
  });

  it("archives the contact of a card deleted in the folder, never deleting it; undo brings it back", async () => {
    const { ctx, dir, sam, file } = await exported();
    rmSync(file(sam.uuid));
    const before = snapshot(ctx.db());
    expect(await importVdir({ dir }, ctx)).toMatchObject({ archived: 1, updated: 0 });
    expect((await people(ctx)).find((p) => p[0] === "Sam Ortiz")?.[5]).toBe(true);
    expect((await importVdir({ dir }, ctx)).archived).toBe(0);
    // The second import changed nothing, and so left nothing to undo: one undo takes back the archive.
    await undo(ctx);
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("keeps a known card that has become unreadable, and does not take it for deleted", async () => {
    const { ctx, dir, sam, file } = await exported();
    writeFileSync(file(sam.uuid), "BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n");
    expect(await importVdir({ dir }, ctx)).toMatchObject({ archived: 0, skipped: [{ file: `${sam.uuid}.vcf`, reason: "no name (FN or N)" }] });
    expect((await people(ctx)).find((p) => p[0] === "Sam Ortiz")?.[5]).toBe(false);
  });

  it("skips a card it cannot read, naming its file, and refuses a folder that does not exist", async () => {
    const { ctx, dir } = await exported();
    writeFileSync(join(dir, "broken.vcf"), "BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n");
    expect((await importVdir({ dir }, ctx)).skipped).toEqual([{ file: "broken.vcf", reason: "no name (FN or N)" }]);
    const missing = await runCli(ctx, ["import", "vdir", join(dir, "nope")]);
    expect([missing.stdout, missing.error?.message]).toEqual(["", `${join(dir, "nope")} does not exist; nothing was imported`]);
  });
});

describe("birthdays through a vdir", () => {
  it("export vdir writes the birthday and anniversary; a birthday changed on the phone comes back, one left out is kept, and a card of its own export changes nothing", async () => {
    const ctx = testCtx({ today: TODAY });
    const elaine = (await contactAdd({ name: "Elaine Longmire", birthday: "1986-04-14", date: ["work anniversary=2019-03-01"] }, ctx)).contact;
    const dir = tempDir();
    await exportVdir({ dir }, ctx);
    const file = join(dir, `${elaine.uuid}.vcf`);
    const card = readFileSync(file, "utf8");
    expect(card).toContain("BDAY:19860414\r\n");
    expect(card).toContain("ANNIVERSARY:20190301\r\n");
    expect(await importVdir({ dir }, ctx)).toMatchObject({ updated: 0, unchanged: 1 });
    // Changed on the phone: the card's birthday wins.
    writeFileSync(file, card.replace("BDAY:19860414", "BDAY:19860415"));
    expect(await importVdir({ dir }, ctx)).toMatchObject({ updated: 1 });
    const dates = () => ctx.db().prepare("SELECT kind, label, month, day, year FROM contact_dates ORDER BY id").all();
    expect(dates()).toEqual([
      { kind: "birthday", label: null, month: 4, day: 15, year: 1986 },
      { kind: "anniversary", label: "work anniversary", month: 3, day: 1, year: 2019 },
    ]);
    // A card without them (written by an older netlog, or an app that drops them) wipes nothing.
    writeFileSync(file, card.replace("BDAY:19860414\r\n", "").replace("ANNIVERSARY:20190301\r\n", "").replace("FN:Elaine Longmire", "FN:Elaine Longmire-Ortiz"));
    expect(await importVdir({ dir }, ctx)).toMatchObject({ updated: 1 });
    expect(dates()).toHaveLength(2);
  });
});
