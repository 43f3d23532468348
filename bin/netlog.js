#!/usr/bin/env node
import module from "node:module";
import { answerFast, commandFile } from "../dist/fast-path.js";
module.enableCompileCache?.(); // Node 22.1+: reuse compiled code across runs (Node 20 has no such cache)
const argv = process.argv.slice(2);
// --version and Tab completion are answered without loading commander and the command table;
// `due` and `add` run from a CommonJS build that holds only their own command (fast-path.ts).
if (!(await answerFast(argv, process.env))) {
  const file = commandFile(argv);
  const { main, processIo } = file ? module.createRequire(import.meta.url)(`../dist/${file}`) : await import("../dist/main.js");
  process.exitCode = await main(argv, processIo());
}
