// `npm run bench [-- --small] [-- --big] [-- --scaling] [-- --runs N] [-- --out FILE]`, or `npm run bench -- --mail [--mail-messages N]`
// (import mail alone, on a generated mbox of N messages, 100,000 unless given, about 20 KiB each)
// Times whole netlog processes next to `node -e 0`, interleaved, after a warm-up, and prints
// medians, ratios to `node -e 0` and peak memory (from /usr/bin/time), on two databases: the
// benchmark's (a quarter of the contacts tracked) and the same with every contact tracked, as
// after `import linkedin --every 90d`, beside which `due` runs on twice the tracked contacts.
// Timings are only reported, never asserted: this machine is shared and noisy.
import { spawnSync } from "node:child_process";
import { closeSync, copyFileSync, fsyncSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from "node:fs";
import os, { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeConnections, writeMbox } from "./bench-inputs.mjs";
import { measure, median, printTable, round1, round2, runOnce, timed } from "./bench-measure.mjs";
import { loadSeedModule } from "./seeder.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin", "netlog.js");
const TODAY = "2026-11-25";
/** `import linkedin --every 90d`: the cadence every contact of the second database gets. */
const EVERY = { flag: "90d", days: 90 };

const { values: flags } = parseArgs({
  options: {
    small: { type: "boolean", default: false },
    big: { type: "boolean", default: false },
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
const io = { bin: BIN, env: { PATH: process.env.PATH, HOME: work, TZ: "America/Los_Angeles" } };
const outputs = join(work, "out");

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
  const started = Date.now();
  mkdirSync(outputs);
  const seeder = await loadSeedModule(work);
  const report = { machine: machine(), date: TODAY, runs, scale: { contacts: scale.contacts, conversations: scale.conversations } };

  const db = join(work, "netlog.db");
  const seeded = timed(() => seeder.seed(db, { ...scale, today: TODAY }));
  const { busiest } = seeded.value;
  console.error(`seeded ${scale.contacts} contacts, ${scale.conversations} conversations in ${seconds(seeded.ms)}`);
  const connections = join(work, "Connections.csv");
  writeConnections(connections, { rows: scale.contacts });
  const empty = join(work, "empty.db");
  netlog(["--db", empty, "due"]); // creates and migrates it

  // The second database is a copy of the first, not a second seeding (which takes minutes).
  const tracked = copy(db, "tracked.db");
  const tracking = timed(() => seeder.trackEveryone(tracked, { cadenceDays: EVERY.days, today: TODAY }));
  // Twice the tracked contacts, the same conversations: 30,000 more people imported as `import
  // linkedin --every 90d` makes them (the bench's own Connections.csv: nobody seeded is in it).
  const doubled = copy(tracked, "tracked-2x.db");
  const importing = timed(() => netlog(["--db", doubled, "--today", TODAY, "import", "linkedin", connections, "--every", EVERY.flag]));
  console.error(`tracked ${tracking.value} more (all ${scale.contacts}) in ${seconds(tracking.ms)}; imported ${scale.contacts} more, tracked, in ${seconds(importing.ms)}`);

  const imported = join(work, "import.db");
  const importRow = {
    name: `netlog import linkedin (${scale.contacts} rows)`,
    argv: ["--db", imported, "--today", TODAY, "import", "linkedin", connections],
    before: () => {
      rmSync(imported, { force: true });
      copyFileSync(empty, imported);
    },
  };
  const first = measure([...rowsOn(db, { busiest, empty }), importRow], runs, io, [db]);
  report.results = first.results;
  printTable(
    `The benchmark's database: ${scale.contacts} contacts (a quarter tracked), ${scale.conversations} conversations; medians of ${runs} interleaved runs after a warm-up`,
    first.results,
  );
  notes(first);

  const rows = rowsOn(tracked, { busiest, empty });
  const dueAt = rows.findIndex((r) => r.name === "netlog due");
  rows.splice(dueAt + 1, 0, { name: `netlog due (${scale.contacts * 2} tracked)`, argv: ["--db", doubled, "--today", TODAY, "due"] });
  const second = measure(rows, runs, io, [tracked, doubled]);
  const growth = round2(second.results[dueAt + 1].median_ms / second.results[dueAt].median_ms);
  report.all_tracked = { tracked: scale.contacts, cadence_days: EVERY.days, results: second.results, due_2x_tracked_ratio: growth };
  printTable(
    `Every contact tracked (every ${EVERY.days} days unless it had a cadence), the same conversations; medians of ${runs} interleaved runs after a warm-up`,
    second.results,
  );
  notes(second);
  console.log(`\`netlog due\` at ${scale.contacts * 2} tracked contacts ÷ at ${scale.contacts}: ${growth.toFixed(2)}× (the claim: under 1.10×)`);
  console.log("`netlog import linkedin` into an empty database reads neither database: it is in the first table only.");

  if (flags.big) report.big = bigImport(empty);
  if (flags.scaling) report.scaling = scaling(seeder, { db, busiest });
  console.log(`\nthe whole bench: ${seconds(Date.now() - started)}`);
  const out = flags.out ?? join(work, "..", `netlog-bench-${process.pid}.json`);
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nJSON: ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * The rows measured on each database. `add` writes, so it runs on a copy of its own: the
 * conversation it adds (one per run, a dozen in all) and the search index entry it queues
 * would otherwise be work that the reads after it measure. Outputs go to files in `out/`,
 * removed before each run.
 */
function rowsOn(db, { busiest, empty }) {
  const on = (args) => ["--db", db, "--today", TODAY, ...args];
  const addCopy = copy(db, `add-${db.split("/").pop()}`);
  const writeCopy = copy(db, `write-${db.split("/").pop()}`);
  const file = (name) => join(outputs, name);
  const exportRow = (format, name) => ({
    name: `netlog export ${format} --out file`,
    argv: on(["export", format, "--out", file(name)]),
    before: () => rmSync(file(name), { force: true }),
  });
  return [
    { name: "node -e 0", argv: ["-e", "0"], node: true },
    // The floor under every netlog command: the SQLite driver loaded, the file opened, one query.
    { name: "floor: node + better-sqlite3, open, one query", argv: ["-e", openAndQuery(db)], node: true },
    // The floor under `netlog add`: the same, and one row written and committed durably as netlog
    // writes (WAL, synchronous=FULL), the checkpoint at close included; on its own copy.
    { name: "floor: node + better-sqlite3, one durable write", argv: ["-e", writeOne(writeCopy)], node: true },
    { name: "floor: netlog --version", argv: ["--version"] },
    { name: "floor: netlog due (empty database)", argv: ["--db", empty, "--today", TODAY, "due"] },
    { name: "netlog due", argv: on(["due"]) },
    { name: "netlog due --json", argv: on(["due", "--json"]) },
    { name: "netlog add", argv: ["--db", addCopy, "--today", TODAY, "add", busiest, "--via", "phone", "--note", "benchmark call"] },
    { name: "netlog contact show (busiest)", argv: on(["contact", "show", busiest]) },
    // What the shell runs on every Tab press (src/fast-path.ts): a command's word, which reads no
    // database, and a contact's name, the names that start with what was typed; the floor of the
    // latter, the same Tab press with no name to offer; and one typed with an accent.
    { name: "netlog __complete con (a command word)", argv: ["--db", db, "__complete", "bash", "--", "con"] },
    { name: "floor: netlog __complete contact show Zzq (no name)", argv: ["--db", db, "__complete", "bash", "--", "contact", "show", "Zzq"] },
    { name: "netlog __complete contact show Ela", argv: ["--db", db, "__complete", "bash", "--", "contact", "show", "Ela"] },
    { name: "netlog __complete contact show José", argv: ["--db", db, "__complete", "bash", "--", "contact", "show", "José"] },
    // Someone glancing at the newest conversation: the whole pipeline, until netlog has exited.
    { name: "netlog log | head -1", argv: on(["log"]), pipeTo: "head -1", timeFile: file("log-head.time") },
    { name: "netlog log > file", argv: on(["log"]), stdoutFile: file("log.txt") },
    { name: "netlog contact list --json > file", argv: on(["contact", "list", "--json"]), stdoutFile: file("contacts.json") },
    exportRow("json", "export.json"),
    exportRow("csv", "export.csv"),
    exportRow("vcard", "export.vcf"),
    // "deck" is in a quarter of the conversations' notes.
    { name: "netlog search deck", argv: on(["search", "deck"]) },
  ];
}

function notes({ results, changed }) {
  const fewer = results.filter((r) => r.runs < runs).map((r) => r.command);
  if (fewer.length > 0) console.log(`\nOver 2 s in their first timed run, so ${Math.min(...results.map((r) => r.runs))} runs: ${fewer.join("; ")}.`);
  for (const path of changed) console.log(`\nnote: ${path} changed during the measured runs: later rows may have measured different work.`);
}

/** `--big`: one import of a 190 MB Connections.csv into an empty database, beside node -e 0 run just before and after. */
function bigImport(empty) {
  const csv = join(work, "Big-Connections.csv");
  const rows = writeConnections(csv, { bytes: 190e6, position: "Senior Software Engineer" });
  const megabytes = Math.round(statSync(csv).size / 1e6);
  const db = join(work, "big.db");
  copyFileSync(empty, db);
  const node = { name: "node -e 0", argv: ["-e", "0"], node: true };
  const baseline = Array.from({ length: 5 }, () => runOnce(node, io).ms);
  const run = runOnce({ name: "import linkedin (big)", argv: ["--db", db, "--today", TODAY, "import", "linkedin", csv] }, io);
  baseline.push(...Array.from({ length: 5 }, () => runOnce(node, io).ms));
  const result = {
    command: `netlog import linkedin (${rows} rows, ${megabytes} MB)`,
    median_ms: round1(run.ms),
    ratio_to_node: round2(run.ms / median(baseline)),
    peak_mib: round1(run.kb / 1024),
    runs: 1,
  };
  printTable(`--big: one run, into an empty database; node -e 0: median of 5 runs before it and 5 after (${median(baseline).toFixed(0)} ms)`, [result]);
  rmSync(csv);
  rmSync(db);
  return result;
}

/**
 * `--scaling`: how `due` and `add` grow with the conversations: the benchmark's database beside
 * two seeded with 2× and 4× of them, in one interleaved run. (Twice the tracked contacts is in
 * the default run: the second table's `due` beside `due` at twice the tracked.)
 */
function scaling(seeder, base) {
  const shapes = [{ conversations: scale.conversations, db: base.db, busiest: base.busiest }];
  for (const factor of [2, 4]) {
    const conversations = scale.conversations * factor;
    const db = join(work, `scale-${conversations}.db`);
    const seeded = timed(() => seeder.seed(db, { contacts: scale.contacts, conversations, today: TODAY }));
    console.error(`seeded ${scale.contacts} contacts, ${conversations} conversations in ${seconds(seeded.ms)}`);
    shapes.push({ conversations, db, busiest: seeded.value.busiest });
  }
  const commands = [{ name: "node -e 0", argv: ["-e", "0"], node: true }];
  for (const { conversations, db, busiest } of shapes) {
    const addCopy = copy(db, `scale-add-${conversations}.db`);
    commands.push(
      { name: `netlog due (${conversations} conversations)`, argv: ["--db", db, "--today", TODAY, "due"] },
      { name: `netlog add (${conversations} conversations)`, argv: ["--db", addCopy, "--today", TODAY, "add", busiest, "--via", "phone"] },
    );
  }
  const { results, changed } = measure(
    commands,
    runs,
    io,
    shapes.map((s) => s.db),
  );
  printTable(`--scaling: ${scale.contacts} contacts (a quarter tracked), 1×, 2× and 4× the conversations`, results);
  notes({ results, changed });
  const due = results.filter((r) => r.command.startsWith("netlog due"));
  const growth = due.slice(1).map((r) => ({ command: r.command, vs_1x: round2(r.median_ms / due[0].median_ms) }));
  for (const g of growth) console.log(`${g.command} ÷ ${due[0].command}: ${g.vs_1x.toFixed(2)}×`);
  return { results, due_growth: growth };
}

/**
 * import mail on an mbox of real size: 100,000 messages padded to about 2 GB, between you and
 * 500 contacts (and strangers, lists, no-reply senders), then the same file again (nothing new).
 */
function mailBench() {
  const messages = flags["mail-messages"] ? Number(flags["mail-messages"]) : 100_000;
  const db = join(work, "mail.db");
  const connections = join(work, "Connections.csv");
  writeConnections(connections, { rows: 2000 }); // every fourth has an email: 500 contacts
  netlog(["--db", db, "--today", TODAY, "import", "linkedin", connections]);
  netlog(["--db", db, "config", "set", "my-emails", "me@example.com"]);
  const mbox = join(work, "mail.mbox");
  const written = timed(() => writeMbox(mbox, messages));
  const bytes = statSync(mbox).size;
  console.error(`wrote ${messages} messages, ${(bytes / 2 ** 30).toFixed(2)} GiB, in ${seconds(written.ms)}`);
  const argv = ["--db", db, "--today", TODAY, "import", "mail", mbox, "--json"];
  const first = runOnce({ name: "import mail", argv }, io);
  const again = runOnce({ name: "import mail (again)", argv }, io);
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

/**
 * A copy of a closed database (netlog and the seeder checkpoint their WAL on close), synced to
 * disk here so that the first fsync of a measured run does not write back the whole copy.
 */
function copy(from, name) {
  const to = join(work, name);
  copyFileSync(from, to);
  const fd = openSync(to, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return to;
}

function netlog(args) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: io.env });
  if (result.status !== 0) throw new Error(`netlog ${args.join(" ")} failed: ${result.stderr}`);
  return result;
}

function openAndQuery(db) {
  const driver = JSON.stringify(join(ROOT, "node_modules", "better-sqlite3"));
  return `new (require(${driver}))(${JSON.stringify(db)}, { readonly: true }).prepare("SELECT count(*) FROM contacts").get()`;
}

function writeOne(db) {
  const driver = JSON.stringify(join(ROOT, "node_modules", "better-sqlite3"));
  return [
    `const db = new (require(${driver}))(${JSON.stringify(db)});`,
    'db.pragma("journal_mode = WAL"); db.pragma("synchronous = FULL");',
    'db.exec("CREATE TABLE IF NOT EXISTS bench_floor (at INTEGER)"); db.prepare("INSERT INTO bench_floor VALUES (?)").run(Date.now()); db.close();',
  ].join(" ");
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function machine() {
  const cpus = os.cpus();
  return { node: process.version, cpus: cpus.length, cpu: cpus[0]?.model ?? "unknown", platform: `${process.platform} ${process.arch}` };
}
