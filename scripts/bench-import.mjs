// `node scripts/bench-import.mjs [--csv-mb 190] [--contacts 130000] [--conversations 1300000] [--bin PATH] [--keep]`
// Peak memory and wall time of importing a large LinkedIn Connections.csv and a large
// `netlog export json`, each into an empty database, under /usr/bin/time -v. The export is made
// by netlog itself from a database seeded like scripts/bench.mjs seeds one, only bigger.
// Numbers are printed, never asserted: this machine is shared and noisy.
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadSeeder } from "./seeder.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TODAY = "2026-11-25";
const { values: flags } = parseArgs({
  options: {
    "csv-mb": { type: "string", default: "190" },
    contacts: { type: "string", default: "130000" },
    conversations: { type: "string", default: "1300000" },
    bin: { type: "string", default: join(ROOT, "bin", "netlog.js") },
    keep: { type: "boolean", default: false },
  },
});
const work = mkdtempSync(join(tmpdir(), "netlog-bench-import-"));
const env = { PATH: process.env.PATH, HOME: work, TZ: "America/Los_Angeles" };

try {
  const csv = join(work, "Connections.csv");
  const rows = writeConnections(csv, Number(flags["csv-mb"]) * 1e6);
  console.log(`Connections.csv: ${mb(statSync(csv).size)}, ${rows} rows`);
  report("import linkedin", run(["--db", join(work, "csv.db"), "--today", TODAY, "import", "linkedin", csv]));

  const seeded = join(work, "seeded.db");
  const seed = await loadSeeder(work);
  seed(seeded, { contacts: Number(flags.contacts), conversations: Number(flags.conversations), today: TODAY });
  const exported = join(work, "export.json");
  report("export json (to make the file)", run(["--db", seeded, "--today", TODAY, "export", "json", "--out", exported]));
  console.log(`export.json: ${mb(statSync(exported).size)}, ${flags.contacts} contacts, ${flags.conversations} conversations`);
  report("import json", run(["--db", join(work, "json.db"), "--today", TODAY, "import", "json", exported]));
} finally {
  if (flags.keep) console.log(`files kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

/** One netlog process under GNU time: its peak resident memory and wall time, and what it said. */
function run(args) {
  const result = spawnSync("/usr/bin/time", ["-v", process.execPath, flags.bin, ...args], { encoding: "utf8", env, maxBuffer: 1 << 26 });
  const field = (name) => new RegExp(`${name}: (.+)`).exec(result.stderr)?.[1]?.trim();
  const said = result.stderr.split("\n").filter((l) => !l.startsWith("\t") && l.trim() !== "" && !l.startsWith("Command exited"));
  return {
    code: result.status,
    peakKb: Number(field("Maximum resident set size \\(kbytes\\)")),
    wall: field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)"),
    stdout: result.stdout.trim(),
    said,
  };
}

function report(name, r) {
  console.log(`${name}: exit ${r.code}, peak RSS ${(r.peakKb / 1024).toFixed(0)} MiB, wall ${r.wall}`);
  if (r.stdout) console.log(`  ${r.stdout.split("\n")[0]}`);
  for (const line of r.said) console.log(`  ${line}`);
}

/** Rows like LinkedIn's, with its preamble, until the file reaches `bytes`. */
function writeConnections(path, bytes) {
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const fd = openSync(path, "w");
  let written = writeSync(
    fd,
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n',
  );
  let i = 0;
  while (written < bytes) {
    const lines = [];
    for (let n = 0; n < 10_000; n++, i++) {
      lines.push(
        `Person,Number ${i},https://www.linkedin.com/in/import-${i},${i % 4 === 0 ? `import${i}@example.com` : ""},"Company ${i % 2000}, Inc.",Senior Engineer,${String((i % 28) + 1).padStart(2, "0")} ${months[i % 12]} ${2014 + (i % 12)}\n`,
      );
    }
    written += writeSync(fd, lines.join(""));
  }
  closeSync(fd);
  return i;
}

function mb(bytes) {
  return `${(bytes / 1e6).toFixed(0)} MB`;
}
