// Bundles src/ into dist/ with code splitting, so each command loads only the chunks it needs
// (`netlog due` never loads inquirer or chrono-node). better-sqlite3 stays external: it is native.
import { build } from "esbuild";
import { readFileSync, rmSync } from "node:fs";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ["src/main.ts"],
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["better-sqlite3"],
  // Bundled CommonJS packages (commander) call require() for Node built-ins.
  banner: { js: 'import { createRequire as __netlogRequire } from "node:module"; const require = __netlogRequire(import.meta.url);' },
  define: { NETLOG_VERSION: JSON.stringify(version) },
  sourcemap: "linked",
  logLevel: "warning",
});
