// `npm run bench [-- --small] [-- --scaling] [-- --runs N] [-- --out FILE]`, or `npm run bench -- --mail [--mail-messages N]`
// (import mail alone, on a generated mbox of N messages, 100,000 unless given, about 20 KiB each)
// Times whole netlog processes on a generated database next to `node -e 0`, interleaved, after a
// warm-up, and prints medians, ratios to `node -e 0` and peak memory (from /usr/bin/time).
// Timings are only reported, never asserted: this machine is shared and noisy.
import { spawnSync } from "node:child_process";
import { closeSync, copyFileSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import os, { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadSeeder } from "./seeder.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin", "netlog.js");
const TODAY = "2026-11-25";

const { values: flags } = parseArgs({
  options: {
    small: { type: "boolean", default: false },
    scaling: { type: "boolean", default: false },
    runs: { type: "string" },
    out: { type: "string" },
    mail: { type: "boolean", default: false },
    "mail-messages": { type: "string" },
  },
});
const scale = flags.small ? { contacts: 600, conversations: 6000, runs: 3 } : { contacts: 30_000, conversations: 300_000, runs: 11 };
const runs = flags.runs ? Number(flags.runs) : scale.runs;
const work = mkdtempSync(join(tmpdir(), "netlog-bench-"));

if (flags.mail) {
  // import mail alone: the other cases take minutes and measure other things.
  try {
    mailBench();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.exit(0);
}

try {
  const seed = await loadSeeder(work);
  const report = { machine: machine(), date: TODAY, runs, scale: { contacts: scale.contacts, conversations: scale.conversations }, results: [], scaling: [] };

  const db = join(work, "netlog.db");
  const seeded = timed(() => seed(db, { ...scale, today: TODAY }));
  console.error(`seeded ${scale.contacts} contacts, ${scale.conversations} conversations in ${(seeded.ms / 1000).toFixed(1)} s`);
  const connections = join(work, "Connections.csv");
  writeConnections(connections, scale.contacts);
  const empty = join(work, "empty.db");
  netlog(["--db", empty, "due"]); // creates and migrates it

  const on = (args) => ["--db", db, "--today", TODAY, ...args];
  const commands = [
    { name: "node -e 0", argv: ["-e", "0"], node: true },
    // The floor under every netlog command: the SQLite driver loaded, the file opened, one query.
    { name: "floor: node + better-sqlite3, open, one query", argv: ["-e", openAndQuery(db)], node: true },
    { name: "floor: netlog --version", argv: ["--version"] },
    // What the shell runs on every Tab press (src/fast-path.ts): every contact's name read and folded.
    { name: "netlog __complete contact show Ela", argv: ["--db", db, "__complete", "bash", "--", "contact", "show", "Ela"] },
    { name: "floor: netlog due (empty database)", argv: ["--db", empty, "--today", TODAY, "due"] },
    { name: "netlog due", argv: on(["due"]) },
    { name: "netlog due --json", argv: on(["due", "--json"]) },
    { name: "netlog add", argv: on(["add", seeded.value.busiest, "--via", "phone", "--note", "benchmark call"]) },
    { name: "netlog contact show (busiest)", argv: on(["contact", "show", seeded.value.busiest]) },
    { name: "netlog contact list --json", argv: on(["contact", "list", "--json"]) },
    {
      name: `netlog import linkedin (${scale.contacts} rows)`,
      argv: ["--db", join(work, "import.db"), "--today", TODAY, "import", "linkedin", connections],
      before: () => {
        rmSync(join(work, "import.db"), { force: true });
        copyFileSync(empty, join(work, "import.db"));
      },
    },
  ];
  report.results = measure(commands, runs);
  printTable(`${scale.contacts} contacts, ${scale.conversations} conversations; medians of ${runs} interleaved runs after a warm-up`, report.results);

  if (flags.scaling) report.scaling = scaling(seed, runs);
  const out = flags.out ?? join(work, "..", `netlog-bench-${process.pid}.json`);
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nJSON: ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * import mail on an mbox of real size: 100,000 messages padded to about 2 GB, between you and
 * 500 contacts (and strangers, lists, no-reply senders), then the same file again (nothing new).
 */
function mailBench() {
  const messages = flags["mail-messages"] ? Number(flags["mail-messages"]) : 100_000;
  const db = join(work, "mail.db");
  const connections = join(work, "Connections.csv");
  writeConnections(connections, 2000); // every fourth has an email: 500 contacts
  netlog(["--db", db, "--today", TODAY, "import", "linkedin", connections]);
  netlog(["--db", db, "config", "set", "my-emails", "me@example.com"]);
  const mbox = join(work, "mail.mbox");
  const written = timed(() => writeMbox(mbox, messages));
  const bytes = statSync(mbox).size;
  console.error(`wrote ${messages} messages, ${(bytes / 2 ** 30).toFixed(2)} GiB, in ${(written.ms / 1000).toFixed(1)} s`);
  const argv = ["--db", db, "--today", TODAY, "import", "mail", mbox, "--json"];
  const first = runOnce({ name: "import mail", argv });
  const again = runOnce({ name: "import mail (again)", argv });
  const results = [
    { command: `netlog import mail (${messages} messages, ${(bytes / 2 ** 30).toFixed(2)} GiB)`, median_ms: round1(first.ms), peak_mib: round1(first.kb / 1024) },
    { command: "netlog import mail, the same file again", median_ms: round1(again.ms), peak_mib: round1(again.kb / 1024) },
  ];
  console.log(`\nimport mail: one run each (target: under 60 s and 200 MiB)\n`);
  console.log("| command | wall | peak memory |");
  console.log("| --- | ---: | ---: |");
  for (const r of results) console.log(`| ${r.command} | ${(r.median_ms / 1000).toFixed(1)} s | ${r.peak_mib.toFixed(0)} MiB |`);
  console.log(`\n${first.stdout.trim()}`);
  const out = flags.out ?? join(work, "..", `netlog-bench-mail-${process.pid}.json`);
  writeFileSync(out, `${JSON.stringify({ machine: machine(), date: TODAY, mail: { messages, bytes, results } }, null, 2)}\n`);
  console.log(`\nJSON: ${out}`);
}

/** An mbox as a mail program writes one: every tenth a list, every twentieth no-reply, the rest between you and a contact or a stranger. */
function writeMbox(path, count) {
  const fd = openSync(path, "w");
  const pad = `${"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tem\n".repeat(250)}>From a quoted line\n`;
  const start = Date.parse("2024-11-25T12:00:00Z");
  let chunk = "";
  try {
    for (let i = 0; i < count; i++) {
      const date = new Date(start + Math.floor((i / count) * 730 * 86400_000)).toUTCString().replace("GMT", "+0000");
      const contact = `Person Number ${(i % 500) * 4} <import${(i % 500) * 4}@example.com>`;
      const other = i % 7 === 0 ? `Someone ${i} <someone${i % 3000}@elsewhere.example>` : contact;
      const [from, to] = i % 2 ? [other, "Me <me@example.com>"] : ["Me <me@example.com>", `${other},\n Cc Person <cc${i % 50}@elsewhere.example>`];
      const extra = i % 10 === 0 ? "List-Id: <team.lists.example>\n" : i % 20 === 5 ? "Auto-Submitted: auto-generated\n" : "";
      chunk +=
        `From MAILER-DAEMON Mon Nov 25 12:00:00 2024\nFrom: ${from}\nTo: ${to}\nSubject: =?UTF-8?B?Q2Fmw6kgbmV4dCB3ZWVrPw==?= ${i}\nDate: ${date}\n` +
        `Message-ID: <bench.${i}@example.com>\n${extra}MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n${pad}\n`;
      if (chunk.length > 4 * 1024 * 1024) {
        writeSync(fd, chunk);
        chunk = "";
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

function timed(fn) {
  const start = process.hrtime.bigint();
  const value = fn();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

function netlog(args) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: benchEnv() });
  if (result.status !== 0) throw new Error(`netlog ${args.join(" ")} failed: ${result.stderr}`);
  return result;
}

function benchEnv() {
  return { PATH: process.env.PATH, HOME: work, TZ: "America/Los_Angeles" };
}

/** One run of a command under /usr/bin/time: wall milliseconds and peak resident memory. */
function runOnce(command) {
  command.before?.();
  const argv = command.node ? command.argv : [BIN, ...command.argv];
  const start = process.hrtime.bigint();
  const result = spawnSync("/usr/bin/time", ["-f", "peak-kb %M", process.execPath, ...argv], { encoding: "utf8", env: benchEnv(), maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command.name} failed (${result.status}): ${result.stderr}`);
  const kb = Number(/peak-kb (\d+)/.exec(result.stderr)?.[1]);
  return { ms, kb, stdout: result.stdout };
}

/** Interleaved: each round runs every command once, so a noisy moment hits them all alike. */
function measure(commands, rounds) {
  for (const command of commands) runOnce(command); // warm-up: disk cache, compile cache
  const samples = commands.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, command] of commands.entries()) samples[i].push(runOnce(command));
  }
  const baseline = median(samples[0].map((s) => s.ms));
  return commands.map((command, i) => {
    const ms = median(samples[i].map((s) => s.ms));
    return { command: command.name, median_ms: round1(ms), ratio_to_node: round2(ms / baseline), peak_mib: round1(Math.max(...samples[i].map((s) => s.kb)) / 1024) };
  });
}

/** How `due` and `add` grow: 1×, 2×, 4× the conversations, then 2× the contacts. */
function scaling(seed, rounds) {
  const shapes = [
    { contacts: scale.contacts, conversations: scale.conversations },
    { contacts: scale.contacts, conversations: scale.conversations * 2 },
    { contacts: scale.contacts, conversations: scale.conversations * 4 },
    { contacts: scale.contacts * 2, conversations: scale.conversations },
  ];
  const rows = [];
  for (const shape of shapes) {
    const db = join(work, `scale-${shape.contacts}-${shape.conversations}.db`);
    const { busiest } = seed(db, { ...shape, today: TODAY });
    const on = (args) => ["--db", db, "--today", TODAY, ...args];
    const results = measure(
      [
        { name: "node -e 0", argv: ["-e", "0"], node: true },
        { name: "netlog due", argv: on(["due"]) },
        { name: "netlog add", argv: on(["add", busiest, "--via", "phone"]) },
      ],
      rounds,
    );
    printTable(`${shape.contacts} contacts, ${shape.conversations} conversations`, results);
    rows.push({ ...shape, results });
    rmSync(db, { force: true });
  }
  return rows;
}

function printTable(title, results) {
  console.log(`\n${title}\n`);
  console.log("| command | median | vs node -e 0 | peak memory |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const r of results) console.log(`| ${r.command} | ${r.median_ms.toFixed(0)} ms | ${r.ratio_to_node.toFixed(2)}× | ${r.peak_mib.toFixed(0)} MiB |`);
}

function openAndQuery(db) {
  const driver = JSON.stringify(join(ROOT, "node_modules", "better-sqlite3"));
  return `new (require(${driver}))(${JSON.stringify(db)}, { readonly: true }).prepare("SELECT count(*) FROM contacts").get()`;
}

function writeConnections(path, count) {
  const lines = [
    "Notes:",
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    "",
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  ];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  for (let i = 0; i < count; i++) {
    lines.push(
      `Person,Number ${i},https://www.linkedin.com/in/import-${i},${i % 4 === 0 ? `import${i}@example.com` : ""},"Company ${i % 2000}, Inc.",Engineer,${String((i % 28) + 1).padStart(2, "0")} ${months[i % 12]} ${2014 + (i % 12)}`,
    );
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}

function machine() {
  const cpus = os.cpus();
  return { node: process.version, cpus: cpus.length, cpu: cpus[0]?.model ?? "unknown", platform: `${process.platform} ${process.arch}` };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function round1(n) {
  return Math.round(n * 10) / 10;
}

function round2(n) {
  return Math.round(n * 100) / 100;
}
