import type { Io } from "../../src/io.js";
import { main } from "../../src/main.js";
import type { CliResult } from "./cli.js";

/** The zone the suite runs in (vitest.config.ts): an in-process run can count days in no other. */
const SUITE_TZ = process.env.TZ;

/**
 * Runs `netlog ARGS` as netlog() in cli.ts does, but in this process: main(argv, io) with
 * buffers for stdout and stderr, no terminal, no colour, only the environment given (plus a PATH
 * that finds the system's programs) and the exit code bin/netlog.js would set.
 *
 * What it cannot stand in for, spawn with netlog(): a TZ other than the suite's (Date reads this
 * process's zone; without TZ the run is in the suite's zone, so such a test must not depend on
 * it), FORCE_COLOR (chalk reads it, and the terminal, once per process), terminals, signals and
 * real stdin. Paths must be absolute: this process's folder is the checkout (a vitest worker
 * has no folder of its own, and process.chdir would move every test in it).
 */
export async function netlogInProcess(args: readonly string[], env: Record<string, string>, options: { now?: Date; keepHeapSmall?: () => void } = {}): Promise<CliResult> {
  if (env.TZ !== undefined && env.TZ !== SUITE_TZ) throw new Error(`TZ=${env.TZ}: an in-process run counts days in ${SUITE_TZ}; spawn it with netlog()`);
  if (env.FORCE_COLOR !== undefined) throw new Error("FORCE_COLOR is read by chalk once per process: spawn it with netlog()");
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdin: { isTTY: false },
    stdout: {
      isTTY: false,
      columns: undefined,
      write: async (text) => {
        stdout += text;
      },
    },
    stderr: {
      isTTY: false,
      write: (text) => {
        stderr += text;
      },
    },
    env: { PATH: "/usr/bin:/bin", ...env },
    now: () => (options.now ? new Date(options.now) : new Date()),
    colorLevel: 0,
    keepHeapSmall: options.keepHeapSmall,
  };
  const code = await main(args, io);
  return { stdout, stderr, code };
}
