// `netlog search --limit 0` writes its results a page at a time: the text and the JSON must be
// what a search read whole prints.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seed } from "../../bench/seed.js";
import { search, searchItems } from "../../src/commands/search.js";
import { toJsonText } from "../../src/render/json.js";
import { renderSearch, searchJson } from "../../src/render/search.js";
import { tempDir, testCtx } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";

const TODAY = "2026-11-25";

describe("netlog search, written as it is read", () => {
  it.each([
    ["note", "0"],
    ["deck", "0"],
    ["deck", "7"],
    ["wei", undefined],
  ])("prints '%s' (--limit %s) exactly as a search read whole, as text and as JSON", async (text, limit) => {
    // Every conversation's note holds "note": hundreds of results.
    const dbPath = join(tempDir(), "netlog.db");
    seed(dbPath, { contacts: 3000, conversations: 4000, today: TODAY });
    const ctx = testCtx({ today: TODAY, dbPath });
    const report = await search({ text, limit }, ctx);
    expect(report.results.length).toBeGreaterThan(limit === "0" && text === "note" ? 500 : 5);
    const args = ["--db", dbPath, "--today", TODAY, "search", text, ...(limit === undefined ? [] : ["--limit", limit])];
    expect(await netlogInProcess(args, {})).toEqual({ code: 0, stderr: "", stdout: renderSearch(report, ctx.style, TODAY) });
    expect(await netlogInProcess([...args, "--json"], {})).toEqual({ code: 0, stderr: "", stdout: toJsonText(searchJson(report)) });
  });
});

describe("netlog search's pages", () => {
  it("give the results of a search read at once, in its order, whatever their size", async () => {
    const dbPath = join(tempDir(), "netlog.db");
    seed(dbPath, { contacts: 3000, conversations: 4000, today: TODAY });
    const ctx = testCtx({ today: TODAY, dbPath });
    const whole = await search({ text: "note", limit: "0" }, ctx);
    expect(whole.results.length).toBeGreaterThan(500);
    for (const size of [1, 100, 499]) {
      const { results, ...report } = await searchItems({ text: "note", limit: "0" }, ctx, size);
      expect({ ...report, results: [...results] }).toEqual({ ...whole, shown: whole.results.length });
    }
  });
});
