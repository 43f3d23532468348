// `netlog due` runs every morning: what it loads must not include the heavy modules that only
// other commands need (GUIDE: lazy-load inquirer, chrono-node, the name matchers). `--version`
// and `__complete` (every Tab press) must load none of netlog's packages nor the SQLite driver.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BIN, netlog } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";
import { deviceFile } from "../helpers/devices.js";
import { needs } from "../helpers/needs.js";

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

/**
 * What a run of bin/netlog.js with `args` required and imported, file by file: the files of dist/
 * and of node_modules (by package), and Node's built-ins, with stdout a pipe as the shell's is.
 */
function loadedBy(args: readonly string[], env: Record<string, string> = {}, stdoutTo?: string): { dist: string[]; packages: string[]; builtins: string[]; stdout: string } {
  const folder = tempDir();
  const hook = join(folder, "hook.cjs");
  writeFileSync(
    hook,
    [
      'const Module = require("node:module"); const seen = new Set(); const load = Module._load;',
      "Module._load = function (request, parent, isMain) { const loaded = load.apply(this, arguments);",
      "  try { seen.add(Module.isBuiltin(request) ? request : Module._resolveFilename(request, parent, isMain)); } catch {} return loaded; };",
      // The one-command files are compiled with their code cache (src/code-cache.ts), not by
      // Module._load: they are in require.cache.
      'process.on("exit", () => require("node:fs").writeFileSync(process.env.LOADED_LIST, [...new Set([...seen, ...Object.keys(require.cache)])].join("\\n")));',
    ].join("\n"),
  );
  const list = join(folder, "loaded.txt");
  const out = stdoutTo === undefined ? "pipe" : openSync(stdoutTo, "w");
  const run = spawnSync(process.execPath, ["--require", hook, BIN, ...args], {
    encoding: "utf8",
    env: { PATH: "/usr/bin:/bin", LOADED_LIST: list, ...env },
    stdio: ["ignore", out, "pipe"], // stdin /dev/null, as under cron
  });
  if (typeof out === "number") closeSync(out);
  expect(run.stderr).toBe("");
  const files = readFileSync(list, "utf8").split("\n");
  const packages = new Set(files.flatMap((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1] ?? []));
  return {
    dist: files.filter((f) => f.startsWith(DIST)).map((f) => f.slice(DIST.length)),
    packages: [...packages].sort(),
    builtins: files.filter((f) => !f.startsWith("/")).map((f) => f.replace(/^node:/, "")),
    stdout: run.stdout ?? "",
  };
}

