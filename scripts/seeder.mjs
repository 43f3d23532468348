// bench/seed.ts (netlog's own store code), bundled so that the plain benchmark scripts can call
// it. The bundle goes into the script's temp folder, with a link to node_modules beside it so
// that better-sqlite3, left external, resolves; nothing is written into the checkout.
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The seed(dbPath, shape) function, bundled into `folder`. */
export async function loadSeeder(folder) {
  return (await loadSeedModule(folder)).seed;
}

/** bench/seed.ts's exports (seed, trackEveryone), bundled into `folder`. */
export async function loadSeedModule(folder) {
  symlinkSync(join(ROOT, "node_modules"), join(folder, "node_modules"));
  const outfile = join(folder, "seed.mjs");
  await build({
    entryPoints: [join(ROOT, "bench", "seed.ts")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: ["better-sqlite3"],
    banner: { js: 'import { createRequire as __netlogRequire } from "node:module"; const require = __netlogRequire(import.meta.url);' },
    logLevel: "warning",
  });
  return import(pathToFileURL(outfile).href);
}
