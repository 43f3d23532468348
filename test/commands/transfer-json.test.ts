// `--json` on every import and export, through the real command table: a script learns what an
// import did, or what an export wrote, without reading sentences.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { snapshot, tempDir, testCtx } from "../helpers/ctx.js";
import { runCli } from "../helpers/run-cli.js";

const VCARDS = fileURLToPath(new URL("../fixtures/contacts.vcf", import.meta.url));
const CONNECTIONS = fileURLToPath(new URL("../fixtures/Connections.csv", import.meta.url));
const TODAY = "2026-11-25";

describe("--json on imports", () => {
  it("import vcard prints its summary as JSON, and on a second run says every card is unchanged", async () => {
    const ctx = testCtx({ today: TODAY });
    const first = await runCli(ctx, ["import", "vcard", VCARDS, "--json"]);
    expect([first.error, JSON.parse(first.stdout)]).toEqual([undefined, { created: 2, updated: 0, unchanged: 0, tracked: 0, skipped: [], skipped_properties: [] }]);
    expect(JSON.parse((await runCli(ctx, ["import", "vcard", VCARDS, "--json"])).stdout)).toMatchObject({ created: 0, unchanged: 2 });
  });

  it("import json prints what it added as JSON", async () => {
    const source = testCtx({ today: TODAY });
    await runCli(source, ["import", "linkedin", CONNECTIONS]);
    await runCli(source, ["add", "Elaine Longmire", "--via", "phone"]);
    const file = join(tempDir(), "netlog.json");
    await runCli(source, ["export", "json", "--out", file]);
    const result = await runCli(testCtx({ today: TODAY }), ["import", "json", file, "--json"]);
    expect(result.error).toBeUndefined();
    expect(JSON.parse(result.stdout)).toEqual({ contacts: expect.any(Number), conversations: 1, follow_ups: 0, dismissals: 0 });
    expect(JSON.parse(result.stdout).contacts).toBeGreaterThan(1);
  });

  it("import json without --json still prints its sentence", async () => {
    const source = testCtx({ today: TODAY });
    await runCli(source, ["contact", "add", "Sam Ortiz"]);
    const file = join(tempDir(), "netlog.json");
    await runCli(source, ["export", "json", "--out", file]);
    expect((await runCli(testCtx({ today: TODAY }), ["import", "json", file])).stdout).toBe(
      `Imported ${file}: 1 contacts, 0 conversations, 0 follow-ups added (rows already here by uuid are kept).\n`,
    );
  });
});

describe("--json on exports", () => {
  it("with --out, each export prints what it wrote, and the file holds the export", async () => {
    const ctx = testCtx({ today: TODAY });
    await runCli(ctx, ["import", "vcard", VCARDS]);
    await runCli(ctx, ["contact", "edit", "Elaine Longmire", "--every", "2w"]);
    const folder = tempDir();
    const results = [];
    for (const format of ["json", "csv", "vcard", "ics"]) {
      const out = join(folder, `export.${format}`);
      const result = await runCli(ctx, ["export", format, "--out", out, "--json"]);
      results.push([result.error, JSON.parse(result.stdout), readFileSync(out, "utf8").length > 0]);
    }
    expect(results).toEqual([
      [undefined, { format: "json", out: join(folder, "export.json"), contacts: 2 }, true],
      [undefined, { format: "csv", out: join(folder, "export.csv"), contacts: 2 }, true],
      [undefined, { format: "vcard", out: join(folder, "export.vcard"), contacts: 2 }, true],
      [undefined, { format: "ics", out: join(folder, "export.ics"), events: 1 }, true],
    ]);
  });

  it("refuses --json without --out, where the export itself is the output, and prints nothing", async () => {
    const ctx = testCtx({ today: TODAY });
    await runCli(ctx, ["contact", "add", "Sam Ortiz"]);
    const before = snapshot(ctx.db());
    for (const args of [
      ["export", "csv", "--json"],
      ["export", "vcard", "--out", "-", "--json"],
    ]) {
      const result = await runCli(ctx, args);
      expect([result.stdout, result.error?.message, (result.error as { hint?: string } | undefined)?.hint]).toEqual([
        "",
        "--json describes the file written with --out",
        "add --out FILE, or leave out --json: on stdout the export is the output",
      ]);
    }
    expect(snapshot(ctx.db())).toEqual(before);
  });
});
