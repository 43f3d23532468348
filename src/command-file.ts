// Which file of dist/ runs a command line, decided before anything else loads: bin/netlog.js
// require()s this (built as dist/command-file.cjs) first. `due`, `add`, `log` and `import` have builds of main.ts
// holding only their own command, in CommonJS, so that their start loads no ES module at all.

import { writeDirect } from "./direct-write.js";
import { stdoutIsFile } from "./terminal.js";

declare const NETLOG_VERSION: string;

/** The commands scripts/build.mjs builds into one file each (dist/netlog-NAME.cjs): the same list. */
const ONE_FILE_COMMANDS: ReadonlySet<string> = new Set(["due", "add", "log", "import"]);

/** main.js's global options that take a value, which may stand before the command. */
const GLOBAL_WITH_VALUE: ReadonlySet<string> = new Set(["--db", "--today"]);
const GLOBAL_SWITCHES: ReadonlySet<string> = new Set(["--no-color", "--debug"]);

/**
 * The file of dist/ that runs `argv` when it is not the whole program's: `netlog [global
 * options] due …`, `… add …`, `… log …` and `… import …` have a build of main.ts holding only their own command, which
 * commander parses exactly as the whole program does, since it dispatches on that first word.
 * Anything else, or anything unusual before the command (another option, `--`, `help`), is
 * undefined: the whole command table.
 */
export function commandFile(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (GLOBAL_WITH_VALUE.has(word)) i++;
    else if (!GLOBAL_SWITCHES.has(word) && ![...GLOBAL_WITH_VALUE].some((flag) => word.startsWith(`${flag}=`))) {
      return ONE_FILE_COMMANDS.has(word) ? `netlog-${word}.cjs` : undefined;
    }
  }
  return undefined;
}

/**
 * `netlog --version` (or `-V`) alone, printed here, before any ES module loads: the loader's
 * first use cost --version more than the rest of it. A file or a device is left to main.ts,
 * which writes to the last byte and reports a full disk, and so is a write that fails; a pipe
 * whose reader has gone (`| head`) is no error. True when it was answered.
 */
export function answeredVersion(argv: readonly string[]): boolean {
  if (argv.length !== 1 || (argv[0] !== "--version" && argv[0] !== "-V")) return false;
  try {
    if (stdoutIsFile()) return false;
    // A full pipe (the bytes come back) is the fast path's, which waits for the reader.
    return typeof writeDirect(Buffer.from(`${NETLOG_VERSION}\n`)) === "string";
  } catch {
    return false;
  }
}

export { requireCompiled } from "./code-cache.js";
