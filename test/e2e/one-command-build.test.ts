// `netlog due`, `netlog add`, `netlog log` and `netlog import` run from builds of main.ts that hold only their own command
// (scripts/build.mjs, fast-path.ts commandFile): what a user sees must be what the whole program
// shows, help and errors included, and those files must not load what the others need.
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { netlog } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";
import { portableNetlog } from "../helpers/portable-netlog.js";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const TODAY = "2026-11-25";
const ENV = { TZ: "America/Los_Angeles" };

const CASES: string[][] = [
  ["due", "--help"],
  ["add", "--help"],
  ["due", "--limt", "3"],
  ["due", "extra"],
  ["due", "--within", "soon"],
  ["due", "--on", "next monday", "--json"],
  ["add"],
  ["add", "Elaine Longmire", "--via", "pigeon"],
  ["add", "Elaine Longmire", "--via", "phone"],
  ["add", "Elaine Longmire", "--new", "--via", "coffee", "--date", "last tuesday", "--note", "her move"],
  ["add", "elaine", "--via", "phone", "--follow-up", "in 2 weeks"],
  ["due", "--all"],
  ["due", "--on", "2026-12-28", "--json"],
  // A name outside ASCII: the transliteration the one-command files load on first use.
  ["add", "Søren Ølsen", "--new", "--via", "phone"],
  ["add", "soren olsen", "--via", "email", "--note", "the deck"],
  ["log", "soren"],
  ["log"],
  ["log", "--limit", "1"],
  ["log", "elaine", "--json"],
  ["log", "--since", "whenever"],
  ["log", "rm", "999"],
  ["import", "--help"],
  ["import", "linkedin", "--help"],
  ["import", "linkedin", `${FIXTURES}Connections.csv`, "--every", "90d"],
  ["import", "linkedin", `${FIXTURES}Connections.csv`],
  ["import", "vcard", `${FIXTURES}contacts.vcf`, "--json"],
  ["import", "linkedin", `${FIXTURES}no-such-file.csv`],
  ["import", "mail"],
  ["import", "calendar", "--help"],
  ["due", "--all"],
];

/** Each database gives its rows their own random uuids, and each run its own clock. */
function withoutUuids(result: { stdout: string; stderr: string; code: number | null }) {
  return { ...result, stdout: result.stdout.replace(/"uuid": "[0-9a-f-]{36}"/g, '"uuid": "…"').replace(/"created_at": "[^"]+"/g, '"created_at": "…"') };
}

describe("due, add, log and import from their own builds", () => {
  it("print and exit as the whole program does, on the same database, step by step", async () => {
    const folder = tempDir();
    const [spawned, inProcess] = [join(folder, "spawned.db"), join(folder, "in-process.db")];
    for (const args of CASES) {
      const own = netlog(["--db", spawned, "--today", TODAY, ...args], ENV);
      const whole = await netlogInProcess(["--db", inProcess, "--today", TODAY, ...args], ENV);
      expect({ args, ...withoutUuids(own) }).toEqual({ args, ...withoutUuids(whole) });
    }
  });

  it("are one file each, without the other commands' specs or heavy packages", () => {
    for (const name of ["due", "add", "log", "import"]) {
      const code = readFileSync(`${DIST}netlog-${name}.cjs`, "utf8");
      // No chunk of the split build: one copy of NetlogError and of commander's errors.
      expect(code).not.toMatch(/from\s*"\.\/chunk-/);
      // Only the lazily loaded leaves, each a file of its own, and by require(): a file compiled
      // with its code cache has no import() on Node 20 (src/code-cache.ts).
      expect(code).not.toMatch(/\bimport\(/);
      const leaves = { due: ["lazy-natural-date.cjs", "lazy-prompts.cjs", "lazy-string-width.cjs"], import: ["lazy-prompts.cjs", "lazy-transliterate.cjs"] }[name] ?? [
        "lazy-natural-date.cjs",
        "lazy-prompts.cjs",
        "lazy-transliterate.cjs",
      ];
      expect([...code.matchAll(/require\("\.\/([^"]+)"\)/g)].map(([, file]) => file).sort()).toEqual(leaves);
      const sources = (JSON.parse(readFileSync(`${DIST}netlog-${name}.cjs.map`, "utf8")) as { sources: string[] }).sources;
      expect(sources.filter((s) => /node_modules\/(@inquirer|chrono-node|string-width)\//.test(s))).toEqual([]);
      const specs = name === "import" ? ["import", "import-mail", "import-calendar"] : [name];
      expect(sources.filter((s) => /src\/cli\/(?!spec|commands)/.test(s))).toEqual(specs.map((spec) => `../src/cli/${spec}.ts`));
    }
  });

  // V8 keeps a source with one character outside ASCII, in a comment too, as two bytes a
  // character: compiling netlog-add.cjs from its cache took 3.7 ms rather than 2.4 (timing marks
  // around new Script). The import build's packages have such comments; its reading costs more.
  it("are ASCII, as the fast path is", () => {
    for (const file of ["netlog-due.cjs", "netlog-add.cjs", "netlog-log.cjs", "fast-path.cjs"]) {
      const outside = readFileSync(`${DIST}${file}`, "utf8")
        .split("\n")
        .map((line, i) => ({ line: i + 1, text: line }))
        .filter(({ text }) => /[^\x00-\x7f]/.test(text));
      expect({ file, outside }).toEqual({ file, outside: [] });
    }
  });
});

describe("their V8 code cache (src/code-cache.ts)", () => {
  it("is made by the build for the node that built it, and this node takes it", () => {
    const script = `const { requireCompiled } = require(${JSON.stringify(`${DIST}command-file.cjs`)});
      for (const name of ["netlog-due", "netlog-add", "netlog-log", "netlog-import", "fast-path"]) console.log(name, requireCompiled(${JSON.stringify(DIST)} + name + ".cjs").rejected);`;
    const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", env: { PATH: "/usr/bin:/bin" } });
    expect({ stdout: run.stdout, stderr: run.stderr }).toEqual({
      stdout: "netlog-due false\nnetlog-add false\nnetlog-log false\nnetlog-import false\nfast-path false\n",
      stderr: "",
    });
  });

  it("damaged, another file's or missing, is refused: the command prints what it prints with its own", () => {
    const bin = portableNetlog();
    const dist = join(bin, "..", "..", "dist");
    // The same steps on a database each: with the build's caches, then with the copy's.
    const run = (file: string, args: string[][]) => {
      const db = join(tempDir(), "netlog.db");
      return args.map((step) => {
        const r = spawnSync(process.execPath, [file, "--db", db, "--today", TODAY, ...step], { encoding: "utf8", env: { PATH: "/usr/bin:/bin", ...ENV } });
        return { code: r.status, stdout: r.stdout, stderr: r.stderr };
      });
    };
    const steps = [
      ["add", "Elaine Longmire", "--new", "--via", "phone", "--follow-up", "in 2 weeks"],
      ["add", "elaine", "--via", "email", "--date", "last tuesday"],
      ["due", "--on", "2027-01-02"],
      ["log"],
    ];
    const expected = run(join(DIST, "..", "bin", "netlog.js"), steps);
    writeFileSync(join(dist, "netlog-add.cjs.cache"), "not a cache");
    copyFileSync(join(DIST, "netlog-add.cjs.cache"), join(dist, "netlog-due.cjs.cache"));
    rmSync(join(dist, "netlog-log.cjs.cache"));
    expect(run(bin, steps)).toEqual(expected);
    expect(expected.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    expect(expected[2]!.stdout).toContain("Elaine Longmire");
  });
});
