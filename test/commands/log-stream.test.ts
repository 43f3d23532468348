// `netlog log` writes its conversations as it reads them, sizing its columns from what the
// indexes give (the largest id, each month's last day, each contact's name once): the text and
// the JSON must be what a list read whole prints, whatever the filter.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seed } from "../../bench/seed.js";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { log, type LogOptions, logStream } from "../../src/commands/log.js";
import { toJsonText } from "../../src/render/json.js";
import { logJson, logLines, renderLog } from "../../src/render/log.js";
import BetterSqlite3 from "better-sqlite3";
import { tempDir, testCtx } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";
import { main } from "../../src/main.js";
import type { Io } from "../../src/io.js";

const TODAY = "2026-11-25";

/** A list read whole, as renderLog and logJson print it. */
async function readWhole(dbPath: string, options: LogOptions) {
  const ctx = testCtx({ today: TODAY, dbPath });
  const report = await log(options, ctx);
  return { text: renderLog(report, ctx.style, TODAY, false), json: toJsonText(logJson(report)) };
}

function cli(dbPath: string, args: readonly string[]) {
  return netlogInProcess(["--db", dbPath, "--today", TODAY, "log", ...args], {});
}

/** Ten years of conversations, ids of 1 to 4 digits, names of every length: well over one 64 KiB block. */
function seeded(conversations = 3000) {
  const dbPath = join(tempDir(), "netlog.db");
  seed(dbPath, { contacts: 300, conversations, today: TODAY });
  return dbPath;
}

describe("netlog log, written as it is read", () => {
  // #7 has conversations on every channel.
  it.each<[string, string[], LogOptions]>([
    ["everyone's", [], {}],
    ["one channel's", ["--via", "phone"], { via: "phone" }],
    ["since a date", ["--since", "2025-12-05"], { since: "2025-12-05" }],
    ["one contact's", ["#7"], { name: "#7" }],
    ["one contact's on one channel", ["#7", "--via", "email"], { name: "#7", via: "email" }],
    ["cut by --limit", ["--limit", "7"], { limit: "7" }],
  ])("prints %s conversations exactly as a list read whole, as text and as JSON", async (_, args, options) => {
    const dbPath = seeded();
    const whole = await readWhole(dbPath, options);
    expect(whole.text.split("\n").length).toBeGreaterThan(options.limit ? 7 : 3);
    expect(await cli(dbPath, args)).toEqual({ code: 0, stderr: "", stdout: whole.text });
    const json = await readWhole(dbPath, { ...options, json: true });
    expect(await cli(dbPath, [...args, "--json"])).toEqual({ code: 0, stderr: "", stdout: json.json });
  });

  it("prints nothing for no match, and [] as JSON", async () => {
    const dbPath = seeded();
    expect(await cli(dbPath, ["--since", TODAY, "--via", "event"])).toEqual({ code: 0, stderr: "", stdout: "" });
    expect(await cli(dbPath, ["--since", TODAY, "--via", "event", "--json"])).toEqual({ code: 0, stderr: "", stdout: "[]\n" });
  });
});

describe("netlog log's columns, sized without reading every row first", () => {
  it("are as wide as the widest value among the matches only: a long name, a two-digit day, another year", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Bartholomew Featherstonehaugh-Smythe" }, ctx);
    await contactAdd({ name: "Sam Ortiz" }, ctx);
    await add({ name: "Bartholomew", via: "phone", date: "2025-12-14", note: "a long call" }, ctx);
    await add({ name: "Sam", via: "email", date: "2026-11-02", note: "sent the deck" }, ctx);
    for (let day = 1; day <= 9; day++) await add({ name: "Sam", via: "email", date: `2026-10-0${day}` }, ctx);
    // By email only: single-digit days of this year, and Sam's the only name.
    expect((await cli(ctx.dbPath, ["--via", "email"])).stdout.split("\n").slice(0, 2)).toEqual([
      " 2  2 Nov  → email     Sam Ortiz  sent the deck",
      "11  9 Oct  → email     Sam Ortiz  —",
    ]);
    // Everyone: a date of last year with a two-digit day, and a name shortened to a word.
    expect((await cli(ctx.dbPath, [])).stdout.split("\n").slice(-3)).toEqual([
      " 3        1 Oct  → email     Sam Ortiz     —",
      " 1  14 Dec 2025  ↔ phone     Bartholomew…  a long call",
      "",
    ]);
    for (const args of [["--via", "email"], [], ["sam"], ["--since", "2026-10-05"]]) {
      const options = { via: args[0] === "--via" ? args[1] : undefined, since: args[0] === "--since" ? args[1] : undefined, name: args[0] === "sam" ? "sam" : undefined };
      expect((await cli(ctx.dbPath, args)).stdout).toBe((await readWhole(ctx.dbPath, options)).text);
    }
  });
});

