// `netlog __complete`: what the shell may put at the cursor, worked out from the commander
// program itself, so every command, flag and argument declared in cli.ts (now or later) completes
// without a list to keep up to date. The shell scripts (render/completion-scripts.ts) only pass
// the words typed so far and show what comes back.
import { type Argument, type Command, Help, type Option } from "commander";
import { neutralise } from "../text/neutralise.js";
import type { Ctx } from "../context.js";
import { CHANNELS } from "../domain/channels.js";
import { nameKey } from "../domain/names.js";
import { type Quote, readTypedWord } from "../domain/shell-words.js";
import { readContactNames } from "../store/contact-names.js";
import type { Candidate, Completions, Shell } from "../reports/complete.js";

export const SHELLS: readonly Shell[] = ["bash", "zsh", "fish"];

/** Arguments named so take an existing contact's name (`contact merge <keep> <other>` too). */
const CONTACT_ARGUMENTS = new Set(["name", "keep", "other"]);
/** ... except where the name is someone new. */
const NEW_CONTACT_COMMANDS = new Set(["contact add"]);
const FILE_VALUES = new Set(["file", "path"]);

const help = new Help();

/**
 * `words` are the words after `netlog` up to the cursor, the last one being typed. zsh and fish
 * pass them unquoted; bash passes them as typed, split at `=` too (`--via`, `=`, `ph`).
 */
export function completionRequest(shell: Shell, words: readonly string[]): { before: string[]; current: string; openQuote: Quote | undefined } {
  if (shell !== "bash") return { before: words.slice(0, -1), current: words.at(-1) ?? "", openQuote: undefined };
  const joined: string[] = [];
  words.forEach((word, i) => {
    // `--via=ph`: readline completes `ph` alone; a bare `=` after the flag is the start of its value.
    if (word === "=" && joined.at(-1)?.startsWith("--")) {
      if (i === words.length - 1) joined.push("");
      return;
    }
    joined.push(word);
  });
  const typed = joined.map(readTypedWord);
  const last = typed.pop() ?? { text: "", openQuote: undefined };
  return { before: typed.map((t) => t.text), current: last.text, openQuote: last.openQuote };
}

export async function complete(program: Command, before: readonly string[], current: string, openQuote: Quote | undefined, ctx: Ctx): Promise<Completions> {
  const where = walk(program, before);
  const words = (candidates: Candidate[]): Completions => ({ kind: "words", candidates: candidates.filter((c) => c.value.startsWith(current)), openQuote });
  if (where.valueFor) {
    const kind = placeholder(where.valueFor);
    if (where.valueFor.argChoices) return words(where.valueFor.argChoices.map(bare));
    if (kind === "channel") return words(CHANNELS.map(bare));
    if (kind && FILE_VALUES.has(kind)) return { kind: "files", prefix: current };
    return words([]);
  }
  if (current.startsWith("-") && !where.afterDashes) return words(optionsOf(where.command));
  const argument = argumentAt(where.command, where.positionals);
  const commands = where.positionals === 0 && !where.afterDashes ? subcommandsOf(where.command) : [];
  if (!argument) return words(commands);
  if (argument.argChoices) return words([...commands, ...argument.argChoices.map(bare)]);
  if (FILE_VALUES.has(argument.name())) return { kind: "files", prefix: current };
  // `netlog help <Tab>`, `netlog contact help <Tab>`: the commands beside that help.
  if (argument.name() === "command" && where.command.name() === "help" && where.above) {
    return words(subcommandsOf(where.above));
  }
  if (CONTACT_ARGUMENTS.has(argument.name()) && !NEW_CONTACT_COMMANDS.has(pathOf(where.command))) {
    return { kind: "words", candidates: [...commands.filter((c) => c.value.startsWith(current)), ...contactsStartingWith(current, ctx)], openQuote };
  }
  return words(commands);
}

interface Position {
  command: Command;
  /** The command `command` was reached from (commander's implicit help command has no parent). */
  above?: Command;
  /** How many arguments of `command` come before the cursor. */
  positionals: number;
  /** The option whose value is being typed. */
  valueFor?: Option;
  afterDashes: boolean;
}

/** Reads the words before the cursor as commander would: into subcommands, past options and their values. */
function walk(program: Command, words: readonly string[]): Position {
  const at: Position = { command: program, positionals: 0, afterDashes: false };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    at.valueFor = undefined;
    if (!at.afterDashes && word === "--") {
      at.afterDashes = true;
    } else if (!at.afterDashes && word.startsWith("-") && word.length > 1) {
      const option = findOption(at.command, word.split("=")[0]!);
      if (option && (option.required || option.optional) && !word.includes("=")) {
        if (i === words.length - 1) at.valueFor = option;
        i++;
      }
    } else {
      const sub = at.positionals === 0 && !at.afterDashes ? help.visibleCommands(at.command).find((c) => c.name() === word || c.aliases().includes(word)) : undefined;
      if (sub) [at.above, at.command] = [at.command, sub];
      else at.positionals++;
    }
  }
  return at;
}

/** A command's own options, then those of the commands above it (global flags work anywhere). */
function optionsOf(command: Command): Candidate[] {
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (let c: Command | null = command; c; c = c.parent) {
    for (const option of help.visibleOptions(c)) {
      const flag = option.long ?? option.short;
      if (!flag || seen.has(flag)) continue;
      seen.add(flag);
      candidates.push({ value: flag, description: option.description });
    }
  }
  return candidates;
}

function findOption(command: Command, flag: string): Option | undefined {
  for (let c: Command | null = command; c; c = c.parent) {
    const found = help.visibleOptions(c).find((o) => o.long === flag || o.short === flag);
    if (found) return found;
  }
  return undefined;
}

function argumentAt(command: Command, index: number): Argument | undefined {
  const args = command.registeredArguments;
  const last = args.at(-1);
  return args[index] ?? (last?.variadic ? last : undefined);
}

/** `channel` in `--via <channel>`. */
function placeholder(option: Option): string | undefined {
  return /[<[]([^>\]]+)[>\]]/.exec(option.flags)?.[1];
}

function pathOf(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(" ");
}

/** Subcommands with what each is for (`summary`, else the description's first line), as in --help. */
function subcommandsOf(command: Command): Candidate[] {
  return help.visibleCommands(command).map((c) => ({ value: c.name(), description: c.summary() || c.description().split("\n")[0]! }));
}

function bare(value: string): Candidate {
  return { value, description: "" };
}

/**
 * Names starting with what was typed, folded as netlog itself matches names (nameKey: `jose` →
 * José Álvarez, `sor` → Søren). A name the neutraliser would change (control characters, bidi
 * controls, zero-width characters) cannot be typed back, and the shell would print it raw in its
 * list of candidates: such names are left out.
 */
function contactsStartingWith(prefix: string, ctx: Ctx): Candidate[] {
  // nameKey trims: a typed trailing space ("soren ") still ends the word.
  const wanted = nameKey(prefix) + (/\s$/.test(prefix) && prefix.trim() !== "" ? " " : "");
  let names: string[];
  try {
    names = readContactNames(ctx.dbLocation().path);
  } catch {
    return []; // no database yet, or not one netlog can read: nothing to offer, and nothing created
  }
  return names.filter((name) => neutralise(name) === name && nameKey(name).startsWith(wanted)).map(bare);
}
