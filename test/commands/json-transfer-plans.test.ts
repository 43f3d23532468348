// Planned meetings and job history in netlog's own export: lists of their own, read back exactly,
// checked, merged by uuid, and older exports without them still import.
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

async function withPlansAndRoles() {
  const ctx = testCtx({ today: TODAY });
  await contactAdd({ name: "Elaine Longmire", company: "Numerica" }, ctx);
  ctx.db().exec(`
    INSERT INTO planned_meetings (uuid, contact_id, planned_on, channel, note, source_key, created_at)
      VALUES ('p1', 1, '2026-12-10', 'meeting', 'coffee', 'ics:a:2026-12-10', '2026-11-25T12:00:00.000Z');
    INSERT INTO contact_roles (uuid, contact_id, company, title, previous_company, previous_title, noticed_on, created_at)
      VALUES ('r1', 1, 'Numerica', 'VP Lending', 'Jefferson Bank', 'Loan Officer', '2026-11-20', '2026-11-20T12:00:00.000Z');`);
  return ctx;
}

describe("export json / import json: planned meetings and job history", () => {
  it("writes them as lists after the values, and an import into an empty database gives the same export back", async () => {
    const source = await withPlansAndRoles();
    const exported = toJsonText(await exportJson(source));
    const data = JSON.parse(exported);
    expect(Object.keys(data).slice(-2)).toEqual(["planned", "jobs"]);
    expect(data.planned).toEqual([
      {
        uuid: "p1",
        planned_on: "2026-12-10",
        channel: "meeting",
        note: "coffee",
        source_key: "ics:a:2026-12-10",
        created_at: "2026-11-25T12:00:00.000Z",
        contact_uuid: data.contacts[0].uuid,
      },
    ]);
    expect(data.jobs).toEqual([
      {
        uuid: "r1",
        company: "Numerica",
        title: "VP Lending",
        previous_company: "Jefferson Bank",
        previous_title: "Loan Officer",
        noticed_on: "2026-11-20",
        created_at: "2026-11-20T12:00:00.000Z",
        contact_uuid: data.contacts[0].uuid,
      },
    ]);
    const target = testCtx({ today: TODAY });
    await importJson({ file: fileWith(exported) }, target);
    expect(toJsonText(await exportJson(target))).toBe(exported);
    // Again: every record is there already.
    const before = snapshot(target.db());
    await importJson({ file: fileWith(exported) }, target);
    expect(snapshot(target.db())).toEqual(before);
  });

  it("leaves the lists out when there are none", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Sam Ortiz" }, ctx);
    expect(Object.keys(await exportJson(ctx))).not.toContain("planned");
  });

  it.each([
    [
      (d: Record<string, unknown[]>) => ((d.planned![0] as Record<string, unknown>).planned_on = "10 Dec"),
      'planned[0].planned_on: "10 Dec" is not a date like 2026-11-25 (years 1900 to 2999)',
    ],
    [(d: Record<string, unknown[]>) => ((d.planned![0] as Record<string, unknown>).channel = "pigeon"), 'planned[0].channel: "pigeon" is not one of'],
    [(d: Record<string, unknown[]>) => ((d.jobs![0] as Record<string, unknown>).contact_uuid = "nobody"), 'jobs[0].contact_uuid: "nobody" is no contact in the file'],
  ])("refuses a damaged record, naming it, and imports nothing", async (damage, message) => {
    const data = JSON.parse(toJsonText(await exportJson(await withPlansAndRoles())));
    damage(data);
    const target = testCtx({ today: TODAY });
    const before = snapshot(target.db());
    await expect(importJson({ file: fileWith(JSON.stringify(data)) }, target)).rejects.toThrow(message);
    expect(snapshot(target.db())).toEqual(before);
  });
});
