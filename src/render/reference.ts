// The command reference (docs/reference.md): every visible command's --help, exactly as netlog
// prints it. `npm run docs` writes it into docs/reference.md and a test fails when the two
// differ, so the docs never describe flags that have changed.
import { type Command, Help } from "commander";

export const REFERENCE_START = "<!-- command-reference:start (npm run docs writes this part; edit the spec in src/cli/ instead) -->";
export const REFERENCE_END = "<!-- command-reference:end -->";

export function commandReference(program: Command): string {
  const sections = everyCommand(program).map((command) => `### \`${pathOf(command)}\`\n\n\`\`\`text\n${helpText(command).trimEnd()}\n\`\`\``);
  return `${REFERENCE_START}\n\n${sections.join("\n\n")}\n\n${REFERENCE_END}`;
}

/** The program, then each command before its subcommands, in the order cli.ts declares them. */
export function everyCommand(command: Command): Command[] {
  // visibleCommands leaves out hidden ones; the implicit `help` command is not one of ours.
  const subcommands = new Help().visibleCommands(command).filter((sub) => command.commands.includes(sub));
  return [command, ...subcommands.flatMap(everyCommand)];
}

/** What `--help` writes, examples included (they are written by listeners on the help events). */
export function helpText(command: Command): string {
  let text = "";
  const saved = command.configureOutput();
  command.configureOutput({ writeOut: (chunk: string) => void (text += chunk), getOutHasColors: () => false });
  try {
    command.outputHelp();
  } finally {
    command.configureOutput(saved);
  }
  return text;
}

function pathOf(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(" ");
}
