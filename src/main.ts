// The edge of the program: the only place that reads the clock, the environment and the
// terminal (all given in `io`), prints errors and decides the exit code.
import { existsSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { isatty, stdoutIsFile } from "./terminal.js";
import { fileURLToPath } from "node:url";
import chalk, { Chalk } from "chalk";
import { type Command, CommanderError } from "commander";
import { buildProgram } from "./cli.js";
import type { Ctx, ExternalProgram, ProgramResult } from "./context.js";
import { writeDirect } from "./direct-write.js";
import { isCalendarDate, localDateOf, toLocalMidnight } from "./domain/dates.js";
import { Declined, NetlogError, usageError } from "./errors.js";
import type { Io } from "./io.js";
import { cacheForOneScan, type Database, openDatabase } from "./store/db.js";
import { resolveDbLocation } from "./store/paths.js";
import { writeAll } from "./store/safe-file.js";
import { neutralise } from "./text/neutralise.js";
import { describeSqliteError } from "./store/sqlite-errors.js";
import { lazyPrompter } from "./ui/lazy-prompter.js";
import { NO_PROGRESS, terminalProgress } from "./ui/progress.js";

interface GlobalOptions {
  db?: string;
  today?: string;
  color?: boolean;
  debug?: boolean;
}

/** Runs netlog with `argv` (without node and the script) in `io`; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const opened: { db?: Database; path?: string } = {};
  // commander prints help and the version itself: through writeOutput too, so that
  // `netlog --help | head` ends quietly and a full disk is an error.
  let helpWritten: Promise<void> = Promise.resolve();
  const program = buildProgram(async (command, work) => {
    const output = await work(makeContext(command, opened, io)).catch((error: unknown) => {
      if (error instanceof Declined) return `${error.message}\n`;
      throw error;
    });
    const { text, failure, warning } = typeof output === "string" ? { text: output, failure: undefined, warning: undefined } : output;
    if (typeof text !== "string") await writeChunks(io, text);
    else if (text) await writeOutput(io, text);
    if (warning) io.stderr.write(`warning: ${visible(warning)}\n`);
    if (failure) throw failure;
  });
  forEachCommand(program, (cmd) =>
    cmd
      .exitOverride((error) => {
        throw Object.assign(error, { commandPath: commandPath(cmd) });
      })
      .configureOutput({
        outputError: () => {},
        writeOut: (text) =>
          void (helpWritten = helpWritten.then(async () => {
            await writeOutput(io, text);
          })),
        // The help shown before "which command?" (commander writes it to stderr itself).
        writeErr: (text) => io.stderr.write(text),
      }),
  );
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    const unwritten = await helpWritten.then(
      () => undefined,
      (failure: unknown) => failure,
    );
    return report(io, unwritten ?? error, argv.includes("--debug"), opened.path);
  } finally {
    opened.db?.close();
  }
}

const OUTPUT_HINT = "check the disk or the file the output goes to";

/** Waits for stdout to take the text, so a full disk is an error rather than a silent exit 0. */
async function writeOutput(io: Io, text: string): Promise<"closed" | undefined> {
  try {
    return await io.stdout.write(text);
  } catch (error) {
    throw new NetlogError(`cannot write the output: ${(error as Error).message}`, { hint: OUTPUT_HINT });
  }
}

/** Text gathered before a write: few system calls, and little held (UTF-16 units, about 64 KiB). */
const BLOCK = 64 * 1024;

/** The first block: a pipe's reader that wants a line (`| head -1`) gets it, and netlog learns it has gone, after a few rows. */
const FIRST_BLOCK = 4 * 1024;

/**
 * Output still being written after its first two blocks is long: the heap is kept small from
 * there (Io.keepHeapSmall). Not sooner: the reader of `netlog log | head -1` has gone by the
 * second, and loading node:v8 for it cost that command about 4 ms.
 */
const LONG_AFTER_BLOCKS = 2;

/** The runs that have asked: a command that knew its output would be long asked before writing it. */
const keptSmall = new WeakSet<Io>();

function keepHeapSmall(io: Io): void {
  if (keptSmall.has(io)) return;
  keptSmall.add(io);
  io.keepHeapSmall?.();
}

/**
 * Writes output as it is produced, a block at a time, each waited for as writeOutput does; the
 * blocks double from FIRST_BLOCK to BLOCK. Once the reader has gone (`netlog log | head -1`) it
 * stops: leaving the loop ends the pieces' source, and with it the database rows still unread.
 */
async function writeChunks(io: Io, chunks: Iterable<string>): Promise<void> {
  let block = "";
  let size = FIRST_BLOCK;
  let blocks = 0;
  for (const chunk of chunks) {
    block += chunk;
    if (block.length < size) continue;
    if ((await writeOutput(io, block)) === "closed") return;
    if (++blocks === LONG_AFTER_BLOCKS) keepHeapSmall(io);
    block = "";
    size = Math.min(BLOCK, size * 2);
  }
  if (block) await writeOutput(io, block);
}

/** `clock`'s local time of day on the calendar day `date`. */
function sameTimeOn(date: string, clock: Date): Date {
  const moment = toLocalMidnight(date);
  moment.setHours(clock.getHours(), clock.getMinutes(), clock.getSeconds(), clock.getMilliseconds());
  return moment;
}

function makeContext(command: Command, opened: { db?: Database; path?: string }, io: Io): Ctx {
  const options = command.optsWithGlobals<GlobalOptions>();
  if (options.today !== undefined && !isCalendarDate(options.today)) {
    throw usageError(`--today: '${options.today}' is not a date`, "write it as YYYY-MM-DD");
  }
  // stdout first: a pipe answers without node:tty, which stdin (/dev/null under cron, a device) would load.
  const interactive = io.stdout.isTTY && io.stdin.isTTY;
  const clock = io.now();
  const location = () => resolveDbLocation(options.db, io.env);
  return {
    today: options.today ?? localDateOf(clock),
    // Under --today, changes are stamped on that day (at this time of day), so that undo and the
    // journal speak of the day being caught up on, not of when it was typed.
    now: options.today === undefined ? clock.toISOString() : sameTimeOn(options.today, clock).toISOString(),
    dbLocation() {
      const found = location();
      opened.path = found.path;
      return found;
    },
    db() {
      if (!opened.db) {
        opened.path = location().path;
        // Backup files are named by the real date, whatever --today says.
        opened.db = openDatabase(opened.path, localDateOf(clock), { listsFrom: options.today });
      }
      return opened.db;
    },
    readingEverything() {
      cacheForOneScan(this.db());
    },
    outputIsLong: () => keepHeapSmall(io),
    prompter: interactive ? lazyPrompter() : undefined,
    stdoutIsTTY: io.stdout.isTTY,
    columns: io.stdout.columns,
    progress: (label, total) => (io.stderr.isTTY ? terminalProgress(stderrStream(io), label, total) : NO_PROGRESS),
    style: new Chalk({ level: colorLevel(io, options.color !== false) }),
    // bin/netlog.js beside dist/, through any symlink (~/.local/bin/netlog), as cron needs it.
    invocation: () => ({ node: process.execPath, script: realpathSync(fileURLToPath(new URL("../bin/netlog.js", import.meta.url))) }),
    timeZone: io.env.TZ || undefined,
    runProgram: (name, args, runOptions) => runProgram(io.env, name, args, runOptions),
  };
}

/** stderr as a stream that the progress line can draw on. */
function stderrStream(io: Io) {
  return {
    write: (text: string) => {
      io.stderr.write(text);
      return true;
    },
  };
}

function runProgram(
  env: Readonly<Record<string, string | undefined>>,
  name: ExternalProgram,
  args: readonly string[],
  options: { input?: string; timeoutMs: number },
): ProgramResult {
  // Loaded here, when a program is started (cron, --notify): child_process and the net and
  // stream modules it brings cost every other run a few milliseconds.
  const { spawnSync } = createRequire(import.meta.url)("node:child_process") as typeof import("node:child_process");
  const result = spawnSync(name, args, {
    env: name === "notify-send" ? withSessionBus(env) : env,
    input: options.input,
    stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    encoding: "utf8",
    timeout: options.timeoutMs,
    // A program that ignores SIGTERM must not keep netlog (and cron) waiting.
    killSignal: "SIGKILL",
  });
  const code = (result.error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return { kind: "missing" };
  if (code === "ETIMEDOUT") return { kind: "timeout" };
  if (result.error) throw result.error;
  return { kind: "exited", code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * cron gives no session bus address, and notify-send then tries X11 and fails. While the user is
 * logged in to a desktop, its bus is the socket `bus` in their runtime folder (systemd's
 * /run/user/UID): point notify-send there, so `netlog due --notify` from cron reaches the screen.
 */
function withSessionBus(env: Readonly<Record<string, string | undefined>>): Readonly<Record<string, string | undefined>> {
  if (env.DBUS_SESSION_BUS_ADDRESS) return env;
  const bus = join(env.XDG_RUNTIME_DIR || `/run/user/${process.getuid?.() ?? 0}`, "bus");
  return existsSync(bus) ? { ...env, DBUS_SESSION_BUS_ADDRESS: `unix:path=${bus}` } : env;
}

/** chalk honours FORCE_COLOR and terminals by itself, but not NO_COLOR (no-color.org), which wins. */
function colorLevel(io: Io, colorFlag: boolean): typeof chalk.level {
  if (!colorFlag || io.env.NO_COLOR) return 0;
  return io.colorLevel;
}

function report(io: Io, error: unknown, debug: boolean, dbPath: string | undefined): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return 0; // --help, --version
    const path = (error as CommanderError & { commandPath?: string }).commandPath ?? "netlog";
    if (error.code === "commander.help") {
      // commander has printed the help because no command was given
      printError(io, `which command? ${path} needs one of the commands above`, `see '${path} --help'`);
      return 2;
    }
    const [, message = error.message, suggestion] = /^(?:error: )?(.*?)(?:\n\(Did you mean (.*)\?\))?$/s.exec(error.message) ?? [];
    printError(io, message, `${suggestion ? `did you mean ${suggestion}? See` : "see"} '${path} --help'`);
    return 2;
  }
  if (error instanceof Error && error.name === "ExitPromptError") {
    // netlog review has saved each action as it went: those stay, and so it says.
    const kept = (error as { kept?: number }).kept;
    const keptText = kept === 1 ? "the change made before is kept" : `the ${kept} changes made before are kept`;
    io.stderr.write(kept ? `stopped: ${keptText} (netlog undo takes back the last)\n` : "cancelled: nothing was saved\n");
    return 130;
  }
  const known = error instanceof NetlogError ? error : describeSqliteError(error, dbPath ?? "the database");
  if (debug) {
    for (let e: unknown = error; e instanceof Error; e = e.cause) io.stderr.write(`${e.stack}\n`);
  }
  if (known) {
    printError(io, known.message, known.hint);
    return known.exitCode;
  }
  printError(io, `unexpected: ${error instanceof Error ? error.message : String(error)}`, debug ? undefined : "run again with --debug for details");
  return 1;
}

/** One `error:` line and one `hint:` line, whatever the user typed into the values they echo. */
function printError(io: Io, message: string, hint: string | undefined): void {
  io.stderr.write(`error: ${visible(message)}\n${hint ? `hint: ${visible(hint)}\n` : ""}`);
}

const ESCAPES: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * An error quotes what was typed or stored: a line break typed into a flag is shown as `\n`, as
 * the shell would need it written, and the rest goes through the one neutraliser (ESC → ␛).
 */
function visible(text: string): string {
  return neutralise(text.replace(/[\n\r\t]/g, (c) => ESCAPES[c]!));
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(" ");
}

function forEachCommand(command: Command, visit: (c: Command) => void): void {
  visit(command);
  for (const sub of command.commands) forEachCommand(sub, visit);
}

/**
 * The real process's streams, environment and clock. process.stdin and process.stdout are made
 * only when a command reads or writes a terminal: making them for a pipe (a socket each) cost
 * about 3 ms of every run, and whether a descriptor is a terminal is isatty's to say.
 */
export function processIo(): Io {
  let toFile: boolean | undefined;
  let streaming = false;
  return {
    stdin: {
      get isTTY() {
        return isatty(0);
      },
    },
    stdout: {
      get isTTY() {
        return isatty(1);
      },
      get columns() {
        return isatty(1) && process.stdout.columns > 0 ? process.stdout.columns : undefined;
      },
      write(text) {
        if ((toFile ??= stdoutIsFile())) return writeToFile(text);
        if (streaming || isatty(1)) return writeToStream(text);
        // Once a write has gone to the stream, every later one does too, so they stay in order.
        return writeToPipe(text, (rest) => {
          streaming = true;
          return writeToStream(rest);
        });
      },
    },
    stderr: {
      get isTTY() {
        return isatty(2);
      },
      write: (text) => void process.stderr.write(text),
    },
    env: process.env,
    now: () => new Date(),
    // chalk reads FORCE_COLOR, --color/--no-color in argv and whether stdout is a terminal.
    colorLevel: chalk.level,
    keepHeapSmall() {
      // Under a long output's rate of allocation V8 grew its young generation to its largest
      // (whenever much survived a collection) and let its old one reach 4-6 times what was live
      // before collecting it: 60-90 MiB of heap around 10 MiB live (--trace-gc), 145-160 MiB in
      // all for `contact list --json` and `export csv` of 30,000 contacts. V8 reads both flags at
      // each collection, so they act from here on: the young generation stays as large as it is,
      // and the old one grows by 30% of what was live. A run this applies to costs 5-20% more time.
      (createRequire(import.meta.url)("node:v8") as typeof import("node:v8")).setFlagsFromString("--semi-space-growth-factor=1 --heap-growing-percent=30");
    },
  };
}

/**
 * Node writes to a file with one write() and ignores a short count: on a full disk
 * `netlog export json > file` kept 64 KiB of 646 KiB and exited 0. Files and devices are written
 * here, to the last byte; terminals go through the stream, which does that itself.
 */
function writeToFile(text: string): Promise<"closed" | undefined> {
  try {
    writeAll(1, text);
    return Promise.resolve(undefined);
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * A pipe, straight to the descriptor as fast-path.ts writes --version; a full non-blocking pipe
 * (EAGAIN) is left to the stream, which waits for the reader.
 */
function writeToPipe(text: string, toStream: (rest: Uint8Array) => Promise<"closed" | undefined>): Promise<"closed" | undefined> {
  let rest: ReturnType<typeof writeDirect>;
  try {
    rest = writeDirect(Buffer.from(text));
  } catch (error) {
    return Promise.reject(error);
  }
  // `netlog due | head -1`: the reader has gone, which is not an error.
  return rest === "written" ? Promise.resolve(undefined) : rest === "closed" ? Promise.resolve("closed") : toStream(rest);
}

let listening = false;

function writeToStream(text: string | Uint8Array): Promise<"closed" | undefined> {
  // A failed write reaches write()'s callback; without a listener it would also crash the process.
  if (!listening) process.stdout.on("error", () => {});
  listening = true;
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error?: NodeJS.ErrnoException | null) => {
      // `netlog due | head -1`: the reader has gone, which is not an error.
      if (!error) return resolve(undefined);
      if (error.code === "EPIPE") return resolve("closed");
      reject(error);
    });
  });
}
