// What a run of netlog gets from the world around it: its streams, environment, clock and
// terminal. main() reads them only from here, so that the tests can run it in-process with
// buffers and the terminal facts they choose, as gh's iostreams.Test() does. The real process's
// are made by processIo() in main.ts, the one module that touches the process.
import type chalk from "chalk";

export interface Output {
  readonly isTTY: boolean;
  /** The terminal's width in columns, when this is a terminal that says. */
  readonly columns: number | undefined;
  /**
   * Resolves once all of `text` is written; rejects with the system's error (a full disk) when it
   * cannot be. A reader that has gone away (`netlog due | head -1`) is not an error: the write
   * resolves to "closed", and output still being produced stops there.
   */
  write(text: string): Promise<"closed" | undefined>;
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
  /**
   * The output is long (main.ts asks once two blocks of it are written, or when the command says
   * it will be): the runtime is asked to keep its heap near what is live. The real process's
   * (main.ts) tunes V8; the tests' Io, which runs main() inside the test runner, has none.
   */
  keepHeapSmall?(): void;
}
