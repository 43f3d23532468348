// netlog keeps other people's details on this machine: no part of it may start programs or
// open network connections. (commander and inquirer's editor prompt can spawn programs, for
// features netlog does not use.)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const FORBIDDEN = /\b(?:node:)?(?:child_process|net|http|https|http2|dgram|tls|dns)\b["']|\bfetch\s*\(|\bWebSocket\b|\beditor\s*\(/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

describe("privacy", () => {
  it("no source file imports a way to run programs or reach the network", () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(40);
    expect(files.filter((f) => FORBIDDEN.test(readFileSync(f, "utf8"))).map((f) => f.slice(SRC.length))).toEqual([]);
  });

  it("the check finds such an import", () => {
    expect(['import { spawn } from "node:child_process";', 'import http from "http";', "await fetch(url)"].map((line) => FORBIDDEN.test(line))).toEqual([true, true, true]);
  });
});
