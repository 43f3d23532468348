// A command that reads every contact or conversation and writes each out as it goes asks the
// process to keep its heap small (main.ts tunes V8 then; the bench measures what that saves).
// The others leave the runtime as it is: a short command's young generation may grow.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";

const TODAY = "2026-11-25";

async function asked(dbPath: string, args: readonly string[]): Promise<number> {
  let calls = 0;
  const run = await netlogInProcess(["--db", dbPath, "--today", TODAY, ...args], {}, { keepHeapSmall: () => calls++ });
  expect([run.code, run.stderr]).toEqual([0, ""]);
  return calls;
}

describe("reading everything", () => {
  it("is what the log, the lists, the exports and a search for every match say they do, once; the others do not", async () => {
    const db = join(tempDir(), "netlog.db");
    for (const args of [
      ["contact", "add", "Elaine Longmire", "--every", "30d"],
      ["add", "Elaine Longmire", "--via", "phone", "--note", "talked about the deck"],
    ]) {
      expect(await asked(db, args)).toBe(0);
    }
    const everything = [
      ["log"],
      ["log", "--json"],
      ["contact", "list"],
      ["contact", "list", "--json"],
      ["export", "json"],
      ["export", "csv"],
      ["export", "vcard"],
      ["export", "ics"],
      ["search", "deck", "--limit", "0"],
    ];
    const some = [["due"], ["due", "--json"], ["log", "--limit", "5"], ["search", "deck"], ["contact", "show", "Elaine Longmire"]];
    const out = join(tempDir(), "contacts.csv");
    expect(await asked(db, ["export", "csv", "--out", out])).toBe(1);
    for (const args of everything) expect([args, await asked(db, args)]).toEqual([args, 1]);
    for (const args of some) expect([args, await asked(db, args)]).toEqual([args, 0]);
  });
});
