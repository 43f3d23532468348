// Every email, phone and link in netlog's own export: the others as a list of their own (the
// primary stays in the contact's columns, with its label), read back exactly, checked as the
// flags check them, merged without a duplicate, and older exports without them still import.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contactAdd } from "../../src/commands/contact-add.js";
import { exportJson, importJson } from "../../src/commands/json-transfer.js";
import { undo } from "../../src/commands/undo.js";
import { toJsonText } from "../../src/render/json.js";
import { giveValue } from "../../src/store/value-lists.js";
import { tempDir, testCtx } from "../helpers/ctx.js";

const TODAY = "2026-11-25";
type TestCtx = ReturnType<typeof testCtx>;

function fileWith(text: string): string {
  const path = join(tempDir(), "export.json");
  writeFileSync(path, text);
  return path;
}

/** Elaine with two emails, two phones and a website beside her profile, labelled; Sam with his one email. */
async function withValues() {
  const ctx = testCtx({ today: TODAY });
  const elaine = await contactAdd({ name: "Elaine Longmire", email: ["elaine@jeffersonbank.example"], phone: ["+1 509 555 0100"], linkedin: "linkedin.com/in/elaine" }, ctx);
  await contactAdd({ name: "Sam Ortiz", email: ["sam@ortiz.example"] }, ctx);
  const db = ctx.db();
  const id = elaine.contact.id;
  giveValue(db, id, "email", { value: "elaine@jeffersonbank.example", label: "work" }, ctx.now);
  giveValue(db, id, "email", { value: "elaine.l@home.example", label: "home" }, ctx.now);
  giveValue(db, id, "email", { value: "el@old.example", label: null }, ctx.now);
  giveValue(db, id, "phone", { value: "+1 509 555 0100", label: "mobile" }, ctx.now);
  giveValue(db, id, "phone", { value: "509-555-0199", label: "work" }, ctx.now);
  giveValue(db, id, "url", { value: "https://elaine.example", label: "website" }, ctx.now);
  return ctx;
}

const valuesOf = (ctx: TestCtx) =>
  ctx.db().prepare("SELECT c.name, v.uuid, v.kind, v.value, v.value_key, v.label, v.created_at FROM contact_values v JOIN contacts c ON c.id = v.contact_id ORDER BY v.id").all();
const labelsOf = (ctx: TestCtx) => ctx.db().prepare("SELECT name, email, email_label, phone, phone_label FROM contacts ORDER BY id").all();
const countOf = (ctx: TestCtx) => ctx.db().prepare("SELECT count(*) FROM contact_values").pluck().get();

