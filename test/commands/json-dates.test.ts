// Birthdays and named dates in netlog's own export: written as a list of their own, read back
// exactly, checked as the flags check them, and older exports without the list still import.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contactAdd } from "../../src/commands/contact-add.js";
import { exportJson, importJson } from "../../src/commands/json-transfer.js";
import { toJsonText } from "../../src/render/json.js";
import { snapshot, tempDir, testCtx } from "../helpers/ctx.js";

const TODAY = "2026-11-25";

function fileWith(text: string): string {
  const path = join(tempDir(), "export.json");
  writeFileSync(path, text);
  return path;
}

async function withDates() {
  const ctx = testCtx({ today: TODAY });
  await contactAdd({ name: "Elaine Longmire", birthday: "1986-04-14", date: ["met=2019-05-02", "Work anniversary=03-01"] }, ctx);
  await contactAdd({ name: "Sam Ortiz", birthday: "02-29" }, ctx);
  return ctx;
}

const datesOf = (ctx: ReturnType<typeof testCtx>) =>
  ctx.db().prepare("SELECT c.name, d.uuid, d.kind, d.label, d.label_key, d.month, d.day, d.year FROM contact_dates d JOIN contacts c ON c.id = d.contact_id ORDER BY d.id").all();

describe("export json / import json: dates", () => {
  it("writes the dates as a list after the dismissals, and an import into an empty database gives the same export back", async () => {
    const source = await withDates();
    const exported = toJsonText(await exportJson(source));
    const data = JSON.parse(exported);
    expect(Object.keys(data).slice(-2)).toEqual(["dismissals", "dates"]);
    expect(data.dates.map(({ uuid, created_at, contact_uuid, ...d }: Record<string, unknown>) => d)).toEqual([
      { kind: "birthday", label: null, month: 4, day: 14, year: 1986 },
      { kind: "other", label: "met", month: 5, day: 2, year: 2019 },
      { kind: "anniversary", label: "Work anniversary", month: 3, day: 1, year: null },
      { kind: "birthday", label: null, month: 2, day: 29, year: null },
    ]);
    const target = testCtx({ today: TODAY });
    expect(await importJson({ file: fileWith(exported) }, target)).toEqual({ contacts: 2, interactions: 0, follow_ups: 0, dismissals: 0 });
    expect(toJsonText(await exportJson(target))).toBe(exported);
    expect(datesOf(target)).toEqual(datesOf(source));
  });

  it("merges by uuid; a contact that has a birthday keeps its own", async () => {
    const source = await withDates();
    const file = fileWith(toJsonText(await exportJson(source)));
    const before = snapshot(source.db());
    await importJson({ file }, source);
    expect(snapshot(source.db())).toEqual(before);
    // The same contact (by uuid) with another birthday already, in another database.
    const data = JSON.parse(toJsonText(await exportJson(source)));
    data.dates[0].uuid = "another-uuid";
    data.dates[0].month = 5;
    await importJson({ file: fileWith(JSON.stringify(data)) }, source);
    expect(snapshot(source.db())).toEqual(before);
  });

  it("imports an export without dates, as older netlogs wrote", async () => {
    const source = await withDates();
    const { dates: _, ...older } = JSON.parse(toJsonText(await exportJson(source)));
    const target = testCtx({ today: TODAY });
    expect(await importJson({ file: fileWith(JSON.stringify(older)) }, target)).toEqual({ contacts: 2, interactions: 0, follow_ups: 0, dismissals: 0 });
    expect(datesOf(target)).toEqual([]);
  });

  it.each([
    ["a day that does not exist", (d: Record<string, unknown>) => Object.assign(d, { month: 2, day: 30 }), "dates[0].day: 2-30 is not a day of the calendar"],
    ["29 Feb of a year without one", (d: Record<string, unknown>) => Object.assign(d, { month: 2, day: 29, year: 1987 }), "dates[0].day: 2-29 is not a day of the calendar"],
    ["a year to come", (d: Record<string, unknown>) => Object.assign(d, { year: 2030 }), "dates[0].year: 2030 is not a year from 1900 to 2026"],
    ["a kind netlog does not have", (d: Record<string, unknown>) => Object.assign(d, { kind: "nameday" }), 'dates[0].kind: "nameday" is not one of birthday, anniversary, other'],
    ["a birthday with a label", (d: Record<string, unknown>) => Object.assign(d, { label: "born" }), "dates[0].label: a birthday has no label"],
    ["a month as text", (d: Record<string, unknown>) => Object.assign(d, { month: "4" }), 'dates[0].month: "4" is not a whole number'],
    ["a contact not in the file", (d: Record<string, unknown>) => Object.assign(d, { contact_uuid: "nobody" }), 'dates[0].contact_uuid: "nobody" is no contact in the file'],
  ])("refuses %s, naming where, and imports nothing", async (_, change, message) => {
    const source = await withDates();
    const data = JSON.parse(toJsonText(await exportJson(source)));
    change(data.dates[0]);
    const target = testCtx({ today: TODAY });
    await expect(importJson({ file: fileWith(JSON.stringify(data)) }, target)).rejects.toThrow(message);
    expect(target.db().prepare("SELECT count(*) FROM contacts").pluck().get()).toBe(0);
  });
});
