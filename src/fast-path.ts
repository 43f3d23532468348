// `netlog __complete` (which the shell runs on every Tab press) and `netlog --version` answered
// before commander, chalk and the command table load: bin/netlog.js asks here first and starts
// main.ts only when this declines. (--version is printed by command-file.cjs before this loads;
// it comes here when that write could not be made at once, as to a full pipe.) Each answer is exactly what main.ts would print; anything
// unusual (another flag on the line, stdout a file, a failed write) is left to main.ts, which
// then does what it always did, errors included.
import { writeDirect } from "./direct-write.js";
import { completionsFor } from "./fast-complete.js";
import { stdoutIsFile } from "./terminal.js";

declare const NETLOG_VERSION: string;

/** Prints the answer to `argv` and resolves to true, or to false when main.ts must run. */
export async function answerFast(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Promise<boolean> {
  const answer = await answerFor(argv, env);
  if (answer === undefined || stdoutIsFile()) return false;
  return answer === "" || (await written(answer));
}

async function answerFor(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Promise<string | undefined> {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) return `${NETLOG_VERSION}\n`;
  // What the completion scripts run: `netlog [--db PATH] __complete SHELL -- WORD...`.
  const [db, rest] = argv[0] === "--db" && argv.length > 1 ? [argv[1], argv.slice(2)] : [undefined, argv];
  const [command, shell, dashes, ...words] = rest;
  if (command !== "__complete" || shell === undefined || shell.startsWith("-") || dashes !== "--") return undefined;
  return completionsFor(shell, words, db, env);
}

/**
 * Straight to the descriptor: creating process.stdout (a socket for a pipe) costs more than the
 * rest of --version. A pipe whose reader has gone (`| head`) is not an error, as in main.ts; a full
 * non-blocking pipe is left to the stream, which waits; any other failure to main.ts, which says so.
 */
function written(text: string): boolean | Promise<boolean> {
  let rest: ReturnType<typeof writeDirect>;
  try {
    rest = writeDirect(Buffer.from(text));
  } catch {
    return false;
  }
  if (typeof rest === "string") return true;
  process.stdout.on("error", () => {});
  return new Promise((resolve) => {
    process.stdout.write(rest, (error?: NodeJS.ErrnoException | null) => resolve(!error || error.code === "EPIPE"));
  });
}
