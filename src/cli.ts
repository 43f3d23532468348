// The command table: every command describes itself in a spec (src/cli/*.ts); this registers
// them with commander, handles `--json` once for all, and hands the output to main.ts.
import { Argument, Command, Option } from "commander";
import { COMMANDS } from "./cli/commands.js";
import type { AnyCommandSpec, TextChunks } from "./cli/spec.js";
import type { Ctx } from "./context.js";

/**
 * Runs one command's work with a context built from the global flags; prints what it returns,
 * then fails with `failure` when a command has both a report to show and an error to give, or
 * notes a `warning` on stderr when a side task (a desktop notification) did not work.
 */
export type Runner = (command: Command, work: (ctx: Ctx) => Promise<string | { text: string | TextChunks; failure?: Error; warning?: string }>) => Promise<void>;

declare const NETLOG_VERSION: string;

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function buildProgram(run: Runner): Command {
  const program = new Command("netlog")
    // A fixed width, whatever the terminal: docs/reference.md is this very help text.
    .configureHelp({ helpWidth: 100 })
    .description("Keep professional relationships alive: log conversations, see who is due for a touch-base.")
    .version(NETLOG_VERSION, "-V, --version")
    .option("--db <path>", "database file (default: $NETLOG_DB, else $XDG_DATA_HOME/netlog/netlog.db)")
    .option("--today <date>", "act as if today were this date (YYYY-MM-DD)")
    .option("--no-color", "never colour the output (also: NO_COLOR=1)")
    .option("--debug", "show stack traces on errors")
    .addHelpText("after", '\nExamples:\n  netlog add "Elaine Longmire" --via phone --note "talked about her move"\n  netlog due\n  netlog contact --help')
    .showSuggestionAfterError();
  const registered = new Map<string, Command>([["", program]]);
  for (const spec of COMMANDS) {
    const words = spec.path.split(" ");
    const command = registered.get(words.slice(0, -1).join(" "))!.command(words.at(-1)!, { hidden: spec.hidden });
    registered.set(spec.path, command);
    if (spec.summary) command.summary(spec.summary);
    if (spec.description) command.description(spec.description);
    for (const a of spec.arguments ?? []) command.addArgument(a.choices ? new Argument(a.name, a.description).choices(a.choices) : new Argument(a.name, a.description));
    for (const o of spec.options ?? []) command.addOption(o.repeatable ? new Option(o.flags, o.description).argParser(collect) : new Option(o.flags, o.description));
    const examples = spec.examples?.length ? `\nExamples:\n${spec.examples.map((e) => `  ${e}`).join("\n")}` : "";
    if (spec.notes || examples) command.addHelpText("after", `${spec.notes ? `\n${spec.notes}\n` : ""}${examples}`);
    const work = spec.run;
    if (work) command.action((...given: unknown[]) => run(command, (ctx) => perform(work, command, program, given.slice(0, -2), ctx)));
  }
  return program;
}

/** Runs a spec's work and picks what to print: its JSON under `--json`, else its text (either may come in pieces). */
async function perform(work: NonNullable<AnyCommandSpec["run"]>, command: Command, program: Command, args: unknown[], ctx: Ctx) {
  const options = await withParentOptions(command);
  const output = await work({ args, options, program }, ctx);
  if (typeof output === "string") return output;
  const json = options.json ? output.json : undefined;
  const text = json ? (await import("./render/json.js")).toJsonOutput(json()) : await output.text();
  return { text, failure: output.failure, warning: output.warning };
}

/**
 * commander reads the options written after `log edit ID` as `log`'s own when `log` has them
 * too (`--via`), wherever they are: take back the ones the subcommand also has, and refuse the
 * others (`log rm 412 --json`) rather than ignore them. (commander's positional options would do
 * this only if the program's own were positional too, and `netlog due --db x` must keep working.)
 */
async function withParentOptions(command: Command): Promise<Record<string, unknown>> {
  const options: Record<string, unknown> = { ...command.opts() };
  const parent = command.parent;
  if (!parent?.parent) return options;
  const own = new Set(command.options.map((o) => o.attributeName()));
  for (const [key, value] of Object.entries(parent.opts())) {
    if (value === undefined) continue;
    if (!own.has(key)) throw (await import("./errors.js")).usageError(`unknown option '--${key}'`, `see 'netlog ${parent.name()} ${command.name()} --help'`);
    options[key] ??= value;
  }
  return options;
}
