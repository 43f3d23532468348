// Makes the V8 code cache of each one-command file (dist/netlog-NAME.cjs.cache) and of Tab
// completion's fast path, by running its command once on a small database in a temp folder: a
// conversation logged, the morning list, the log, a name completed. What runs there is what a
// day's use runs; anything else compiles as it is first called. A Node other than the build's
// rejects the cache and compiles the file as before (src/code-cache.ts).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The runs that make each file's cache, in order, on one database. */
const EXERCISES = [
  { file: "netlog-add.cjs", args: ["--today", "2026-01-10", "add", "Elaine Longmire", "--via", "phone", "--note", "talked about her move"] },
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
    for (const { file, args } of EXERCISES) run(join(ROOT, "scripts", "code-cache-run.cjs"), [join(ROOT, "dist", file), "--db", db, ...args]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