describe("netlog log's names' column", () => {
  it("reads the names exactly as wide as it can be first, and is as wide as the names shown: a 20-character name only when it is among them", async () => {
    const ctx = testCtx({ today: TODAY });
    // 20 characters each: one logged by phone, one whose double space shows as one (19 columns), one never logged.
    for (const name of ["Maximilian Rodriguez", "Christopher  Andrews", "Unlogged Person Xyzw", "Jo Li"]) await contactAdd({ name }, ctx);
    await add({ name: "Maximilian", via: "phone", date: "2026-11-20" }, ctx);
    await add({ name: "Christopher", via: "email", date: "2026-11-21" }, ctx);
    await add({ name: "Jo Li", via: "email", date: "2026-11-22" }, ctx);
    const shown = async (args: string[]) => (await cli(ctx.dbPath, args)).stdout.split("\n")[0];
    expect(await shown(["--via", "email"])).toBe("3  22 Nov  → email     Jo Li                —");
    expect(await shown(["--via", "phone"])).toBe("1  20 Nov  ↔ phone     Maximilian Rodriguez  —");
    expect(await shown([])).toBe("3  22 Nov  → email     Jo Li                 —");
    for (const options of [{ via: "email" }, { via: "phone" }, {}] as LogOptions[]) {
      const args = options.via ? ["--via", options.via] : [];
      expect((await cli(ctx.dbPath, args)).stdout).toBe((await readWhole(ctx.dbPath, options)).text);
    }
  });
});

describe("netlog log, when the reader goes", () => {
  it("writes no further block once a write finds the reader gone, and exits 0 quietly", async () => {
    const dbPath = seeded(10_000);
    const writes: string[] = [];
    let stderr = "";
    const io: Io = {
      stdin: { isTTY: false },
      // `| head -1`: the first block is taken, then the pipe is closed.
      stdout: { isTTY: false, columns: undefined, write: async (text) => (writes.push(text) > 1 ? "closed" : undefined) },
      stderr: { isTTY: false, write: (text) => void (stderr += text) },
      env: { PATH: "/usr/bin:/bin" },
      now: () => new Date(`${TODAY}T12:00:00Z`),
      colorLevel: 0,
    };
    for (const args of [[], ["--json"]]) {
      writes.length = 0;
      expect(await main(["--db", dbPath, "--today", TODAY, "log", ...args], io)).toBe(0);
      const whole = await readWhole(dbPath, { json: args.length > 0 });
      expect(writes.length).toBe(2);
      expect((args.length ? whole.json : whole.text).startsWith(writes.join(""))).toBe(true);
      expect(writes.join("").length).toBeLessThan((args.length ? whole.json : whole.text).length / 4);
    }
    expect(stderr).toBe("");
  });
});

describe("netlog log's columns and rows", () => {
  it("read months for the dates' column only until one is as wide as a date is written: a day of two digits, another year", async () => {
    const dbPath = seeded();
    const whole = await readWhole(dbPath, {});
    const ctx = testCtx({ today: TODAY, dbPath });
    const report = await logStream({}, ctx);
    const months: string[] = [];
    const dates = report.columns.dates;
    report.columns.dates = (function* () {
      for (const day of dates) yield months[months.push(day) - 1]!;
    })();
    expect([...logLines(report, ctx.style, TODAY, false)].join("")).toBe(whole.text);
    // January to November of this year, then last December: `31 Dec 2025`, as wide as any.
    expect(months.slice(-2).map((d) => d.slice(0, 7))).toEqual(["2026-01", "2025-12"]);
    expect(months.length).toBe(12);
  });

  it("are read from one state of the database: a conversation logged meanwhile by another process is not half in the list", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Sam Ortiz" }, ctx);
    for (let day = 1; day <= 9; day++) await add({ name: "Sam", via: "email", date: `2026-10-0${day}` }, ctx);
    const before = renderLog(await log({}, ctx), ctx.style, TODAY, false);
    const report = await logStream({}, ctx);
    // Meanwhile another process renames a contact and logs a conversation with a wider id.
    const other = new BetterSqlite3(ctx.dbPath);
    other.prepare("UPDATE contacts SET name = 'Bartholomew Featherstonehaugh' WHERE id = 1").run();
    other.close();
    const another = testCtx({ today: TODAY, dbPath: ctx.dbPath });
    await contactAdd({ name: "Ann Bell" }, another);
    await add({ name: "Ann", via: "phone", date: "2026-11-20" }, another);
    another.db().close();
    expect([...logLines(report, ctx.style, TODAY, false)].join("")).toBe(before);
  });
});
