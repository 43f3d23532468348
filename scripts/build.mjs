// Bundles src/ into dist/ with code splitting, so each command loads only the chunks it needs
// (`netlog due` never loads inquirer or chrono-node). better-sqlite3's JavaScript is bundled too;
// its native addon is required by its path (src/store/sqlite.ts), and `bindings`, which would
// search for it, is left out.
// A second entry, fast-path.cjs, answers --version and Tab completion without commander: it reads
// the command tree from dist/completion-tree.json, which is written here from the program itself.
// `netlog due`, `netlog add` and `netlog log`, the commands run every day (and `log` the one piped
// into `head`), and `netlog import` (whose ES module graph cost an import of one row 80 ms), each
// get a third build of their own:
// main.ts with their spec alone, in one CommonJS file (see oneCommand below).
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeCodeCaches } from "./code-cache.mjs";

/** The commands built into one file each; src/command-file.ts (ONE_FILE_COMMANDS) sends them there. */
const ONE_FILE_COMMANDS = ["due", "add", "log", "import"];
/**
 * The specs of a one-command file, where they are not src/cli/<name>.ts alone: `import` has its
 * group and five subcommands there, and mail and calendar in files of their own.
 */
const SPECS_OF = {
  import: [
    'import { commands as group } from "./import.ts";',
    'import { commands as mail } from "./import-mail.ts";',
    'import { commands as calendar } from "./import-calendar.ts";',
    "export const COMMANDS = [...group, ...mail, ...calendar];",
  ].join("\n"),
};
/**
 * What the one-command files import lazily, each built into one file of its own. None holds a
 * class that main.ts checks with instanceof (the prompts throw inquirer's ExitPromptError, which
 * main.ts tells by its name), so their own copies of the modules they share are harmless.
 */
const LAZY_LEAVES = [
  { file: "lazy-prompts.js", entry: "src/ui/prompts.ts" },
  { file: "lazy-natural-date.js", entry: "src/domain/natural-date.ts" },
  { file: "lazy-string-width.js", entry: "node_modules/string-width/index.js", package: "string-width" },
].map((leaf) => {
  const source = fileURLToPath(new URL(`../${leaf.entry}`, import.meta.url));
  const imported = (path, from) => (leaf.package ? path === leaf.package : join(from, path).replace(/\.js$/, ".ts") === source);
  return { ...leaf, imported, cjs: leaf.file.replace(/\.js$/, ".cjs") };
});

/**
 * @sindresorhus/transliterate compiles a pattern for each locale when it is imported: 13–16 ms of
 * every `add` and `log` in a --cpu-prof profile, though only a name outside ASCII is ever
 * transliterated (src/domain/names.ts). Every build requires it on first use, from a file of its
 * own (dist/lazy-transliterate.cjs): its 50 KB of tables are then not read on every run either,
 * and its comments outside ASCII would have made each whole build a string of two-byte
 * characters for V8 (see the ASCII check in test/e2e/one-command-build.test.ts).
 */
const LAZY_TRANSLITERATE = {
  name: "lazy-transliterate",
  setup(on) {
    on.onResolve({ filter: /^@sindresorhus\/transliterate$/ }, () => ({ path: "transliterate", namespace: "lazy-transliterate" }));
    // Beside the build that requires it, in dist/: main.js's require is its own createRequire.
    on.onResolve({ filter: /^\.\/lazy-transliterate\.cjs$/ }, (args) => (args.namespace === "lazy-transliterate" ? { path: args.path, external: true } : undefined));
    on.onLoad({ filter: /.*/, namespace: "lazy-transliterate" }, () => ({
      contents: 'let loaded; export default function transliterate(text, options) { loaded ??= require("./lazy-transliterate.cjs").default; return loaded(text, options); }',
      loader: "js",
    }));
  },
};

/**
 * chalk's supports-color asks node:tty whether stdout and stderr are terminals when it is
 * imported, which loads node:tty and the net and stream modules behind it on every run: 2–3 ms,
 * for `netlog due | mail` too. It is handed src/terminal.ts instead, which gives the same answer
 * and loads node:tty only for a character device. It also imports node:os, for the release of
 * Windows alone: 0.17–0.25 ms to load in a clean node, so it is required when first asked.
 */
const CHALK_TTY = {
  name: "chalk-tty",
  setup(on) {
    const fromChalk = (args) => /[/\\]node_modules[/\\]chalk[/\\]/.test(args.importer);
    on.onResolve({ filter: /^(node:)?tty$/ }, (args) => (fromChalk(args) ? { path: fileURLToPath(new URL("../src/terminal.ts", import.meta.url)) } : undefined));
    on.onResolve({ filter: /^(node:)?os$/ }, (args) => (fromChalk(args) ? { path: "os", namespace: "chalk-os" } : undefined));
    on.onLoad({ filter: /.*/, namespace: "chalk-os" }, () => ({ contents: 'export default { release: () => require("node:os").release() };', loader: "js" }));
  },
};

/**
 * commander requires node:child_process when it loads, for subcommands that are programs of
 * their own (netlog has none), and that loads node:net and node:stream: 2–3 ms of every run. It
 * is given a stand-in that requires the module when spawn is first called.
 */