describe("what netlog --version and netlog __complete load", () => {
  it("a command word's Tab press: the fast path, one CommonJS file, without commander, chalk, the SQLite driver or node:tty", () => {
    const loaded = loadedBy(["__complete", "bash", "--", "contact", "sh"]);
    expect(loaded.stdout).toContain("show");
    expect(loaded.dist).toEqual(["command-file.cjs", "fast-path.cjs"]);
    expect(loaded.packages).toEqual([]);
    expect(loaded.builtins).not.toContain("tty");
  });

  it("a name's Tab press requires the SQLite driver, and still no other file", () => {
    const home = tempDir();
    expect(netlog(["contact", "add", "Elaine Longmire"], { HOME: home }).code).toBe(0);
    const loaded = loadedBy(["__complete", "bash", "--", "contact", "show", "Ela"], { HOME: home });
    expect(loaded.stdout).toBe("words\nElaine\\ Longmire\n");
    expect(loaded.dist).toEqual(["command-file.cjs", "fast-path.cjs"]);
    // The driver's addon, by its path (src/store/sqlite.ts): not `bindings`, which searches for it.
    expect(loaded.packages).toEqual(["better-sqlite3"]);
  });

  it("a name with accents, typed or offered, needs no transliteration tables; one they cannot drop does", () => {
    const home = tempDir();
    for (const name of ["José Álvarez", "Søren Kierkegaard"]) expect(netlog(["contact", "add", name], { HOME: home }).code).toBe(0);
    const accented = loadedBy(["__complete", "bash", "--", "contact", "show", "Jos\u00e9"], { HOME: home });
    expect(accented.stdout).toBe("words\nJosé\\ Álvarez\n");
    expect(accented.dist).toEqual(["command-file.cjs", "fast-path.cjs"]);
    const transliterated = loadedBy(["__complete", "bash", "--", "contact", "show", "S\u00f8r"], { HOME: home });
    expect(transliterated.stdout).toBe("words\nSøren\\ Kierkegaard\n");
    expect([...transliterated.dist].sort()).toEqual(["command-file.cjs", "fast-path.cjs", "lazy-transliterate.cjs"]);
  });

  it("fast-path.cjs holds none of the command table, commander or chalk, and the names' reader is its query alone", () => {
    const built = readFileSync(`${DIST}fast-path.cjs`, "utf8");
    const sources = (JSON.parse(readFileSync(`${DIST}fast-path.cjs.map`, "utf8")) as { sources: string[] }).sources;
    expect(sources.filter((s) => /node_modules\/(commander|chalk)\/|src\/cli\/|src\/main\.ts/.test(s))).toEqual([]);
    // Not the migrations, backups and safe files of store/db.ts.
    expect(sources.filter((s) => /src\/store\/(migrations\/|db\.ts|backup\.ts|safe-file\.ts)/.test(s))).toEqual([]);
    expect(built).not.toContain("main.js");
  });

  it("the tree completion reads is in dist/, beside the fast path", () => {
    expect(existsSync(`${DIST}completion-tree.json`)).toBe(true);
  });
});

describe("what netlog due loads", () => {
  it("into a pipe, from cron's /dev/null: its own file, and none of node:tty, node:child_process, node:crypto or node:os", () => {
    const home = tempDir();
    expect(netlog(["contact", "add", "Elaine Longmire", "--every", "30d"], { HOME: home }).code).toBe(0);
    const loaded = loadedBy(["--today", "2030-01-01", "due"], { HOME: home, TZ: "UTC" });
    expect(loaded.stdout).toContain("Elaine Longmire");
    expect(loaded.dist).toEqual(["command-file.cjs", "netlog-due.cjs"]);
    expect(loaded.builtins.filter((b) => ["tty", "child_process", "crypto", "net", "os"].includes(b))).toEqual([]);
  });

  // cron's `netlog due --notify >/dev/null`, and every run whose output is thrown away.
  needs("root").it("into /dev/null: no node:tty either, to learn that it is not a terminal", () => {
    const home = tempDir();
    expect(netlog(["contact", "add", "Elaine Longmire", "--every", "30d"], { HOME: home }).code).toBe(0);
    const loaded = loadedBy(["--today", "2030-01-01", "due"], { HOME: home, TZ: "UTC" }, deviceFile("null"));
    expect(loaded.stdout).toBe("");
    expect(loaded.dist).toEqual(["command-file.cjs", "netlog-due.cjs"]);
    expect(loaded.builtins.filter((b) => ["tty", "child_process", "crypto", "net", "os"].includes(b))).toEqual([]);
  });

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

describe("what netlog add loads", () => {
  // A name with accents too: it is folded without the transliteration tables.
  it.each(["Elaine Longmire", "José Álvarez"])("for %s: its own file, and not node:crypto for the conversation's id (src/store/random.ts), nor node:os for chalk", (name) => {
    const home = tempDir();
    expect(netlog(["contact", "add", name], { HOME: home }).code).toBe(0);
    const loaded = loadedBy(["--today", "2030-01-01", "add", name, "--via", "phone"], { HOME: home, TZ: "UTC" });
    expect(loaded.stdout).toContain(name);
    expect(loaded.dist).toEqual(["command-file.cjs", "netlog-add.cjs"]);
    expect(loaded.builtins.filter((b) => ["tty", "child_process", "crypto", "net", "os"].includes(b))).toEqual([]);
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
