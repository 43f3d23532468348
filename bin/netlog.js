#!/usr/bin/env node
// CommonJS (bin/package.json): --version, `due`, `add`, `log` and `import` then start without Node's ES
// module loader, whose first use costs more than either command's own work on an empty database.
require("node:module").enableCompileCache?.(); // Node 22.1+: reuse compiled code across runs (Node 20 has no such cache)
const argv = process.argv.slice(2);
// dist/command-file.cjs (src/command-file.ts) prints --version itself, and picks the build that
// holds only `due`, `add`, `log` or `import`; Tab completion is answered by the fast path (fast-path.cjs) without commander
// and the command table; anything else runs the whole program.
const { answeredVersion, commandFile, requireCompiled } = require("../dist/command-file.cjs");
if (!answeredVersion(argv)) {
  const file = commandFile(argv);
  // With the V8 code cache the build made for each (src/code-cache.ts).
  const compiled = (name) => requireCompiled(require("node:path").join(__dirname, "..", "dist", name)).exports;
  const entry = file
    ? Promise.resolve(compiled(file))
    : Promise.resolve(compiled("fast-path.cjs")).then(async ({ answerFast }) => ((await answerFast(argv, process.env)) ? undefined : import("../dist/main.js")));
  entry.then(async (program) => {
    if (program) process.exitCode = await program.main(argv, program.processIo());
  });
}
