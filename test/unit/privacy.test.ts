// netlog keeps other people's details on this machine: no part of it may open network
// connections, and the only programs it starts are the two named in context.ts's ExternalProgram
// (crontab, notify-send), from one function in main.ts. (commander and inquirer's editor prompt
// can spawn programs, for features netlog does not use.)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const NETWORK = /\b(?:node:)?(?:net|http|https|http2|dgram|tls|dns)\b["']|\bfetch\s*\(|\bWebSocket\b|\beditor\s*\(/;
const PROGRAMS = /\b(?:node:)?child_process\b["']/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

describe("privacy", () => {
  it("no source file imports a way to reach the network", () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(40);
    expect(files.filter((f) => NETWORK.test(readFileSync(f, "utf8"))).map((f) => f.slice(SRC.length))).toEqual([]);
  });

  it("only main.ts can start programs, and only crontab and notify-send", () => {
    expect(
      sources(SRC)
        .filter((f) => PROGRAMS.test(readFileSync(f, "utf8")))
        .map((f) => f.slice(SRC.length)),
    ).toEqual(["main.ts"]);
    expect(readFileSync(join(SRC, "context.ts"), "utf8")).toContain('export type ExternalProgram = "crontab" | "notify-send";');
    expect(readFileSync(join(SRC, "main.ts"), "utf8")).toContain("function runProgram(name: ExternalProgram,");
  });

  it("the checks find such imports", () => {
    expect(['import http from "http";', "await fetch(url)", 'import net from "node:net";'].map((line) => NETWORK.test(line))).toEqual([true, true, true]);
    expect(PROGRAMS.test('import { spawn } from "node:child_process";')).toBe(true);
  });
});
