// How scripts/bench.mjs times a command: a whole process under GNU time (/usr/bin/time: wall
// milliseconds around it, peak resident memory from the kernel), interleaved with `node -e 0`.
import { spawnSync } from "node:child_process";
import { closeSync, openSync, readFileSync, rmSync, statSync } from "node:fs";

/** A row whose first timed run took longer than this runs at most SLOW_RUNS times: seconds, not startup, are what it measures. */
const SLOW_MS = 2000;
const SLOW_RUNS = 5;

/**
 * One run of a command: `{ name, argv, node?, before?, stdoutFile?, pipeTo?, timeFile? }`.
 * `node`: argv goes to node itself, not to netlog. `stdoutFile`: stdout into a fresh file, as
 * `> file` gives it. `pipeTo`: a shell pipeline, `netlog … | pipeTo`, timed whole; the memory is
 * netlog's (GNU time writes it to `timeFile`, apart from netlog's own stderr).
 * `before` runs first and is not timed; nor are the removal and opening of stdoutFile.
 */
export function runOnce(command, { bin, env }) {
  command.before?.();
  const argv = command.node ? [process.execPath, ...command.argv] : [process.execPath, bin, ...command.argv];
  if (command.pipeTo) return runPipeline(command, argv, env);
  let fd = "pipe";
  if (command.stdoutFile) {
    rmSync(command.stdoutFile, { force: true });
    fd = openSync(command.stdoutFile, "w");
  }
  try {
    const start = process.hrtime.bigint();
    const result = spawnSync("/usr/bin/time", ["-f", "peak-kb %M", ...argv], { encoding: "utf8", env, stdio: ["ignore", fd, "pipe"], maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${command.name} failed (${result.status}): ${result.stderr}`);
    return { ms, kb: peakKb(result.stderr), stdout: result.stdout ?? "" };
  } finally {
    if (typeof fd === "number") closeSync(fd);
  }
}

function runPipeline(command, argv, env) {
  rmSync(command.timeFile, { force: true });
  const script = `${["/usr/bin/time", "-o", command.timeFile, "-f", "peak-kb %M", ...argv].map(shellQuote).join(" ")} | ${command.pipeTo}`;
  const start = process.hrtime.bigint();
  const result = spawnSync("/bin/sh", ["-c", script], { encoding: "utf8", env, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // The pipeline's status is the last command's; netlog's own is in GNU time's report.
  const timed = readFileSync(command.timeFile, "utf8");
  if (result.status !== 0 || /exited with non-zero status|terminated by signal/.test(timed)) throw new Error(`${command.name} failed: ${timed}${result.stderr}`);
  return { ms, kb: peakKb(timed), stdout: result.stdout };
}

function peakKb(text) {
  return Number(/peak-kb (\d+)/.exec(text)?.[1]);
}

function shellQuote(word) {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * Interleaved: each round runs every command once, so a noisy moment hits them all alike; the
 * first command is the baseline (`node -e 0`). Every command runs once first, untimed: disk
 * cache, and whatever a first read after the seeder's writes catches up. The files in `unchanged`
 * are checked after that warm-up and at the end: a measured run that wrote to them would leave
 * the later runs measuring different work, and the result says so (`changed`).
 */
export function measure(commands, rounds, io, unchanged = []) {
  for (const command of commands) runOnce(command, io);
  const before = unchanged.map(fileState);
  const samples = commands.map(() => []);
  // Slow or not by the first timed run, not by the warm-up, which may have caught up (a first
  // search after seeding indexes for seconds).
  let runsOf = commands.map(() => rounds);
  for (let round = 0; round < rounds; round++) {
    for (const [i, command] of commands.entries()) if (round < runsOf[i]) samples[i].push(runOnce(command, io));
    if (round === 0) runsOf = samples.map(([first], i) => (i > 0 && first.ms > SLOW_MS ? Math.min(rounds, SLOW_RUNS) : rounds));
  }
  const baseline = median(samples[0].map((s) => s.ms));
  const results = commands.map((command, i) => {
    const ms = median(samples[i].map((s) => s.ms));
    return {
      command: command.name,
      median_ms: round1(ms),
      ratio_to_node: round2(ms / baseline),
      peak_mib: round1(Math.max(...samples[i].map((s) => s.kb)) / 1024),
      runs: runsOf[i],
    };
  });
  const changed = unchanged.filter((path, i) => fileState(path) !== before[i]);
  return { results, changed };
}

/** Size and modification time: netlog checkpoints its WAL into the file when it closes, so a write shows here. */
function fileState(path) {
  const { size, mtimeMs } = statSync(path);
  return `${size} ${mtimeMs}`;
}

export function printTable(title, results) {
  console.log(`\n${title}\n`);
  console.log("| command | median | vs node -e 0 | peak memory |");
  console.log("| --- | ---: | ---: | ---: |");
  // A pipeline's bar would end the cell: Markdown escapes it.
  for (const r of results) console.log(`| ${r.command.replaceAll("|", "\\|")} | ${r.median_ms.toFixed(0)} ms | ${r.ratio_to_node.toFixed(2)}× | ${r.peak_mib.toFixed(0)} MiB |`);
}

export function timed(fn) {
  const start = process.hrtime.bigint();
  const value = fn();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function round1(n) {
  return Math.round(n * 10) / 10;
}

export function round2(n) {
  return Math.round(n * 100) / 100;
}
