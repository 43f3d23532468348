// netlog.1 is made from the commands themselves (src/render/manpage.ts), like docs/reference.md,
// and it must render as a man page: groff, which man(1) runs, reads it without a warning.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli.js";
import { manPage } from "../../src/render/manpage.js";
import { everyCommand } from "../../src/render/reference.js";
import { needs } from "../helpers/needs.js";

const MAN_PAGE = fileURLToPath(new URL("../../netlog.1", import.meta.url));
const program = buildProgram(async () => {});

function commandPath(command: Command): string {
  return command.parent ? `${commandPath(command.parent)} ${command.name()}` : command.name();
}

/** groff as man(1) runs it, without bold or underlining, so the text can be compared. */
function groff(...args: string[]) {
  const run = spawnSync("groff", ["-man", "-Tutf8", ...args, MAN_PAGE], { encoding: "utf8", timeout: 15_000, env: { PATH: process.env.PATH, LC_ALL: "C.UTF-8" } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("netlog.1", () => {
  it("is what the commands make now", () => {
    expect(readFileSync(MAN_PAGE, "utf8"), "netlog.1 differs from netlog's commands: run npm run docs").toBe(manPage(program));
  });
});

needs("groff").describe("netlog.1 rendered by groff", () => {
  it("gives no warning, with every warning turned on", () => {
    expect(groff("-ww", "-z")).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("reads as a man page: its NAME line, each command's section, flags and examples as typed", () => {
    const { status, stdout, stderr } = groff("-P-cbou");
    expect([status, stderr]).toEqual([0, ""]);
    expect(stdout).toContain("NAME\n       netlog - keep professional relationships alive: log conversations, see\n       who is due for a touch-base\n");
    expect(stdout).toContain("\n       --within <days>\n              also list who comes due in the next days, e.g. 7d\n");
    expect(stdout).toContain("           netlog due --within 7d\n");
    expect(stdout).toContain("           netlog due --on 'next monday'\n");
    expect(stdout).toContain("(or call, coffee, sms …)");
    expect(stdout).toContain('EXAMPLES\n           netlog add "Elaine Longmire" --via phone');
    const headings = [...stdout.matchAll(/^ {3}(netlog\b.*)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(everyCommand(program).slice(1).map(commandPath));
    for (const section of ["SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "FILES", "ENVIRONMENT", "EXIT STATUS", "EXAMPLES", "SEE ALSO"])
      expect(stdout).toContain(`\n${section}\n`);
  });
});
