// The command reference (docs/reference.md) is each command's --help, and every --help shows its purpose
// and examples; the help never depends on the terminal it is printed to.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Command } from "commander";
import { buildProgram } from "../../src/cli.js";
import { everyCommand, helpText, REFERENCE_END, REFERENCE_START } from "../../src/render/reference.js";
import { BIN, netlog } from "../helpers/cli.js";
import { netlogInProcess } from "../helpers/in-process.js";
import { Terminal } from "../helpers/tmux.js";
import { needs } from "../helpers/needs.js";

const REFERENCE = new URL("../../docs/reference.md", import.meta.url);
const program = buildProgram(async () => {});

function commandPath(command: Command): string {
  return command.parent ? `${commandPath(command.parent)} ${command.name()}` : command.name();
}

describe("the command reference in docs/reference.md", () => {
  it("is the --help of every command, as netlog prints it now", async () => {
    const readme = readFileSync(REFERENCE, "utf8");
    const inReadme = readme.slice(readme.indexOf(REFERENCE_START), readme.indexOf(REFERENCE_END) + REFERENCE_END.length);
    const generated = (await netlogInProcess(["__reference"], {})).stdout.trimEnd();
    expect(inReadme, "docs/reference.md differs from netlog's --help: run npm run docs").toBe(generated);
  });

  it("holds every visible command and no hidden one", async () => {
    const generated = (await netlogInProcess(["__reference"], {})).stdout;
    const headings = [...generated.matchAll(/^### `(.*)`$/gm)].map((m) => m[1]);
    expect(headings).toContain("netlog contact show");
    expect(headings).toContain("netlog completion");
    expect(headings.filter((h) => h!.includes("__") || h!.endsWith(" help"))).toEqual([]);
    expect(headings.length).toBe(everyCommand(program).length);
  });
});

describe("--help", () => {
  it.each(everyCommand(program).map((command) => [commandPath(command), command] as const))("of %s says what it is for and shows two or more examples", (_name, command) => {
    const text = helpText(command);
    const [usage, blank, purpose] = text.split("\n");
    expect([usage!.startsWith("Usage: "), blank, purpose!.length > 10]).toEqual([true, "", true]);
    const examples = text
      .split("\nExamples:\n")[1]
      ?.split("\n")
      .filter((line) => line.startsWith("  "));
    expect(examples?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  needs("tmux").it("is the same on a wide colour terminal as in a pipe", async () => {
    const piped = netlog(["due", "--help"], {}).stdout;
    expect(piped).toBe(helpText(everyCommand(program).find((c) => c.name() === "due")!));
    const terminal = new Terminal(`env -u NO_COLOR FORCE_COLOR=3 COLUMNS=120 '${process.execPath}' '${BIN}' due --help`);
    const screen = await terminal.waitFor("[exit 0]");
    expect(screen.slice(0, screen.indexOf("[exit 0]"))).toBe(piped);
    expect(terminal.screen(true)).toBe(terminal.screen());
  });
});
