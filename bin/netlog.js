#!/usr/bin/env node
import module from "node:module";
module.enableCompileCache?.(); // Node 22+: reuse compiled code across runs
await import("../dist/main.js").then(({ main }) => main(process.argv.slice(2)));
