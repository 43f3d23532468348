#!/usr/bin/env node
// CommonJS (bin/package.json): `due` and `add` then start without Node's ES module loader,
// whose first use costs more than either command's own work on an empty database.
require("node:module").enableCompileCache?.(); // Node 22.1+: reuse compiled code across runs (Node 20 has no such cache)
const argv = process.argv.slice(2);
// `due` and `add` run from a build holding only their own command (src/command-file.ts); --version
// and Tab completion are answered by the fast path without commander and the command table.
const file = require("../dist/command-file.cjs").commandFile(argv);
const entry = file
  ? Promise.resolve(require(`../dist/${file}`))
  : import("../dist/fast-path.js").then(async ({ answerFast }) => ((await answerFast(argv, process.env)) ? undefined : import("../dist/main.js")));
entry.then(async (program) => {
  if (program) process.exitCode = await program.main(argv, program.processIo());
});
