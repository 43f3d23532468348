// `netlog due` runs every morning: what it loads must not include the heavy modules that only
// other commands need (GUIDE: lazy-load inquirer, chrono-node, the name matchers).
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

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