const COMMANDER_SPAWN = {
  name: "commander-spawn",
  setup(on) {
    on.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[/\\]node_modules[/\\]commander[/\\]/.test(args.importer) ? { path: "child_process", namespace: "commander-spawn" } : undefined,
    );
    on.onLoad({ filter: /.*/, namespace: "commander-spawn" }, () => ({
      contents: 'exports.spawn = (...args) => require("node:child_process").spawn(...args);',
      loader: "js",
    }));
  },
};

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
const shared = {
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["bindings"],
  // Bundled CommonJS packages (commander) call require() for Node built-ins.
  banner: { js: 'import { createRequire as __netlogRequire } from "node:module"; const require = __netlogRequire(import.meta.url);' },
  define: { NETLOG_VERSION: JSON.stringify(version) },
  logLevel: "warning",
};
/** A build bin/netlog.js require()s: CommonJS, its import.meta.url the file's own. */
const commonJs = {
  ...shared,
  format: "cjs",
  banner: { js: 'const __netlogUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { ...shared.define, "import.meta.url": "__netlogUrl" },
  sourcemap: "linked",
};
await build({ ...shared, entryPoints: ["src/main.ts"], outdir: "dist", splitting: true, sourcemap: "linked", plugins: [LAZY_TRANSLITERATE, CHALK_TTY, COMMANDER_SPAWN] });
// A build of its own, so that a Tab press loads one file (fast-path.cjs) rather than the chunks it
// would share with main.js. CommonJS, as the one-command files: no ES module loads on a Tab press.
// What it imports lazily is bundled in but runs only when imported; the SQLite driver and the
// transliteration tables (LAZY_TRANSLITERATE) are required only when a name is asked for.
await build({ ...commonJs, entryPoints: ["src/fast-path.ts"], outfile: "dist/fast-path.cjs", plugins: [LAZY_TRANSLITERATE] });
// What bin/netlog.js reads first, to pick the file that runs the command line.
await build({ ...commonJs, sourcemap: false, entryPoints: ["src/command-file.ts"], outfile: "dist/command-file.cjs" });
for (const name of ONE_FILE_COMMANDS) await oneCommand(name);
await lazyLeaves();
await writeCompletionTree();
// Last: the cache is of the files as built, and its runs use the whole program too.
writeCodeCaches();

/**
 * Each file Node's ES module loader reads costs about a millisecond of resolving, reading and
 * linking, whatever its size: through the split build, `netlog due` read 43 files. These run
 * main.ts in one CommonJS file, the command table reduced to their own spec (src/cli/<name>.ts), so
 * commander builds one command instead of all of them. Nothing here imports the split build's
 * chunks, so there is one copy of each class that main.ts tells apart (NetlogError, commander's
 * errors). src/command-file.ts picks the file from argv.
 */
async function oneCommand(name) {
  const table = fileURLToPath(new URL("../src/cli/commands.ts", import.meta.url));
  await build({
    // CommonJS, which bin/netlog.js require()s: read, compiled and run at once, where an ES
    // module of this size cost about 10 ms more of the ES loader's steps (measured with perf).
    ...commonJs,
    entryPoints: ["src/main.ts"],
    outfile: `dist/netlog-${name}.cjs`,
    // import() of the lazy files as require(): a script compiled with a V8 code cache loses its
    // dynamic import callback on Node 20 (src/code-cache.ts), and require() needs none.
    supported: { "dynamic-import": false },
    plugins: [
      LAZY_TRANSLITERATE,
      CHALK_TTY,
      COMMANDER_SPAWN,
      {
        name: "one-command",
        setup(on) {
          on.onLoad({ filter: /[/\\]src[/\\]cli[/\\]commands\.ts$/ }, (args) =>
            args.path === table ? { contents: SPECS_OF[name] ?? `export { commands as COMMANDS } from "./${name}.ts";`, loader: "ts", resolveDir: dirname(table) } : undefined,
          );
          // Loaded only now and then (a prompt, a date in words, a line outside Latin): left in
          // files of their own rather than parsed on every run.
          on.onResolve({ filter: /./ }, (args) => {
            if (args.kind !== "dynamic-import") return undefined;
            const leaf = LAZY_LEAVES.find((l) => l.imported(args.path, args.resolveDir));
            return leaf ? { path: `./${leaf.cjs}`, external: true } : undefined;
          });
        },
      },
    ],
  });
}

/** Each lazy file twice: an ES module for main.js's import(), CommonJS for the one-command files' require(). */
async function lazyLeaves() {
  for (const leaf of LAZY_LEAVES) {
    await build({ ...shared, entryPoints: [leaf.entry], outfile: `dist/${leaf.file}`, sourcemap: "linked" });
    await build({ ...commonJs, entryPoints: [leaf.entry], outfile: `dist/${leaf.cjs}` });
  }
  // Required, never imported (LAZY_TRANSLITERATE): CommonJS only.
  await build({ ...commonJs, entryPoints: ["node_modules/@sindresorhus/transliterate/index.js"], outfile: "dist/lazy-transliterate.cjs" });
}

/** Builds the program once, as main.ts does, and writes what completion reads of it. */
async function writeCompletionTree() {
  // In dist/, so that the script finds node_modules (better-sqlite3) as the bundle does.
  const script = new URL("../dist/write-completion-tree.mjs", import.meta.url);
  await build({
    ...shared,
    stdin: {
      contents: [
        'import { buildProgram } from "./src/cli.ts";',
        'import { completionTree } from "./src/commands/completion-tree.ts";',
        "process.stdout.write(JSON.stringify(completionTree(buildProgram(async () => {}))));",
      ].join("\n"),
      resolveDir: new URL("..", import.meta.url).pathname,
      loader: "ts",
    },
    outfile: script.pathname,
  });
  try {
    writeFileSync(new URL("../dist/completion-tree.json", import.meta.url), execFileSync(process.execPath, [script.pathname]));
  } finally {
    rmSync(script);
  }
}
