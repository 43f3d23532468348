// A long output asks the process to keep its heap small (main.ts tunes V8 then; the bench
// measures what that saves): to stdout once its first two blocks are written, to --out FILE
// before it is written. A short one, which `log | head -1` reads, leaves the runtime as it is.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seed } from "../../bench/seed.js";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";

const TODAY = "2026-11-25";

async function asked(dbPath: string, args: readonly string[]): Promise<{ calls: number; bytes: number }> {
  let calls = 0;
  const run = await netlogInProcess(["--db", dbPath, "--today", TODAY, ...args], {}, { keepHeapSmall: () => calls++ });
  expect([run.code, run.stderr]).toEqual([0, ""]);
  return { calls, bytes: run.stdout.length };
}

describe("keeping the heap small", () => {
  it("is asked once by a long log, list or export, to stdout or to a file, and by a search for every match", async () => {
    const db = join(tempDir(), "netlog.db");
    seed(db, { contacts: 1500, conversations: 3000, today: TODAY });
    const long = [["log"], ["log", "--json"], ["contact", "list"], ["contact", "list", "--json"], ["export", "json"], ["export", "csv"], ["export", "vcard"]];
    for (const args of long) {
      const { calls, bytes } = await asked(db, args);
      expect([args, calls, bytes > 12 * 1024]).toEqual([args, 1, true]);
    }
    for (const format of ["json", "csv", "vcard"]) {
      expect(await asked(db, ["export", format, "--out", join(tempDir(), `export.${format}`)])).toEqual({ calls: 1, bytes: 0 });
    }
    // Every match is ranked before the first is printed: asked before, and once.
    expect((await asked(db, ["search", "deck", "--limit", "0"])).calls).toBe(1);
  });

  it("is not asked by a short output, nor by a command that builds its text whole", async () => {
    const db = join(tempDir(), "netlog.db");
    seed(db, { contacts: 1500, conversations: 3000, today: TODAY });
    for (const args of [["due"], ["due", "--json"], ["log", "--limit", "5"], ["contact", "list", "--tag", "close"], ["export", "ics"], ["search", "deck"]]) {
      expect([args, (await asked(db, args)).calls]).toEqual([args, 0]);
    }
    const small = join(tempDir(), "netlog.db");
    await asked(small, ["contact", "add", "Elaine Longmire", "--every", "30d"]);
    await asked(small, ["add", "Elaine Longmire", "--via", "phone", "--note", "talked about her move"]);
    for (const args of [["log"], ["contact", "list", "--json"], ["export", "json"]]) expect([args, (await asked(small, args)).calls]).toEqual([args, 0]);
  });
});
