// The job history a re-imported Connections.csv leaves, as contact show tells it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contactShow } from "../../src/commands/contact-show.js";
import { importLinkedin } from "../../src/commands/import-linkedin.js";
import { renderProfile } from "../../src/render/contact.js";
import { profileJson } from "../../src/render/json.js";
import { tempDir, testCtx } from "../helpers/ctx.js";

const HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
const ELAINE = "Elaine,Longmire,https://www.linkedin.com/in/elaine-longmire,,";

function csv(rows: string): string {
  const path = join(tempDir(), "Connections.csv");
  writeFileSync(path, HEADER + rows);
  return path;
}

const on = (today: string, dbPath?: string) => testCtx({ today, dbPath });

async function jobLines(ctx: ReturnType<typeof testCtx>, today: string): Promise<string[]> {
  const lines = renderProfile(await contactShow({ name: "elaine" }, ctx), ctx.style, today).split("\n");
  const at = lines.findIndex((l) => l.startsWith("  Jobs"));
  if (at === -1) return [];
  const end = lines.findIndex((l, i) => i > at && !l.startsWith(" ".repeat(12)));
  return lines.slice(at, end);
}

describe("contact show: Jobs", () => {
  it("shows no Jobs row for a contact whose job netlog never saw change", async () => {
    const ctx = on("2026-12-01");
    await importLinkedin({ file: csv(`${ELAINE}Jefferson Bank,Loan Officer,05 Mar 2024\n`) }, ctx);
    expect(await jobLines(ctx, "2026-12-01")).toEqual([]);
    expect(profileJson(await contactShow({ name: "elaine" }, ctx)).jobs).toEqual([]);
  });

  it("lists each change newest first, with the day netlog noticed it, and --json the same", async () => {
    const first = on("2025-06-01");
    await importLinkedin({ file: csv(`${ELAINE}Jefferson Bank,Loan Officer,05 Mar 2024\n`) }, first);
    await importLinkedin({ file: csv(`${ELAINE}Jefferson Bank,Branch Manager,05 Mar 2024\n`) }, on("2025-09-14", first.dbPath));
    const ctx = on("2026-12-01", first.dbPath);
    await importLinkedin({ file: csv(`${ELAINE}Numerica,,05 Mar 2024\n`) }, ctx);
    expect(await jobLines(ctx, "2026-12-01")).toEqual([
      "  Jobs      Branch Manager, Jefferson Bank → Numerica (noticed 1 Dec)",
      "            Loan Officer, Jefferson Bank → Branch Manager, Jefferson Bank (noticed 14 Sep 2025)",
    ]);
    expect(profileJson(await contactShow({ name: "elaine" }, ctx)).jobs).toEqual([
      { company: "Numerica", title: null, previous_company: "Jefferson Bank", previous_title: "Branch Manager", noticed_on: "2026-12-01" },
      { company: "Jefferson Bank", title: "Branch Manager", previous_company: "Jefferson Bank", previous_title: "Loan Officer", noticed_on: "2025-09-14" },
    ]);
  });

  it("shows a company's text through the neutraliser", async () => {
    const first = on("2026-11-01");
    await importLinkedin({ file: csv(`${ELAINE}Jefferson Bank,Loan Officer,05 Mar 2024\n`) }, first);
    const ctx = on("2026-12-01", first.dbPath);
    await importLinkedin({ file: csv(`${ELAINE}"Numerica\u001b[31m",VP,05 Mar 2024\n`) }, ctx);
    expect(await jobLines(ctx, "2026-12-01")).toEqual(["  Jobs      Loan Officer, Jefferson Bank → VP, Numerica␛[31m (noticed 1 Dec)"]);
  });
});
