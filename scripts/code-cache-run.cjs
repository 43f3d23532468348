// node scripts/code-cache-run.cjs FILE ARG...: runs FILE (dist/netlog-NAME.cjs, or the fast path
// of Tab completion, dist/fast-path.cjs) on ARG... as bin/netlog.js would, compiled without a
// cache, then writes the V8 code cache of everything that ran to FILE.cache (src/code-cache.ts
// reads it). Run by scripts/code-cache.mjs.
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");

const [file, ...args] = process.argv.slice(2);
const { requireCompiled } = require(join(__dirname, "..", "dist", "command-file.cjs"));
const { exports: program, script } = requireCompiled(file, null);
// Without keepHeapSmall, which sets V8 flags for a long output (the log is one): V8 refuses a
// cache made under flags other than those of the run that reads it, and the runs start with none.
const io = program.processIo ? { ...program.processIo(), keepHeapSmall: undefined } : undefined;
const ran = program.main ? program.main(args, io) : program.answerFast(args, process.env).then((answered) => (answered ? 0 : 1));
ran.then((code) => {
  if (code !== 0) throw new Error(`netlog ${args.join(" ")} exited ${code}`);
  writeFileSync(`${file}.cache`, script.createCachedData());
});
