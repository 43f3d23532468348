// Which file of dist/ runs a command line, decided before anything else loads: bin/netlog.js
// require()s this (built as dist/command-file.cjs) first. `due` and `add` have builds of main.ts
// holding only their own command, in CommonJS, so that their start loads no ES module at all.

/** The commands scripts/build.mjs builds into one file each (dist/netlog-NAME.cjs): the same list. */
const ONE_FILE_COMMANDS: ReadonlySet<string> = new Set(["due", "add"]);

/** main.js's global options that take a value, which may stand before the command. */
const GLOBAL_WITH_VALUE: ReadonlySet<string> = new Set(["--db", "--today"]);
const GLOBAL_SWITCHES: ReadonlySet<string> = new Set(["--no-color", "--debug"]);

/**
 * The file of dist/ that runs `argv` when it is not the whole program's: `netlog [global
 * options] due …` and `… add …` have a build of main.ts holding only their own command, which
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
