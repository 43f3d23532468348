import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";

async function withElaine() {
  const env = { NETLOG_DB: join(tempDir(), "netlog.db"), TZ: "America/Los_Angeles", HOME: tempDir() };
  await netlogInProcess(["--today", "2026-09-01", "contact", "add", "Elaine Longmire", "--company", "Jefferson Bank", "--tag", "spokane"], env);
  await netlogInProcess(["--today", "2026-09-10", "add", "elaine", "--via", "phone", "--note", "talked about the Spokane branch"], env);
  return env;
}

describe("netlog search", async () => {
  it("prints the matches, plain on a pipe, and exits 0", async () => {
    expect(await netlogInProcess(["--today", "2026-11-25", "search", "bank", "spok"], await withElaine())).toEqual({
      code: 0,
      stdout: "1 contact matches 'bank spok':\n  Elaine Longmire (Jefferson Bank)\n    tags: spokane\n    10 Sep, phone: talked about the Spokane branch\n",
      stderr: "",
    });
  });

  it("exits 1 when nothing matches, like grep, with an empty JSON list for programs", async () => {
    const env = await withElaine();
    const stderr =
      "error: nothing matches 'zebra'\nhint: search finds whole words, and the start of the last one, in names, companies, titles, places, tags, notes, emails, phones (as written: 509 555 0100) and links; try fewer words\n";
    expect(await netlogInProcess(["search", "zebra"], env)).toEqual({ code: 1, stdout: "", stderr });
    expect(await netlogInProcess(["search", "zebra", "--json"], env)).toEqual({ code: 1, stdout: '{\n  "query": "zebra",\n  "total": 0,\n  "results": []\n}\n', stderr });
  });

  it.each([
    [["search", '"'], "error: nothing to search for in '\"'\nhint: give a word: a name, a company, a tag or a word from a note, e.g. netlog search spokane\n"],
    [["search", "bank", "--limit", "many"], "error: --limit: 'many' is not a number of contacts\nhint: use a whole number, or 0 for every match\n"],
    [["search"], "error: missing required argument 'text'\nhint: see 'netlog search --help'\n"],
  ])("netlog %j exits 2 with one error line and a hint", async (args, stderr) => {
    expect(await netlogInProcess(args, await withElaine())).toEqual({ code: 2, stdout: "", stderr });
  });
});
