import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importLinkedin } from "../../src/commands/import-linkedin.js";
import { undo } from "../../src/commands/undo.js";
import { importJson, renderImport } from "../../src/render/import.js";
import { latestRoleChanges, rolesOf } from "../../src/store/contact-roles.js";
import { snapshot, tempDir, testCtx } from "../helpers/ctx.js";

const HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
const ELAINE = "Elaine,Longmire,https://www.linkedin.com/in/elaine-longmire,,";
const SAM = "Sam,Ortiz,https://www.linkedin.com/in/sam-ortiz,,";

function csv(rows: string): string {
  const path = join(tempDir(), "Connections.csv");
  writeFileSync(path, HEADER + rows);
  return path;
}

const idOf = (ctx: ReturnType<typeof testCtx>, name: string) => ctx.db().prepare("SELECT id FROM contacts WHERE name = ?").pluck().get(name) as number;

describe("netlog import linkedin: job history from a newer Connections.csv", () => {
  it("records nothing on a first import, then each change of company or title, and still updates the contact", async () => {
    const first = testCtx({ today: "2026-11-01" });
    const summary = await importLinkedin({ file: csv(`${ELAINE}Jefferson Bank,Loan Officer,05 Mar 2024\n${SAM}Ortiz & Co,Founder,12 Jan 2023\n`) }, first);
    expect(summary.jobChanges).toEqual([]);
    expect(first.db().prepare("SELECT count(*) FROM contact_roles").pluck().get()).toBe(0);

    const ctx = testCtx({ today: "2026-12-01", dbPath: first.dbPath });
    const newer = await importLinkedin({ file: csv(`${ELAINE}Numerica,VP Lending,05 Mar 2024\n${SAM}Ortiz & Co,CEO,12 Jan 2023\n`) }, ctx);
    expect([newer.updated, newer.unchanged]).toEqual([2, 0]);
    expect(newer.jobChanges).toEqual([
      { name: "Elaine Longmire", from: { company: "Jefferson Bank", title: "Loan Officer" }, to: { company: "Numerica", title: "VP Lending" } },
      { name: "Sam Ortiz", from: { company: "Ortiz & Co", title: "Founder" }, to: { company: "Ortiz & Co", title: "CEO" } },
    ]);
    const db = ctx.db();
    expect(db.prepare("SELECT company, title FROM contacts ORDER BY name").all()).toEqual([
      { company: "Numerica", title: "VP Lending" },
      { company: "Ortiz & Co", title: "CEO" },
    ]);
    expect(rolesOf(db, idOf(ctx, "Elaine Longmire"))).toEqual([
      { noticedOn: "2026-12-01", company: "Numerica", title: "VP Lending", previousCompany: "Jefferson Bank", previousTitle: "Loan Officer" },
    ]);
    expect(db.prepare("SELECT uuid FROM contact_roles").pluck().all()).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/), expect.stringMatching(/^[0-9a-f-]{36}$/)]);
    expect(renderImport("Connections.csv", newer)).toBe(
      "Imported Connections.csv: 0 created, 2 updated, 0 unchanged, 0 skipped.\n" +
        "2 changed jobs: Elaine Longmire (Loan Officer, Jefferson Bank → VP Lending, Numerica), Sam Ortiz (Founder, Ortiz & Co → CEO, Ortiz & Co).\n",
    );
    expect(importJson(newer).job_changes).toEqual([
      { name: "Elaine Longmire", from: { company: "Jefferson Bank", title: "Loan Officer" }, to: { company: "Numerica", title: "VP Lending" } },
      { name: "Sam Ortiz", from: { company: "Ortiz & Co", title: "Founder" }, to: { company: "Ortiz & Co", title: "CEO" } },
    ]);

    // The same file again: nothing more to notice.
    const again = await importLinkedin({ file: csv(`${ELAINE}Numerica,VP Lending,05 Mar 2024\n`) }, ctx);
    expect([again.unchanged, again.jobChanges]).toEqual([1, []]);
    expect(db.prepare("SELECT count(*) FROM contact_roles").pluck().get()).toBe(2);
  });

  it("keeps the history newest first, and the latest change of each contact in one map", async () => {
    const ctx = testCtx({ today: "2026-12-01" });
    await importLinkedin({ file: csv(`${ELAINE}Jefferson Bank,Loan Officer,05 Mar 2024\n${SAM}Ortiz & Co,Founder,12 Jan 2023\n`) }, ctx);
    await importLinkedin({ file: csv(`${ELAINE}Numerica,VP Lending,05 Mar 2024\n`) }, ctx);
    await importLinkedin({ file: csv(`${ELAINE}Numerica,EVP Lending,05 Mar 2024\n`) }, ctx);
    const elaine = idOf(ctx, "Elaine Longmire");
    expect(rolesOf(ctx.db(), elaine).map((r) => [r.previousTitle, r.title])).toEqual([
      ["VP Lending", "EVP Lending"],
      ["Loan Officer", "VP Lending"],
    ]);
    expect(latestRoleChanges(ctx.db(), "2026-12-01")).toEqual(
      new Map([[elaine, { noticedOn: "2026-12-01", company: "Numerica", title: "EVP Lending", previousCompany: "Numerica", previousTitle: "VP Lending" }]]),
    );
    // As of a day before any was noticed (due --on a past day): none.
    expect(latestRoleChanges(ctx.db(), "2026-11-30")).toEqual(new Map());
  });

  it("takes a change of letter case or spacing as no new job, though the contact takes the new spelling", async () => {
    const ctx = testCtx({ today: "2026-12-01" });
    await importLinkedin({ file: csv(`${ELAINE}Jefferson Bank,Loan Officer,05 Mar 2024\n`) }, ctx);
    const summary = await importLinkedin({ file: csv(`${ELAINE}JEFFERSON  bank , loan\tofficer,05 Mar 2024\n`) }, ctx);
    expect([summary.updated, summary.jobChanges]).toEqual([1, []]);
    expect(ctx.db().prepare("SELECT company, title FROM contacts").get()).toEqual({ company: "JEFFERSON  bank", title: "loan\tofficer" });
    expect(ctx.db().prepare("SELECT count(*) FROM contact_roles").pluck().get()).toBe(0);
  });

  it("takes a blank company as LinkedIn leaving it out, not as leaving the job: the contact keeps its job", async () => {
    const ctx = testCtx({ today: "2026-12-01" });
    await importLinkedin({ file: csv(`${ELAINE}Jefferson Bank,Loan Officer,05 Mar 2024\n`) }, ctx);
    const blank = await importLinkedin({ file: csv(`${ELAINE},,05 Mar 2024\n`) }, ctx);
    expect([blank.unchanged, blank.jobChanges]).toEqual([1, []]);
    expect(ctx.db().prepare("SELECT company, title FROM contacts").get()).toEqual({ company: "Jefferson Bank", title: "Loan Officer" });
    // When the company comes back a new one, that is the change, from the job netlog kept.
    const back = await importLinkedin({ file: csv(`${ELAINE}Numerica,VP Lending,05 Mar 2024\n`) }, ctx);
    expect(back.jobChanges).toEqual([{ name: "Elaine Longmire", from: { company: "Jefferson Bank", title: "Loan Officer" }, to: { company: "Numerica", title: "VP Lending" } }]);
  });

  it("takes a company filled in where netlog had none, or a title blanked at the same company, as no new job", async () => {
    const ctx = testCtx({ today: "2026-12-01" });
    await importLinkedin({ file: csv(`${ELAINE},Loan Officer,05 Mar 2024\n${SAM}Ortiz & Co,Founder,12 Jan 2023\n`) }, ctx);
    const summary = await importLinkedin({ file: csv(`${ELAINE}Jefferson Bank,Loan Officer,05 Mar 2024\n${SAM}Ortiz & Co,,12 Jan 2023\n`) }, ctx);
    expect([summary.updated, summary.jobChanges]).toEqual([2, []]);
    expect(ctx.db().prepare("SELECT company, title FROM contacts ORDER BY name").all()).toEqual([
      { company: "Jefferson Bank", title: "Loan Officer" },
      { company: "Ortiz & Co", title: null },
    ]);
  });

  it("names three who changed jobs and counts the rest", async () => {
    const ctx = testCtx({ today: "2026-12-01" });
    const people = (company: string) => Array.from({ length: 5 }, (_, i) => `P${i},Person,https://www.linkedin.com/in/p-${i},,${company},,05 Mar 2024\n`).join("");
    await importLinkedin({ file: csv(people("Acme")) }, ctx);
    const summary = await importLinkedin({ file: csv(people("Globex")) }, ctx);
    expect(renderImport("c.csv", summary).split("\n")[1]).toBe("5 changed jobs: P0 Person (Acme → Globex), P1 Person (Acme → Globex), P2 Person (Acme → Globex), and 2 more.");
  });

  it("undo takes the import back: the old job, and no history", async () => {
    const ctx = testCtx({ today: "2026-12-01" });
    await importLinkedin({ file: csv(`${ELAINE}Jefferson Bank,Loan Officer,05 Mar 2024\n`) }, ctx);
    const before = snapshot(ctx.db());
    await importLinkedin({ file: csv(`${ELAINE}Numerica,VP Lending,05 Mar 2024\n`) }, ctx);
    await undo(ctx);
    expect(snapshot(ctx.db())).toEqual(before);
    expect(ctx.db().prepare("SELECT count(*) FROM contact_roles").pluck().get()).toBe(0);
  });

  it("records nothing when the file has a bad row", async () => {
    const ctx = testCtx({ today: "2026-12-01" });
    await importLinkedin({ file: csv(`${ELAINE}Jefferson Bank,Loan Officer,05 Mar 2024\n`) }, ctx);
    const before = snapshot(ctx.db());
    await expect(importLinkedin({ file: csv(`${ELAINE}Numerica,VP Lending,05 Mar 2024\nBo,Chu,,,,,someday\n`) }, ctx)).rejects.toMatchObject({
      message: expect.stringContaining("line 3: 'someday' is not a date like 05 Mar 2024; nothing was imported"),
    });
    expect(snapshot(ctx.db())).toEqual(before);
  });
});
