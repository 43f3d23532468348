// Makes the V8 code cache of each one-command file (dist/netlog-NAME.cjs.cache) and of Tab
// completion's fast path, by running its command once on a small database in a temp folder: a
// conversation logged, a LinkedIn export imported, the morning list, the log, a name completed. What runs there is what a
// day's use runs; anything else compiles as it is first called. A Node other than the build's
// rejects the cache and compiles the file as before (src/code-cache.ts).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A LinkedIn export of three people, one already there: what `import linkedin` reads and matches. */
const CONNECTIONS = [
  "Notes:",
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  "",
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  "Elaine,Longmire,https://www.linkedin.com/in/elaine-longmire,elaine@example.com,Acme,CTO,12 Mar 2019",
  'Wei,Chen,https://www.linkedin.com/in/wei-chen,,"Initech, Inc.",Engineer,03 Jan 2021',
  "Ann,Lee,https://www.linkedin.com/in/ann-lee,ann@example.com,Globex,Designer,28 Feb 2024",
  "",
].join("\n");

/** The runs that make each file's cache, in order, on one database. */
const EXERCISES = [
  { file: "netlog-add.cjs", args: ["--today", "2026-01-10", "add", "Elaine Longmire", "--via", "phone", "--note", "talked about her move"] },
  { file: "netlog-import.cjs", args: ["--today", "2026-01-10", "import", "linkedin", "Connections.csv"] },
  { file: "netlog-due.cjs", args: ["--today", "2026-03-01", "due"] },
  { file: "netlog-log.cjs", args: ["--today", "2026-03-01", "log"] },
  // A Tab press after `contact show El`: the names read from the database.
  { file: "fast-path.cjs", args: ["__complete", "bash", "--", "contact", "show", "El"] },
];

export function writeCodeCaches() {
  const folder = mkdtempSync(join(tmpdir(), "netlog-code-cache-"));
  try {
    const db = join(folder, "netlog.db");
    // No flags and no NODE_OPTIONS: V8 rejects a cache made under other flags than the run's.
    const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: folder, TZ: "UTC" };
    const run = (script, args) => execFileSync(process.execPath, [script, ...args], { cwd: folder, env, stdio: ["ignore", "pipe", "inherit"] });
    run(join(ROOT, "bin", "netlog.js"), ["--db", db, "--today", "2026-01-01", "contact", "add", "Elaine Longmire", "--every", "30d"]);
    writeFileSync(join(folder, "Connections.csv"), CONNECTIONS);
    for (const { file, args } of EXERCISES) run(join(ROOT, "scripts", "code-cache-run.cjs"), [join(ROOT, "dist", file), "--db", db, ...args]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