describe("export json / import json: every email, phone and link", () => {
  it("writes the others as a list after the dates, the primaries' labels with the contact, and an import into an empty database gives the same export back", async () => {
    const source = await withValues();
    const exported = toJsonText(await exportJson(source));
    const data = JSON.parse(exported);
    expect(Object.keys(data).slice(-2)).toEqual(["dismissals", "values"]);
    const elaine = data.contacts[0];
    expect([elaine.email, elaine.email_label, elaine.phone, elaine.phone_label]).toEqual(["elaine@jeffersonbank.example", "work", "+1 509 555 0100", "mobile"]);
    expect(data.values.map(({ uuid, ...v }: Record<string, unknown>) => v)).toEqual([
      { kind: "email", value: "elaine.l@home.example", label: "home", created_at: `${TODAY}T12:00:00.000Z`, contact_uuid: elaine.uuid },
      { kind: "email", value: "el@old.example", label: null, created_at: `${TODAY}T12:00:00.000Z`, contact_uuid: elaine.uuid },
      { kind: "phone", value: "509-555-0199", label: "work", created_at: `${TODAY}T12:00:00.000Z`, contact_uuid: elaine.uuid },
      { kind: "url", value: "https://elaine.example", label: "website", created_at: `${TODAY}T12:00:00.000Z`, contact_uuid: elaine.uuid },
    ]);

    const target = testCtx({ today: TODAY });
    expect(await importJson({ file: fileWith(exported) }, target)).toEqual({ contacts: 2, interactions: 0, follow_ups: 0, dismissals: 0 });
    expect(toJsonText(await exportJson(target))).toBe(exported);
    // value_key is not in the file: it is made again, as the store makes it.
    expect(valuesOf(target)).toEqual(valuesOf(source));
    expect(labelsOf(target)).toEqual(labelsOf(source));
  });

  it("leaves the list out when no contact has another value: the export is what netlog wrote before", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Sam Ortiz", email: ["sam@ortiz.example"] }, ctx);
    expect(Object.keys(JSON.parse(toJsonText(await exportJson(ctx))))).toEqual(["format", "version", "settings", "tags", "contacts", "interactions", "follow_ups", "dismissals"]);
  });

  it("merges by uuid, and a value the contact has already, as its primary or as another, is kept as it is", async () => {
    const source = await withValues();
    const exported = JSON.parse(toJsonText(await exportJson(source)));
    const before = [valuesOf(source), labelsOf(source)];
    await importJson({ file: fileWith(JSON.stringify(exported)) }, source);
    expect([valuesOf(source), labelsOf(source)]).toEqual(before);
    // The same contacts (by uuid) from another database, where the values have other uuids and
    // are written otherwise: Elaine's primary email in capitals, her work phone with dots, and a new one.
    const [home, , phone] = exported.values;
    const other = {
      ...exported,
      values: [
        { ...home, uuid: "v-primary", value: "ELAINE@JeffersonBank.example", label: "other" },
        { ...phone, uuid: "v-phone", value: "509.555.0199", label: "office" },
        { ...phone, uuid: "v-new", value: "+1 509 555 0142", label: null },
      ],
    };
    await importJson({ file: fileWith(JSON.stringify(other)) }, source);
    expect(labelsOf(source)).toEqual(before[1]);
    expect((valuesOf(source) as Array<{ uuid: string; value: string; label: string | null }>).map((v) => [v.value, v.label])).toEqual([
      ["elaine.l@home.example", "home"],
      ["el@old.example", null],
      ["509-555-0199", "work"],
      ["https://elaine.example", "website"],
      ["+1 509 555 0142", null],
    ]);
  });

  it("imports an export without values and without the labels' columns, as older netlogs wrote", async () => {
    const source = await withValues();
    const { values: _, ...older } = JSON.parse(toJsonText(await exportJson(source)));
    for (const contact of older.contacts) {
      delete contact.email_label;
      delete contact.phone_label;
    }
    const target = testCtx({ today: TODAY });
    expect(await importJson({ file: fileWith(JSON.stringify(older)) }, target)).toEqual({ contacts: 2, interactions: 0, follow_ups: 0, dismissals: 0 });
    expect([countOf(target), labelsOf(target)]).toEqual([
      0,
      [
        { name: "Elaine Longmire", email: "elaine@jeffersonbank.example", email_label: null, phone: "+1 509 555 0100", phone_label: null },
        { name: "Sam Ortiz", email: "sam@ortiz.example", email_label: null, phone: null, phone_label: null },
      ],
    ]);
  });

  it("undo of the import removes the values it added", async () => {
    const source = await withValues();
    const target = testCtx({ today: TODAY });
    await importJson({ file: fileWith(toJsonText(await exportJson(source))) }, target);
    expect(countOf(target)).toBe(4);
    await undo(target);
    expect([countOf(target), target.db().prepare("SELECT count(*) FROM contacts").pluck().get()]).toEqual([0, 0]);
  });

  const set = (changes: Record<string, unknown>) => (v: Record<string, unknown>) => Object.assign(v, changes);
  it.each([
    ["a kind netlog does not have", set({ kind: "fax" }), 'values[0].kind: "fax" is not one of email, phone, url'],
    ["an email that is not one", set({ value: "elaine at home" }), 'values[0].value: "elaine at home" is not an email address'],
    ["a phone without a digit", set({ kind: "phone", value: "call me" }), 'values[0].value: "call me" is not a phone number'],
    ["a link that is no web address", set({ kind: "url", value: "javascript:alert(1)" }), 'values[0].value: "javascript:alert(1)" is not a web address'],
    ["a 1 MB value, not repeated back", set({ value: "a".repeat(1_000_000) }), `values[0].value: "${"a".repeat(56)}... is not an email address`],
    ["no value", set({ value: null }), "values[0].value: missing"],
    ["a label that is not text", set({ label: 5 }), "values[0].label: 5 is not text"],
    ["no uuid", set({ uuid: null }), "values[0].uuid: null is not a uuid"],
    ["a garbage created_at", set({ created_at: "yesterday" }), 'values[0].created_at: "yesterday" is not a timestamp'],
    ["a contact not in the file", set({ contact_uuid: "nobody" }), 'values[0].contact_uuid: "nobody" is no contact in the file'],
  ])("refuses %s, naming where, and imports nothing", async (_, change, message) => {
    const source = await withValues();
    const data = JSON.parse(toJsonText(await exportJson(source)));
    change(data.values[0]);
    const target = testCtx({ today: TODAY });
    await expect(importJson({ file: fileWith(JSON.stringify(data)) }, target)).rejects.toThrow(message);
    expect([target.db().prepare("SELECT count(*) FROM contacts").pluck().get(), countOf(target)]).toEqual([0, 0]);
  });

  it("refuses one value's uuid twice, and values before the contacts", async () => {
    const source = await withValues();
    const data = JSON.parse(toJsonText(await exportJson(source)));
    const twice = { ...data, values: [...data.values, { ...data.values[0], value: "again@x.example" }] };
    await expect(importJson({ file: fileWith(JSON.stringify(twice)) }, testCtx({ today: TODAY }))).rejects.toThrow(`values[4].uuid: "${data.values[0].uuid}" is in the file twice`);
    const { values, ...rest } = data;
    const early = { format: rest.format, version: rest.version, values, ...rest };
    await expect(importJson({ file: fileWith(JSON.stringify(early)) }, testCtx({ today: TODAY }))).rejects.toThrow("values: comes before 'contacts', which netlog writes first");
  });
});
