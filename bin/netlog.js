#!/usr/bin/env node
import module from "node:module";
module.enableCompileCache?.(); // Node 22.1+: reuse compiled code across runs (Node 20 has no such cache)
const argv = process.argv.slice(2);
// --version and Tab completion are answered without loading commander and the command table.
if (!(await (await import("../dist/fast-path.js")).answerFast(argv, process.env))) {
  const { main, processIo } = await import("../dist/main.js");
  process.exitCode = await main(argv, processIo());
}
