// `netlog __complete`: what the shell may put at the cursor, worked out from the commander
// program itself, so every command, flag and argument declared in cli.ts (now or later) completes
// without a list to keep up to date: it is read into a plain tree (completion-tree.ts), which
// the build also writes to a file for the Tab presses (src/fast-path.ts). The shell scripts
// (render/completion-scripts.ts) only pass the words typed so far and show what comes back.
import type { Command } from "commander";
import { neutralise } from "../text/neutralise.js";
import type { Ctx } from "../context.js";
import { CHANNELS } from "../domain/channels.js";
import { type Quote, readTypedWord } from "../domain/shell-words.js";
import type { Candidate, Completions, Shell } from "../reports/complete.js";
import { nameFoldFor } from "./name-fold.js";
import { type ArgumentNode, type CommandNode, completionTree, type OptionNode } from "./completion-tree.js";

export const SHELLS: readonly Shell[] = ["bash", "zsh", "fish"];

/** Arguments named so take an existing contact's name (`contact merge <keep> <other>` too). */
const CONTACT_ARGUMENTS = new Set(["name", "keep", "other"]);
/** ... except where the name is someone new. */
const NEW_CONTACT_COMMANDS = new Set(["contact add"]);
const FILE_VALUES = new Set(["file", "path"]);

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
  return completeIn(completionTree(program), before, current, openQuote, () => ctx.dbLocation().path);
}

/** What fits at the cursor in `tree`; `dbPath` names the database the contact names come from. */
export async function completeIn(tree: CommandNode, before: readonly string[], current: string, openQuote: Quote | undefined, dbPath: () => string): Promise<Completions> {
  const where = walk(tree, before);
  const words = (candidates: Candidate[], names: string[] = []): Completions => ({
    kind: "words",
    candidates: candidates.filter((c) => c.value.startsWith(current)),
    names,
    openQuote,
  });
  if (where.valueFor) {
    const kind = where.valueFor.placeholder;
    if (where.valueFor.choices) return words(where.valueFor.choices.map(bare));
    if (kind === "channel") return words(CHANNELS.map(bare));
    if (kind && FILE_VALUES.has(kind)) return { kind: "files", prefix: current };
    return words([]);
  }
  if (current.startsWith("-") && !where.afterDashes) return words(optionsOf(where.chain));
  const argument = argumentAt(where.command, where.positionals);
  const commands = where.positionals === 0 && !where.afterDashes ? subcommandsOf(where.command) : [];
  if (!argument) return words(commands);
  if (argument.choices) return words([...commands, ...argument.choices.map(bare)]);
  if (FILE_VALUES.has(argument.name)) return { kind: "files", prefix: current };
  // `netlog help <Tab>`, `netlog contact help <Tab>`: the commands beside that help.
  if (argument.name === "command" && where.command.name === "help" && where.above) {
    return words(subcommandsOf(where.above));
  }
  if (CONTACT_ARGUMENTS.has(argument.name) && !NEW_CONTACT_COMMANDS.has(where.command.path)) {
    return words(commands, await contactsStartingWith(current, dbPath));
  }
  return words(commands);
}

interface Position {
  command: CommandNode;
  /** `command`, then the commands above it whose options apply too (global flags work anywhere). */
  chain: CommandNode[];
  /** The command `command` was reached from. */
  above?: CommandNode;
  /** How many arguments of `command` come before the cursor. */
  positionals: number;
  /** The option whose value is being typed. */
  valueFor?: OptionNode;
  afterDashes: boolean;
}

/** Reads the words before the cursor as commander would: into subcommands, past options and their values. */
function walk(tree: CommandNode, words: readonly string[]): Position {
  const at: Position = { command: tree, chain: [tree], positionals: 0, afterDashes: false };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    at.valueFor = undefined;
    if (!at.afterDashes && word === "--") {
      at.afterDashes = true;
    } else if (!at.afterDashes && word.startsWith("-") && word.length > 1) {
      const option = findOption(at.chain, word.split("=")[0]!);
      if (option?.takesValue && !word.includes("=")) {
        if (i === words.length - 1) at.valueFor = option;
        i++;
      }
    } else {
      const sub = at.positionals === 0 && !at.afterDashes ? at.command.commands.find((c) => c.name === word || c.aliases.includes(word)) : undefined;
      if (sub) {
        at.above = at.command;
        at.command = sub;
        at.chain = sub.detached ? [sub] : [sub, ...at.chain];
      } else at.positionals++;
    }
  }
  return at;
}

/** A command's own options, then those of the commands above it. */
function optionsOf(chain: readonly CommandNode[]): Candidate[] {
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const c of chain) {
    for (const option of c.options) {
      const flag = option.long ?? option.short;
      if (!flag || seen.has(flag)) continue;
      seen.add(flag);
      candidates.push({ value: flag, description: option.description });
    }
  }
  return candidates;
}

function findOption(chain: readonly CommandNode[], flag: string): OptionNode | undefined {
  for (const c of chain) {
    const found = c.options.find((o) => o.long === flag || o.short === flag);
    if (found) return found;
  }
  return undefined;
}

function argumentAt(command: CommandNode, index: number): ArgumentNode | undefined {
  const args = command.arguments;
  const last = args.at(-1);
  return args[index] ?? (last?.variadic ? last : undefined);
}

function subcommandsOf(command: CommandNode): Candidate[] {
  return command.commands.map((c) => ({ value: c.name, description: c.summary }));
}

function bare(value: string): Candidate {
  return { value, description: "" };
}

/**
 * Names starting with what was typed, folded as netlog itself matches names (nameKey: `jose` →
 * José Álvarez, `sor` → Søren): the store keeps each name folded so (name_key), and reads only
 * those that start so. A name the neutraliser would change (control characters, bidi controls,
 * zero-width characters) cannot be typed back, and the shell would print it raw in its list of
 * candidates: such names are left out.
 */
async function contactsStartingWith(prefix: string, dbPath: () => string): Promise<string[]> {
  const fold = await nameFoldFor([prefix]);
  // nameKey trims: a typed trailing space ("soren ") still ends the word.
  const wanted = fold(prefix) + (/\s$/.test(prefix) && prefix.trim() !== "" ? " " : "");
  let names: string[];
  try {
    // Loaded only here: completing a command or a flag needs no SQLite driver.
    names = (await import("../store/contact-names.js")).readContactNamesStartingWith(dbPath(), wanted);
  } catch {
    return []; // no database yet, or not one netlog can read: nothing to offer, and nothing created
  }
  return names.filter((name) => neutralise(name) === name);
}
