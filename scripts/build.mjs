// Bundles src/ into dist/ with code splitting, so each command loads only the chunks it needs
// (`netlog due` never loads inquirer or chrono-node). better-sqlite3 stays external: it is native.
// A second entry, fast-path.js, answers --version and Tab completion without commander: it reads
// the command tree from dist/completion-tree.json, which is written here from the program itself.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
const shared = {
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["better-sqlite3"],
  // Bundled CommonJS packages (commander) call require() for Node built-ins.
  banner: { js: 'import { createRequire as __netlogRequire } from "node:module"; const require = __netlogRequire(import.meta.url);' },
  define: { NETLOG_VERSION: JSON.stringify(version) },
  logLevel: "warning",
};
await build({ ...shared, entryPoints: ["src/main.ts"], outdir: "dist", splitting: true, sourcemap: "linked" });
// A build of its own, so that --version and a Tab press load one file (fast-path.js) rather than
// the chunks it would share with main.js; names and the SQLite driver stay in chunks loaded on demand.
await build({ ...shared, entryPoints: ["src/fast-path.ts"], outdir: "dist", splitting: true, chunkNames: "fast-[name]-[hash]", sourcemap: "linked" });
await writeCompletionTree();

/** Builds the program once, as main.ts does, and writes what completion reads of it. */
async function writeCompletionTree() {
  // In dist/, so that the script finds node_modules (better-sqlite3) as the bundle does.
  const script = new URL("../dist/write-completion-tree.mjs", import.meta.url);
  await build({
    ...shared,
    stdin: {
      contents: [
        'import { buildProgram } from "./src/cli.ts";',
        'import { completionTree } from "./src/commands/completion-tree.ts";',
        "process.stdout.write(JSON.stringify(completionTree(buildProgram(async () => {}))));",
      ].join("\n"),
      resolveDir: new URL("..", import.meta.url).pathname,
      loader: "ts",
    },
    outfile: script.pathname,
  });
  try {
    writeFileSync(new URL("../dist/completion-tree.json", import.meta.url), execFileSync(process.execPath, [script.pathname]));
  } finally {
    rmSync(script);
  }
}
