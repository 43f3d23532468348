// What a run of netlog gets from the world around it: its streams, environment, clock and
// terminal. main() reads them only from here, so that the tests can run it in-process with
// buffers and the terminal facts they choose, as gh's iostreams.Test() does.
import { fstatSync } from "node:fs";
import chalk from "chalk";
import { writeAll } from "./store/safe-file.js";

export interface Output {
  readonly isTTY: boolean;
  /** The terminal's width in columns, when this is a terminal that says. */
  readonly columns: number | undefined;
  /**
   * Resolves once all of `text` is written; rejects with the system's error (a full disk) when it
   * cannot be. A reader that has gone away (`netlog due | head -1`) is not an error.
   */
  write(text: string): Promise<void>;
}

export interface Io {
  stdin: { readonly isTTY: boolean };
  stdout: Output;
  /** Diagnostics: written as they come, never waited for. */
  stderr: { readonly isTTY: boolean; write(text: string): void };
  env: Readonly<Record<string, string | undefined>>;
  /** The wall clock. */
  now(): Date;
  /** The colours stdout takes (chalk's level, 0 for none), before NO_COLOR and --no-color. */
  colorLevel: typeof chalk.level;
}

/** The real process's streams, environment and clock. */
export function processIo(): Io {
  // A failed write reaches write()'s callback; without a listener it would also crash the process.
  process.stdout.on("error", () => {});
  let toFile: boolean | undefined;
  // Getters: stdin is looked at only when a command asks, as before this object existed.
  return {
    stdin: {
      get isTTY() {
        return Boolean(process.stdin.isTTY);
      },
    },
    stdout: {
      get isTTY() {
        return Boolean(process.stdout.isTTY);
      },
      get columns() {
        return process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : undefined;
      },
      write: (text) => ((toFile ??= stdoutIsFile()) ? writeToFile(text) : writeToStream(text)),
    },
    stderr: {
      get isTTY() {
        return Boolean(process.stderr.isTTY);
      },
      write: (text) => void process.stderr.write(text),
    },
    env: process.env,
    now: () => new Date(),
    // chalk reads FORCE_COLOR, --color/--no-color in argv and whether stdout is a terminal.
    colorLevel: chalk.level,
  };
}

/**
 * Node writes to a file with one write() and ignores a short count: on a full disk
 * `netlog export json > file` kept 64 KiB of 646 KiB and exited 0. Files and devices are written
 * here, to the last byte; pipes and terminals go through the stream, which does that itself.
 */
function writeToFile(text: string): Promise<void> {
  try {
    writeAll(1, text);
    return Promise.resolve();
  } catch (error) {
    return Promise.reject(error);
  }
}

function writeToStream(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error?: NodeJS.ErrnoException | null) => {
      // `netlog due | head -1`: the reader has gone, which is not an error.
      if (!error || error.code === "EPIPE") return resolve();
      reject(error);
    });
  });
}

function stdoutIsFile(): boolean {
  try {
    const stat = fstatSync(1);
    return stat.isFile() || stat.isBlockDevice() || (stat.isCharacterDevice() && !process.stdout.isTTY);
  } catch {
    return false;
  }
}
