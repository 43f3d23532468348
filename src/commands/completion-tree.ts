// The commander program as completion reads it, as plain data: built from the program in
// process, and written by the build to dist/completion-tree.json, so that a Tab press
// (src/fast-path.ts) reads a file instead of loading commander and every command's spec.
import type { Command, Option } from "commander";

/** What completion reads of an option: commander's Option, as plain data. */
export interface OptionNode {
  long?: string;
  short?: string;
  description: string;
  /** Takes a value (`--via <channel>`), so the next word is that value. */
  takesValue: boolean;
  /** `channel` in `--via <channel>`. */
  placeholder?: string;
  choices?: readonly string[];
}

export interface ArgumentNode {
  name: string;
  variadic: boolean;
  choices?: readonly string[];
}

/**
 * A command as completion sees it: only what `--help` shows (hidden commands and options left
 * out), so that the tree can be written to a file when netlog is built and read on each Tab
 * without building the commander program again.
 */
export interface CommandNode {
  name: string;
  aliases: string[];
  /** What it is for (`summary`, else the description's first line), as in --help. */
  summary: string;
  /** The words that call it (`contact add`); "" for the program and commander's help command. */
  path: string;
  /** commander's implicit help command has no parent: the global flags are not its own. */
  detached: boolean;
  options: OptionNode[];
  arguments: ArgumentNode[];
  commands: CommandNode[];
}

/** The program's commands, options and arguments, as `--help` lists them. */
export function completionTree(program: Command): CommandNode {
  const help = program.createHelp();
  const node = (command: Command, above: Command | null): CommandNode => ({
    name: command.name(),
    aliases: command.aliases(),
    summary: command.summary() || command.description().split("\n")[0]!,
    path: pathOf(command),
    detached: above !== null && command.parent !== above,
    options: help.visibleOptions(command).map(optionNode),
    arguments: command.registeredArguments.map((a) => ({ name: a.name(), variadic: a.variadic, ...(a.argChoices ? { choices: a.argChoices } : {}) })),
    commands: help.visibleCommands(command).map((sub) => node(sub, command)),
  });
  return node(program, null);
}

function optionNode(option: Option): OptionNode {
  const placeholder = /[<[]([^>\]]+)[>\]]/.exec(option.flags)?.[1];
  return {
    ...(option.long ? { long: option.long } : {}),
    ...(option.short ? { short: option.short } : {}),
    description: option.description,
    takesValue: option.required || option.optional,
    ...(placeholder ? { placeholder } : {}),
    ...(option.argChoices ? { choices: option.argChoices } : {}),
  };
}

function pathOf(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(" ");
}
