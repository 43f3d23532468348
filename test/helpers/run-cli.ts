import type { Command } from "commander";
import { buildProgram } from "../../src/cli.js";
import type { Ctx } from "../../src/context.js";

export interface CliOutput {
  /** What the command printed on stdout. */
  stdout: string;
  /** The warning main.ts would print on stderr, if any. */
  warning?: string;
  /** The error main.ts would print, if the command failed. */
  error?: Error;
}

/**
 * Runs `argv` through the real command table (src/cli.ts) in-process, on `ctx`, collecting what
 * main.ts would print: the commands' own views, flags and all, without spawning a process.
 */
export async function runCli(ctx: Ctx, argv: readonly string[]): Promise<CliOutput> {
  const output: CliOutput = { stdout: "" };
  const program = buildProgram(async (_command, work) => {
    const result = await work(ctx);
    const { text, failure, warning } = typeof result === "string" ? { text: result, failure: undefined, warning: undefined } : result;
    // Output written as it is produced comes in pieces: gathered here as main.ts writes them.
    output.stdout += typeof text === "string" ? text : [...text].join("");
    if (warning) output.warning = warning;
    if (failure) throw failure;
  });
  forEachCommand(program, (cmd) => cmd.exitOverride().configureOutput({ outputError: () => {}, writeOut: (text) => void (output.stdout += text) }));
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    output.error = error as Error;
  }
  return output;
}

function forEachCommand(command: Command, visit: (c: Command) => void): void {
  visit(command);
  for (const sub of command.commands) forEachCommand(sub, visit);
}
