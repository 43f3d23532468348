// What a command says about itself: its words, arguments, flags and examples as plain data, and
// a `run` that loads its work and its views only when it runs. src/cli.ts registers every spec
// with commander; docs/reference.md and netlog.1 are generated from the same registrations.
import type { Command } from "commander";
import type { Ctx } from "../context.js";

export interface ArgumentSpec {
  /** commander's syntax: `<name>` required, `[name]` optional, `<words...>` the rest. */
  readonly name: string;
  readonly description?: string;
  readonly choices?: readonly string[];
}

export interface OptionSpec {
  /** commander's syntax: `--via <channel>` takes a value, `--new` is a switch. */
  readonly flags: string;
  readonly description?: string;
  /** May be given several times (and comma-separated): the value is a list. */
  readonly repeatable?: boolean;
}

/**
 * Text written as it is produced, piece by piece: a list of every conversation is written in
 * blocks as its rows are read, so memory stays bounded and `| head -1` ends at once.
 */
export type TextChunks = Iterable<string>;

/** What a command hands back: the text to print, or JSON under `--json`, and how to end. */
export interface Output {
  text(): string | TextChunks | Promise<string | TextChunks>;
  /** The JSON value `--json` prints, for commands with that flag; its arrays may be JsonItems, read as written. */
  json?(): unknown;
  /** Printed as the error after the output: the command has both a report and a failure. */
  failure?: Error;
  /** Printed as a warning line: a side task (a desktop notification) did not work. */
  warning?: string;
}

/** commander's camelCase key for a flag: `--follow-up <when>` → `followUp`. */
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
type LongName<Flags extends string> = Flags extends `${string}--${infer Rest}` ? (Rest extends `${infer Name} ${string}` ? Name : Rest) : never;
type OptionValue<O extends OptionSpec> = O["repeatable"] extends true ? string[] : O["flags"] extends `${string}<${string}>` ? string : boolean;

/** The options object a command receives, derived from its flags so the two cannot drift. */
export type OptionsOf<Os extends readonly OptionSpec[]> = { [O in Os[number] as Camel<LongName<O["flags"]>>]?: OptionValue<O> };

type ArgumentValue<A extends ArgumentSpec> = A["name"] extends `${string}...${string}`
  ? string[]
  : A["name"] extends `<${string}>`
    ? A["choices"] extends readonly (infer Choice)[]
      ? Choice
      : string
    : string | undefined;

/** The positional arguments, in order, derived from the argument specs. */
export type ArgumentsOf<As extends readonly ArgumentSpec[]> = { -readonly [K in keyof As]: ArgumentValue<As[K]> };

/** What `run` receives besides the context; `program` is for completion and the reference. */
export interface Invocation<As extends readonly ArgumentSpec[], Os extends readonly OptionSpec[]> {
  args: ArgumentsOf<As>;
  options: OptionsOf<Os>;
  program: Command;
}

export interface CommandSpec<As extends readonly ArgumentSpec[], Os extends readonly OptionSpec[]> {
  /** The words that call it: `due`, `contact add`. A group's subcommands follow it in the list. */
  readonly path: string;
  /** The one line of `netlog --help`; the description is used when absent. */
  readonly summary?: string;
  readonly description?: string;
  readonly arguments?: As;
  /** A `--json` among them makes the command print its output's `json()` when given. */
  readonly options?: Os;
  /** Help text placed before the examples (keys of a prompt, for instance). */
  readonly notes?: string;
  readonly examples?: readonly string[];
  readonly hidden?: boolean;
  /** Absent for a group that only holds subcommands. */
  readonly run?: (invocation: Invocation<As, Os>, ctx: Ctx) => Promise<string | Output>;
}

/** A spec with its types erased, as the registering loop sees it. */
export interface AnyCommandSpec {
  readonly path: string;
  readonly summary?: string;
  readonly description?: string;
  readonly arguments?: readonly ArgumentSpec[];
  readonly options?: readonly OptionSpec[];
  readonly notes?: string;
  readonly examples?: readonly string[];
  readonly hidden?: boolean;
  readonly run?: (invocation: { args: unknown[]; options: Record<string, unknown>; program: Command }, ctx: Ctx) => Promise<string | Output>;
}

/** Checks a spec against its own flags and arguments, and erases the types for the list. */
export function defineCommand<const As extends readonly ArgumentSpec[] = [], const Os extends readonly OptionSpec[] = []>(spec: CommandSpec<As, Os>): AnyCommandSpec {
  return spec as unknown as AnyCommandSpec;
}

/** `--json` is the registering loop's: a command need not read it. */
type Ignored<Given, Wanted> = Exclude<keyof Given, keyof Wanted | "json">;
type Drift<Given, Wanted> = [Exclude<keyof Wanted, keyof Given>, Ignored<Given, Wanted>] extends [never, never]
  ? unknown
  : { "a command option without a flag, or a flag the command ignores": [Exclude<keyof Wanted, keyof Given>, Ignored<Given, Wanted>] };

/**
 * Hands a command its options typed as the command declares them, checked both ways: compiling
 * fails when the command reads an option that no flag gives, or a flag is one it never reads
 * (but `--json`, which cli.ts prints).
 * (A spread alone would not catch either: TypeScript checks no missing optional keys.)
 */
export function optionsFor<Wanted>(): <Given extends Wanted>(given: Given & Drift<Given, Wanted>) => Wanted {
  return (given) => given;
}
