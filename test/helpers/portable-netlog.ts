// A copy of the built netlog (bin/, dist/ and the one native module it loads) in a temp folder,
// for tests that run netlog as another user: the checkout may sit in a folder only its owner can
// enter (CI clones into a 0700 temp folder), and the test must not change its permissions.
import { chmodSync, cpSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { tempDir } from "./ctx.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** What bin/netlog.js reaches at run time: the bundle is self-contained but for better-sqlite3's addon. */
const RUNTIME = ["package.json", "bin", "dist", "node_modules/better-sqlite3/package.json", "node_modules/better-sqlite3/build/Release/better_sqlite3.node"];

/** The path of bin/netlog.js in a copy that every user can read and run. */
export function portableNetlog(): string {
  const base = tempDir();
  for (const part of RUNTIME) cpSync(join(ROOT, part), join(base, part), { recursive: true, filter: (source) => !source.endsWith(".map") });
  // Readable by all, whatever modes the checkout has: folders 0755, files 0644.
  for (const path of [base, ...readdirSync(base, { recursive: true }).map((name) => join(base, String(name)))]) {
    chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644);
  }
  return join(base, "bin", "netlog.js");
}
