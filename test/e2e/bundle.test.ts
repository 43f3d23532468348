// `netlog due` runs every morning: what it loads must not include the heavy modules that only
// other commands need (GUIDE: lazy-load inquirer, chrono-node, the name matchers). `--version`
// and `__complete` (every Tab press) must load none of netlog's packages nor the SQLite driver.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BIN } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
const HEAVY = ["@inquirer/", "chrono-node", "@sindresorhus/transliterate", "fastest-levenshtein"];

/** Every file a module loads before it runs: its static imports, transitively. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, next] of readFileSync(DIST + file, "utf8").matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) staticClosure(next!, seen);
  return seen;
}

function packagesIn(files: Set<string>): string[] {
  const sources = [...files].flatMap((f) => (JSON.parse(readFileSync(`${DIST}${f}.map`, "utf8")) as { sources: string[] }).sources);
  return HEAVY.filter((pkg) => sources.some((s) => s.includes(`node_modules/${pkg}`)));
}

/** The packages bundled into `files`, and whether they import the SQLite driver. */
function packagesBundledIn(files: Set<string>): { packages: string[]; sqlite: boolean } {
  const sources = [...files].flatMap((f) => (JSON.parse(readFileSync(`${DIST}${f}.map`, "utf8")) as { sources: string[] }).sources);
  const packages = new Set(sources.flatMap((s) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s)?.[1] ?? []));
  return { packages: [...packages].sort(), sqlite: [...files].some((f) => /from\s*"better-sqlite3"/.test(readFileSync(DIST + f, "utf8"))) };
}

/** The chunks `file` loads with import(). */
function lazyImports(file: string): string[] {
  return [...readFileSync(DIST + file, "utf8").matchAll(/import\("\.\/([^"]+\.js)"\)/g)].map(([, next]) => next!);
}

describe("what netlog --version and netlog __complete load", () => {
  it("--version and __complete: the fast path, one file, without commander, chalk, the command table or the SQLite driver", () => {
    const loaded = staticClosure("fast-path.js");
    // Besides it, one chunk it shares with the names' chunks (errors.ts and esbuild's helpers).
    expect([...loaded].map((f) => f.replace(/-[A-Z0-9]+\.js$/, ""))).toEqual(["fast-path.js", "fast-chunk"]);
    expect(packagesBundledIn(loaded)).toEqual({ packages: [], sqlite: false });
    expect(readFileSync(`${DIST}fast-path.js`, "utf8")).not.toContain("main.js");
  });

  it("__complete loads the name folding and the SQLite driver only when a name is asked for, and no more of the store", () => {
    const forNames = new Set<string>();
    for (const root of lazyImports("fast-path.js")) staticClosure(root, forNames);
    expect(packagesBundledIn(forNames)).toEqual({ packages: ["@sindresorhus/transliterate", "fastest-levenshtein"], sqlite: true });
    // The names' reader is its query alone: not the migrations, backups and safe files of store/db.ts.
    const names = [...forNames].find((f) => f.startsWith("fast-contact-names-"))!;
    expect(readFileSync(DIST + names, "utf8")).not.toMatch(/CREATE TABLE|user_version/);
  });

  it("the tree completion reads is in dist/, beside the fast path", () => {
    expect(existsSync(`${DIST}completion-tree.json`)).toBe(true);
  });
});

describe("what netlog due loads", () => {
  it("is main and the due, render and json chunks, without inquirer, chrono-node or name matching", () => {
    const roots = ["main.js", ...readdirSync(DIST).filter((f) => /^(due|json)-[A-Z0-9]+\.js$/.test(f))];
    expect(roots.length).toBe(4); // main, commands/due, render/due, render/json
    const loaded = new Set<string>();
    for (const root of roots) staticClosure(root, loaded);
    expect(packagesIn(loaded)).toEqual([]);
  });

  it("still finds those modules where they are used (the check can see them)", () => {
    const all = new Set(readdirSync(DIST).filter((f) => f.endsWith(".js")));
    expect(packagesIn(all)).toEqual(HEAVY);
  });
});

describe("netlog --version", () => {
  it("prints the version to a pipe (command-file.cjs) and to a file (main.ts)", () => {
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    for (const flag of ["--version", "-V"]) {
      const piped = spawnSync(process.execPath, [BIN, flag], { encoding: "utf8", env: { PATH: "/usr/bin:/bin" } });
      expect([piped.status, piped.stdout, piped.stderr]).toEqual([0, `${version}\n`, ""]);
    }
    const file = join(tempDir(), "version.txt");
    const fd = openSync(file, "w");
    try {
      expect(spawnSync(process.execPath, [BIN, "--version"], { stdio: ["ignore", fd, "pipe"], env: { PATH: "/usr/bin:/bin" } }).status).toBe(0);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(file, "utf8")).toBe(`${version}\n`);
  });
});
