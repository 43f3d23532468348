// The man page netlog.1, made from the commander program as docs/reference.md is: every visible
// command with its usage, description, arguments, options and examples, so `man netlog` never
// describes flags that have changed. `npm run docs` writes it; a test fails when the two differ.
import type { EventEmitter } from "node:events";
import type { Command, Help } from "commander";
import { everyCommand } from "./reference.js";

export function manPage(program: Command): string {
  const help = program.createHelp();
  const [, ...commands] = everyCommand(program);
  return `${[
    `.TH NETLOG 1 "" ${quoted(`netlog ${program.version() ?? ""}`.trim())} "User Commands"`,
    // Neither hyphenate nor justify: a path or a flag split across lines cannot be copied.
    ".nh",
    ".ad l",
    ".SH NAME",
    `netlog \\- ${text(lowerFirst(program.description()).replace(/\.$/, ""))}`,
    ".SH SYNOPSIS",
    `.B netlog\n${code("[options] <command> [arguments]")}`,
    ".SH DESCRIPTION",
    text(program.description()),
    ".PP",
    text("Every command takes -h, --help, which prints its usage, options and examples."),
    ".SH OPTIONS",
    "These options go before or after the command.",
    ...optionItems(program, help),
    ".SH COMMANDS",
    ...commands.flatMap((command) => commandSection(command, help)),
    ...STATIC_SECTIONS,
    ".SH EXAMPLES",
    ...exampleBlock(program, false),
    ".SH SEE ALSO",
    ".BR crontab (1),",
    ".BR crontab (5),",
    ".BR notify\\-send (1),",
    ".BR sqlite3 (1)",
    ".PP",
    text("docs/reference.md, docs/commands.md, docs/data.md and docs/cron.md in netlog's source."),
  ].join("\n")}\n`;
}

function commandSection(command: Command, help: Help): string[] {
  const args = help.visibleArguments(command);
  return [
    `.SS ${quoted(pathOf(command))}`,
    `.B ${code(help.commandUsage(command))}`,
    ".PP",
    text(help.commandDescription(command)),
    ...(args.length ? [".PP", "Arguments:", ...args.flatMap((arg) => [".TP", `\\fI${code(arg.name())}\\fR`, text(help.argumentDescription(arg))])] : []),
    ...(optionItems(command, help).length ? [".PP", "Options:", ...optionItems(command, help)] : []),
    ...exampleBlock(command),
  ];
}

/** Each option as a tagged paragraph; -h, --help is left out, as DESCRIPTION says every command has it. */
function optionItems(command: Command, help: Help): string[] {
  return help
    .visibleOptions(command)
    .filter((option) => option.long !== "--help")
    .flatMap((option) => [".TP", optionTerm(help.optionTerm(option)), text(help.optionDescription(option))]);
}

/** `--within <days>` as bold flag names and an italic value. */
function optionTerm(term: string): string {
  return term
    .split(/([<[][^>\]]*[>\]])/)
    .map((part) => (/^[<[]/.test(part) ? `\\fI${code(part)}\\fR` : part.trim() ? part.replace(/\S.*\S|\S/, (flags) => `\\fB${code(flags)}\\fR`) : part))
    .join("");
}

/** The examples of `--help` (written by the listener of addHelpText("after", …)), verbatim. */
function exampleBlock(command: Command, labelled = true): string[] {
  let after = "";
  // commander's Command is an EventEmitter, though its types do not say so.
  (command as unknown as EventEmitter).emit("afterHelp", { error: false, command, write: (chunk: string) => void (after += chunk) });
  const examples =
    after
      .split("\nExamples:\n")[1]
      ?.split("\n")
      .filter((line) => line.startsWith("  ")) ?? [];
  if (!examples.length) return [];
  return [...(labelled ? [".PP", "Examples:"] : []), ".PP", ".RS 4", ".EX", ...examples.map((line) => safeLine(code(line.slice(2)))), ".EE", ".RE"];
}

/** Prose: roff escapes, and the hyphens that begin an option (`--within`) as minus signs. */
function text(prose: string): string {
  return prose
    .split("\n")
    .map((line) => safeLine(escapeRoff(line.trim()).replace(/(^|[\s([`'"])(-{1,2})(?=[a-z0-9])/gi, (_m, before: string, dashes: string) => before + "\\-".repeat(dashes.length))))
    .join("\n");
}

/** What a person types (usage, flags, examples): every hyphen is a minus sign, to copy and paste. */
function code(typed: string): string {
  return escapeRoff(typed).replaceAll("-", "\\-");
}

/** Backslashes first, then anything outside ASCII as a named glyph, so the file is plain ASCII. */
function escapeRoff(raw: string): string {
  return [...raw.replaceAll("\\", "\\e")].map((ch) => (ch.codePointAt(0)! > 0x7e ? `\\[u${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}]` : ch)).join("");
}

/** A line that begins with `.` or `'` would be read as a request: `\&` makes it text. */
function safeLine(line: string): string {
  return /^[.']/.test(line) ? `\\&${line}` : line;
}

function quoted(arg: string): string {
  return `"${code(arg).replaceAll('"', "\\(dq")}"`;
}

function pathOf(command: Command): string {
  return command.parent ? `${pathOf(command.parent)} ${command.name()}` : command.name();
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** What is true of netlog outside its flags: src/store/paths.ts, src/main.ts and docs/data.md. */
const STATIC_SECTIONS = [
  ".SH FILES",
  "The database is the first of:",
  ".TP",
  '.BI \\-\\-db " path"',
  "the file given on the command line;",
  ".TP",
  ".B $NETLOG_DB",
  "when set and not empty;",
  ".TP",
  ".I $XDG_DATA_HOME/netlog/netlog.db",
  "when XDG_DATA_HOME is set to an absolute path (a relative one is ignored);",
  ".TP",
  ".I ~/.local/share/netlog/netlog.db",
  "otherwise.",
  ".PP",
  "The folder is created 0700 and the database, its",
  ".I \\-wal",
  "and",
  ".I \\-shm",
  "files and backups 0600.",
  ".B netlog doctor",
  "shows which database is used and why.",
  ".SH ENVIRONMENT",
  ".TP",
  ".B NETLOG_DB",
  "The database file, unless",
  ".B \\-\\-db",
  "is given.",
  ".TP",
  ".B XDG_DATA_HOME",
  "Where the database lives when neither",
  ".B \\-\\-db",
  "nor NETLOG_DB is given (default: ~/.local/share).",
  ".TP",
  ".B NO_COLOR",
  "When set and not empty, netlog never colours its output (as",
  ".B \\-\\-no\\-color",
  "does).",
  ".TP",
  ".B FORCE_COLOR",
  "Colour the output even when it is not a terminal (NO_COLOR and",
  ".B \\-\\-no\\-color",
  "win).",
  ".TP",
  ".B TZ",
  "The time zone that decides which calendar day is today;",
  ".B netlog cron",
  "writes it into the crontab line when set.",
  ".SH EXIT STATUS",
  ".TP",
  ".B 0",
  "Success.",
  ".TP",
  ".B 1",
  "The command could not be done: unknown or ambiguous contact, duplicate name, unusable database;",
  ".B search",
  "found nothing;",
  ".B doctor",
  "found a problem.",
  ".TP",
  ".B 2",
  "Usage: no command, unknown command or option, missing argument, or a date, cadence, channel, name or number that cannot be read.",
  ".TP",
  ".B 130",
  "A question was cancelled with Ctrl\\-C; nothing was saved.",
  ".PP",
  "Errors print one",
  ".B error:",
  "line and a",
  ".B hint:",
  "line on standard error, and change nothing in the database.",
];
