// Cron and a person can start netlog at the same moment, on a database neither has created yet.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: "/usr/bin:/bin", TZ: "America/Los_Angeles" }, cwd: tempDir(), stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe("first use by several processes at once", () => {
  it("creates and migrates the database once, and every command succeeds", async () => {
    for (let trial = 0; trial < 4; trial++) {
      const db = join(tempDir(), "netlog.db");
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => run(["--db", db, "--today", "2026-11-25", "contact", "add", `Person ${i}`])));
      expect(results).toEqual(Array.from({ length: 12 }, () => ({ code: 0, stderr: "" })));
      // Read back in-process: only the writers need to be processes of their own.
      const names = JSON.parse((await netlogInProcess(["--db", db, "contact", "list", "--json"], {})).stdout).map((c: { name: string }) => c.name);
      expect(names).toEqual(Array.from({ length: 12 }, (_, i) => `Person ${i}`).sort());
    }
  });
});

// Cron's `netlog due` and a person's `netlog add` overlap every morning: writers must wait for
// each other (busy timeout, WAL) rather than fail, and readers must never make a writer fail.
describe("writers and readers at the same time", () => {
  const WRITERS = 4;
  const ADDS_PER_WRITER = 15;
  const READERS = 2;

  it(`${WRITERS} processes × ${ADDS_PER_WRITER} adds while ${READERS} processes loop netlog due: every add succeeds and every note is stored once`, {
    timeout: 60_000,
  }, async () => {
    const { default: BetterSqlite3 } = await import("better-sqlite3");
    const db = join(tempDir(), "netlog.db");
    const today = ["--db", db, "--today", "2026-11-25"];
    for (let k = 0; k < WRITERS; k++) {
      expect(await netlogInProcess([...today, "contact", "add", `Person ${k}`, "--every", "weekly"], {})).toMatchObject({ code: 0, stderr: "" });
    }
    const note = (k: number, i: number) => `writer ${k}, add ${i}: « ${"x".repeat(i)} » ✓`;

    let writing = true;
    const readerRuns: Array<{ code: number | null; stderr: string }> = [];
    const reader = async () => {
      // Everyone is due in June 2027, so each run reads every contact and its last conversation.
      while (writing) readerRuns.push(await run([...today, "due", "--on", "2027-06-01", "--limit", "0", "--json"]));
    };
    const writer = async (k: number) => {
      const results = [];
      for (let i = 0; i < ADDS_PER_WRITER; i++) results.push(await run([...today, "add", `Person ${k}`, "--via", "phone", "--note", note(k, i)]));
      return results;
    };
    const started = Date.now();
    const readers = Array.from({ length: READERS }, reader);
    const writes = await Promise.all(Array.from({ length: WRITERS }, (_, k) => writer(k)));
    writing = false;
    await Promise.all(readers);
    console.log(
      `concurrency: ${WRITERS} writers × ${ADDS_PER_WRITER} adds alongside ${readerRuns.length} netlog due runs by ${READERS} readers, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    expect(writes.flat()).toEqual(Array.from({ length: WRITERS * ADDS_PER_WRITER }, () => ({ code: 0, stderr: "" })));
    expect(readerRuns.length).toBeGreaterThanOrEqual(READERS);
    expect(readerRuns.filter((r) => r.code !== 0 || r.stderr !== "")).toEqual([]);

    const raw = new BetterSqlite3(db, { readonly: true });
    try {
      const stored = raw.prepare("SELECT note, count(*) AS n FROM conversations GROUP BY note ORDER BY note").all();
      const expected = Array.from({ length: WRITERS }, (_, k) => Array.from({ length: ADDS_PER_WRITER }, (_, i) => ({ note: note(k, i), n: 1 }))).flat();
      expect(stored).toEqual(expected.sort((a, b) => (a.note < b.note ? -1 : a.note > b.note ? 1 : 0)));
      // Each note went to the contact its writer named.
      const misfiled = raw
        .prepare("SELECT count(*) AS n FROM conversations i JOIN contacts c ON c.id = i.contact_id WHERE i.note NOT LIKE 'writer ' || substr(c.name, 8) || ',%'")
        .get() as { n: number };
      expect(misfiled.n).toBe(0);
    } finally {
      raw.close();
    }
  });
});
