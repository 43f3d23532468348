// The one-command files (dist/netlog-due.cjs, -add, -log) are compiled with the V8 code cache
// that the build made beside each (FILE.cache, scripts/code-cache.mjs), by running its command
// once and keeping the bytecode of every function that ran. Compiling the 370 KB file and then
// each function as it is first called was the largest part of `netlog due` above node's own
// start; Node 20 has no compile cache of its own (module.enableCompileCache is Node 22's).
//
// V8 checks a cache against the source, its own version and its flags, and rejects it on any
// difference (another Node, --cpu-prof, a file edited after the build, a damaged cache): the
// file is then compiled as require() compiles it, so a cache can make a start faster, never wrong.
import { readFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

export interface Compiled {
  exports: unknown;
  /** The compiled script, from which the build takes the cache after running the command. */
  script?: Script;
  /** Whether V8 refused the cache; undefined when there was none. */
  rejected?: boolean;
}

/**
 * `file` (a CommonJS file) required, compiled with `cacheFile` when there is one: a module like
 * require()'s, in require.cache, whose own require resolves from where the file is.
 */
export function requireCompiled(file: string, cacheFile: string | null = `${file}.cache`): Compiled {
  const require = createRequire(file);
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile !== null) cachedData = readFileSync(cacheFile);
  } catch {
    // None (a build that could not make one): compiled without it.
  }
  // No import() in the file (scripts/build.mjs makes its lazy imports require()): on Node 20 a
  // script whose code came from a cache has no dynamic import callback, whatever vm is given.
  const script = new Script(Module.wrap(readFileSync(file, "utf8")), { filename: file, cachedData });
  const module = new Module(file);
  module.filename = file;
  require.cache[file] = module;
  try {
    (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, file, dirname(file));
  } catch (error) {
    delete require.cache[file];
    throw error;
  }
  module.loaded = true;
  return { exports: module.exports, script, rejected: cachedData === undefined ? undefined : script.cachedDataRejected };
}
