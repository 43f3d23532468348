// `netlog due`, `netlog add` and `netlog log` run from builds of main.ts that hold only their own command
// (scripts/build.mjs, fast-path.ts commandFile): what a user sees must be what the whole program
// shows, help and errors included, and those files must not load what the others need.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { netlog } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
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
];

/** Each database gives its rows their own random uuids, and each run its own clock. */
function withoutUuids(result: { stdout: string; stderr: string; code: number | null }) {
  return { ...result, stdout: result.stdout.replace(/"uuid": "[0-9a-f-]{36}"/g, '"uuid": "…"').replace(/"created_at": "[^"]+"/g, '"created_at": "…"') };
}

describe("due, add and log from their own builds", () => {
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
    for (const name of ["due", "add", "log"]) {
      const code = readFileSync(`${DIST}netlog-${name}.cjs`, "utf8");
      // No chunk of the split build: one copy of NetlogError and of commander's errors.
      expect(code).not.toMatch(/from\s*"\.\/chunk-/);
      // Only the lazily loaded leaves, each a file of its own.
      expect([...code.matchAll(/import\("\.\/([^"]+)"\)/g)].map(([, file]) => file).sort()).toEqual(
        name === "due" ? ["lazy-natural-date.js", "lazy-prompts.js", "lazy-string-width.js"] : ["lazy-natural-date.js", "lazy-prompts.js"],
      );
      const sources = (JSON.parse(readFileSync(`${DIST}netlog-${name}.cjs.map`, "utf8")) as { sources: string[] }).sources;
      expect(sources.filter((s) => /node_modules\/(@inquirer|chrono-node|string-width)\//.test(s))).toEqual([]);
      expect(sources.filter((s) => /src\/cli\/(?!spec|commands)/.test(s))).toEqual([`../src/cli/${name}.ts`]);
    }
  });
});
