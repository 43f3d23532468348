// Runs dependency-cruiser over src/ with the layer rules in .dependency-cruiser.cjs.
//
// Why the detour: dependency-cruiser reads TypeScript through the `typescript` package's JS API,
// which TypeScript 7 (the native compiler this project uses) no longer has, so `depcruise src`
// finds 0 modules and passes vacuously. Instead this writes, for every src/**/*.ts, a .js stub
// holding only its imports, in a temp folder, and cruises that:
//   value import / re-export   → import "x";
//   type-only import / export  → require("x");   (the config's rules read dependencyTypes
//                                                  "require" as "type-only")
//   import("x") (lazy loading) → import("x");
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
// `import type {...} from "x"`, `import { type A, b } from "x"`, `export * from "x"`, `import "x"`.
const STATIC = /^\s*(import|export)\s+(type\s+)?(?:([^;"']*?)\s+from\s+)?["']([^"']+)["']/gm;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** True when every name in `{ type A, type B }` is marked `type` (and there is no default). */
function onlyTypes(clause) {
  const braces = clause.match(/^\{([\s\S]*)\}$/);
  if (!braces) return false;
  const names = braces[1]
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((n) => n.startsWith("type "));
}

export function importStub(source) {
  const lines = [];
  for (const [, , typeKeyword, clause, spec] of source.matchAll(STATIC)) {
    const typeOnly = typeKeyword !== undefined || (clause !== undefined && onlyTypes(clause.trim()));
    lines.push(typeOnly ? `require(${JSON.stringify(spec)});` : `import ${JSON.stringify(spec)};`);
  }
  for (const [, spec] of source.matchAll(DYNAMIC)) lines.push(`import(${JSON.stringify(spec)});`);
  return `${lines.join("\n")}\n`;
}

function* tsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(path);
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) yield path;
  }
}

const work = mkdtempSync(join(tmpdir(), "netlog-layers-"));
try {
  for (const file of tsFiles(join(root, "src"))) {
    const stub = join(work, relative(root, file)).replace(/\.ts$/, ".js");
    mkdirSync(dirname(stub), { recursive: true });
    writeFileSync(stub, importStub(readFileSync(file, "utf8")));
  }
  const depcruise = join(root, "node_modules", ".bin", "depcruise");
  const args = ["src", "--config", join(root, ".dependency-cruiser.cjs"), "--output-type", "err", ...process.argv.slice(2)];
  const run = spawnSync(depcruise, args, { cwd: work, stdio: "inherit" });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
