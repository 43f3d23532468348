// `npm run bench -- --small` must keep working; its timings are reported, never asserted.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect } from "vitest";
import { tempDir } from "../helpers/ctx.js";
import { needs } from "../helpers/needs.js";

const SCRIPT = fileURLToPath(new URL("../../scripts/bench.mjs", import.meta.url));

describe("npm run bench -- --small", () => {
  needs("gnu-time").it(
    "seeds a database, tracks everyone in a copy, times every command on both next to node -e 0, and writes the tables and the JSON",
    { timeout: 120_000 },
    () => {
      const out = join(tempDir(), "bench.json");
      const run = spawnSync(process.execPath, [SCRIPT, "--small", "--runs", "1", "--out", out], { cwd: tempDir(), encoding: "utf8", timeout: 110_000 });
      expect([run.status, run.stderr]).toEqual([
        0,
        expect.stringMatching(/^seeded 600 contacts, 6000 conversations in \d+\.\d s\ntracked 450 more \(all 600\) in \d+\.\d s; imported 600 more, tracked, in \d+\.\d s\n$/),
      ]);
      const report = JSON.parse(readFileSync(out, "utf8"));
      const onEither = [
        "node -e 0",
        "floor: node + better-sqlite3, open, one query",
        "floor: node + better-sqlite3, one durable write",
        "floor: netlog --version",
        "floor: netlog due (empty database)",
        "netlog due",
        "netlog due --json",
        "netlog add",
        "netlog contact show (busiest)",
        "netlog __complete con (a command word)",
        "floor: netlog __complete contact show Zzq (no name)",
        "netlog __complete contact show Ela",
        "netlog __complete contact show José",
        "netlog log | head -1",
        "netlog log > file",
        "netlog contact list --json > file",
        "netlog export json --out file",
        "netlog export csv --out file",
        "netlog export vcard --out file",
        "netlog search deck",
      ];
      const names = (results: { command: string }[]) => results.map((r) => r.command);
      expect(names(report.results)).toEqual([...onEither, "netlog import linkedin (600 rows)"]);
      expect(names(report.all_tracked.results)).toEqual(onEither.toSpliced(onEither.indexOf("netlog due") + 1, 0, "netlog due (1200 tracked)"));
      const dueAt = names(report.all_tracked.results).indexOf("netlog due");
      const [due, doubled] = [report.all_tracked.results[dueAt]!, report.all_tracked.results[dueAt + 1]!];
      expect(report.all_tracked.due_2x_tracked_ratio).toBe(Math.round((doubled.median_ms / due.median_ms) * 100) / 100);
      for (const results of [report.results, report.all_tracked.results]) {
        expect(results[0].ratio_to_node).toBe(1);
        for (const r of results) {
          expect(r.median_ms).toBeGreaterThan(0);
          expect(r.peak_mib).toBeGreaterThan(1);
          expect(run.stdout).toContain(`| ${r.command.replaceAll("|", "\\|")} | ${r.median_ms.toFixed(0)} ms | ${r.ratio_to_node.toFixed(2)}× | ${r.peak_mib.toFixed(0)} MiB |`);
        }
      }
      expect(run.stdout).toContain(`\`netlog due\` at 1200 tracked contacts ÷ at 600: ${report.all_tracked.due_2x_tracked_ratio.toFixed(2)}×`);
    },
  );
});

describe("npm run bench -- --mail", () => {
  needs("gnu-time").it("writes an mbox, times import mail on it and again, and writes the table and the JSON", { timeout: 60_000 }, () => {
    const out = join(tempDir(), "bench.json");
    const run = spawnSync(process.execPath, [SCRIPT, "--mail", "--mail-messages", "300", "--out", out], { cwd: tempDir(), encoding: "utf8", timeout: 50_000 });
    expect([run.status, run.stderr]).toEqual([0, expect.stringMatching(/^wrote 300 messages, 0\.01 GiB, in \d+\.\d s\n$/)]);
    const report = JSON.parse(readFileSync(out, "utf8"));
    expect(report.mail.results.map((r: { command: string }) => r.command)).toEqual(["netlog import mail (300 messages, 0.01 GiB)", "netlog import mail, the same file again"]);
    for (const r of report.mail.results) {
      expect(r.peak_mib).toBeGreaterThan(1);
      expect(run.stdout).toContain(`| ${r.command} | ${(r.median_ms / 1000).toFixed(1)} s | ${r.peak_mib.toFixed(0)} MiB |`);
    }
    expect(run.stdout).toContain('"messages": 300');
  });
});
