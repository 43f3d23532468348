#!/usr/bin/env node
import module from "node:module";
module.enableCompileCache?.(); // Node 22+: reuse compiled code across runs
const { main, processIo } = await import("../dist/main.js");
process.exitCode = await main(process.argv.slice(2), processIo());
