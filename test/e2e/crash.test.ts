// A laptop lid closed, the OOM killer, a `kill -9` halfway through `netlog import linkedin`: an
// import is all or nothing, so a killed import leaves the database as it was, never half-imported.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { BIN, netlog } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";

const ROWS = 5000; // enough that most of a run is the import itself, not starting up
const TRIALS = 20;
const TODAY = ["--today", "2026-11-25"];

/** LinkedIn's Connections.csv as exported (BOM, "Notes:" preamble, blank line, header), ROWS people. */
function connectionsCsv(path: string): void {
  const lines = [
    "\uFEFFNotes:",
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
    "",
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  ];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  for (let i = 0; i < ROWS; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    lines.push(
      `Ada${i},Lovelace-${i},https://www.linkedin.com/in/ada-${i},${i % 3 === 0 ? `ada${i}@example.com` : ""},"Company ${i % 97}, Inc.",Engineer ${i % 13},${day} ${months[i % 12]} ${2015 + (i % 10)}`,
    );
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}

/** mulberry32: a small seeded generator, so every run kills at the same moments. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Starts netlog and, if killAfterMs is given, SIGKILLs it that long after the spawn. */
function runImport(db: string, csv: string, killAfterMs?: number): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, "--db", db, ...TODAY, "import", "linkedin", csv, "--every", "90d"], {
      env: { PATH: "/usr/bin:/bin", TZ: "America/Los_Angeles" },
      cwd: tempDir(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const kill = killAfterMs === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    const limit = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(kill);
      clearTimeout(limit);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started });
    });
  });
}

function inspect(db: string): { integrity: unknown; contacts: number; preExisting: unknown } {
  const raw = new BetterSqlite3(db, { readonly: true });
  try {
    return {
      integrity: raw.pragma("integrity_check"),
      contacts: (raw.prepare("SELECT count(*) AS n FROM contacts").get() as { n: number }).n,
      preExisting: raw.prepare("SELECT * FROM contacts WHERE name = 'Grace Hopper'").all(),
    };
  } finally {
    raw.close();
  }
}

describe("netlog import linkedin killed with SIGKILL", () => {
  it(`leaves, over ${TRIALS} kills spread over the import, either the database as it was or the whole file imported`, { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const csv = join(dir, "Connections.csv");
    connectionsCsv(csv);
    const template = join(dir, "template.db");
    expect(netlog(["--db", template, ...TODAY, "contact", "add", "Grace Hopper", "--company", "Navy"], {})).toMatchObject({ code: 0, stderr: "" });
    expect(existsSync(`${template}-wal`)).toBe(false);
    const before = inspect(template);
    expect(before.contacts).toBe(1);

    // One import left alone: how long it takes, and that it imports every row.
    const whole = join(dir, "whole.db");
    copyFileSync(template, whole);
    const full = await runImport(whole, csv);
    expect([full.code, full.stderr, full.stdout.split("\n")[0]]).toEqual([0, "", `Imported ${csv}: ${ROWS} created, 0 updated, 0 unchanged, 0 skipped.`]);
    expect(inspect(whole)).toEqual({ integrity: [{ integrity_check: "ok" }], contacts: 1 + ROWS, preExisting: before.preExisting });

    const random = seeded(20261125);
    const outcomes = { before: 0, mid: 0, committed: 0, finished: 0 };
    let killedMidImport: string | undefined;
    for (let trial = 0; trial < TRIALS; trial++) {
      const db = join(dir, `trial-${trial}.db`);
      copyFileSync(template, db);
      // From the spawn to the measured end (a warm run is a little quicker), so some kills land
      // before the database is opened, most inside the import's transaction, some after it.
      const delay = Math.round(random() * full.ms);
      const ended = await runImport(db, csv, delay);
      // The WAL is created when netlog opens the database and removed when it closes it; look
      // before opening the file here, which would create it.
      const walLeft = existsSync(`${db}-wal`);
      const after = inspect(db);
      const context = `trial ${trial}, killed after ${delay} ms of ${Math.round(full.ms)} ms`;
      expect(after.integrity, context).toEqual([{ integrity_check: "ok" }]);
      expect([1, 1 + ROWS], context).toContain(after.contacts);
      expect(after.preExisting, context).toEqual(before.preExisting);
      if (ended.signal !== "SIGKILL") {
        expect([ended.code, ended.stderr, after.contacts], context).toEqual([0, "", 1 + ROWS]);
        outcomes.finished++;
      } else if (after.contacts === 1 + ROWS) {
        outcomes.committed++;
      } else if (walLeft) {
        outcomes.mid++;
        killedMidImport ??= db;
      } else {
        outcomes.before++;
      }
    }
    console.log(
      `crash: ${TRIALS} kills over a ${Math.round(full.ms)} ms import of ${ROWS} rows: ${outcomes.mid} mid-import (database open, nothing committed), ` +
        `${outcomes.before} before the database was opened, ${outcomes.committed} after the commit, ${outcomes.finished} after netlog had exited; all whole`,
    );
    // Without kills inside the transaction this test would prove nothing.
    expect(outcomes.mid).toBeGreaterThan(0);

    // A database whose import was killed midway takes the same import again, completely.
    const again = await runImport(killedMidImport!, csv);
    expect([again.code, again.stderr, again.stdout.split("\n")[0]]).toEqual([0, "", `Imported ${csv}: ${ROWS} created, 0 updated, 0 unchanged, 0 skipped.`]);
    expect(inspect(killedMidImport!)).toEqual({ integrity: [{ integrity_check: "ok" }], contacts: 1 + ROWS, preExisting: before.preExisting });
  });
});
