// Writes netlog.1 at the repository's root from the commander program (src/render/manpage.ts).
// The program is bundled on its own, without the commands' lazily loaded code (which needs
// better-sqlite3 and is never run here), into a temporary folder, and asked for its man page.
// test/e2e/manpage.test.ts fails when netlog.1 and the program differ.
import { build } from "esbuild";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const manPath = join(root, "netlog.1");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

const folder = mkdtempSync(join(tmpdir(), "netlog-man-"));
try {
  const entry = join(folder, "manpage.mjs");
  await build({
    stdin: {
      contents: 'export { buildProgram } from "./src/cli.ts"; export { manPage } from "./src/render/manpage.ts";',
      resolveDir: root,
      loader: "ts",
    },
    outfile: entry,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Bundled CommonJS packages (commander) call require() for Node built-ins, as in scripts/build.mjs.
    banner: { js: 'import { createRequire as __netlogRequire } from "node:module"; const require = __netlogRequire(import.meta.url);' },
    define: { NETLOG_VERSION: JSON.stringify(version) },
    plugins: [{ name: "no-lazy-commands", setup: (b) => b.onResolve({ filter: /.*/ }, (args) => (args.kind === "dynamic-import" ? { external: true } : undefined)) }],
    logLevel: "warning",
  });
  const { buildProgram, manPage } = await import(pathToFileURL(entry).href);
  const page = manPage(buildProgram(async () => {}));
  let before;
  try {
    before = readFileSync(manPath, "utf8");
  } catch {
    before = undefined;
  }
  if (page === before) console.log("netlog.1: the man page is up to date");
  else {
    writeFileSync(manPath, page);
    console.log("netlog.1: man page rewritten");
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
