// Every connection netlog opens, with the SQLite driver's native addon found once, by its path.
// Left to itself better-sqlite3 finds its addon with the `bindings` package, which reads the call
// stack and tries a dozen places: with the module resolutions behind it, 25 M of the 35 M
// instructions that loading the driver and opening a file cost above `node -e 0` (valgrind).
// The build bundles the driver's JavaScript into netlog's files; the addon stays where npm put it.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3, { type Database, type Options } from "better-sqlite3";

let addon: string | object | undefined;

/** The addon where better-sqlite3's install builds or downloads it; `bindings`' search if it is elsewhere. */
function nativeBinding(): string | object {
  if (addon === undefined) {
    const root = driverFolder();
    const built = join(root, "build", "Release", "better_sqlite3.node");
    addon = existsSync(built) ? built : (createRequire(join(root, "package.json"))("bindings") as (o: object) => object)({ bindings: "better_sqlite3.node", module_root: root });
  }
  return addon;
}

/**
 * The folder of the better-sqlite3 that require() would load from here: the nearest
 * node_modules/better-sqlite3 above this file, as Node looks first, one stat a level; Node's
 * own resolution (require.resolve: 0.65-0.9 ms, a third of opening the database) only when
 * none is there (NODE_PATH, a global folder).
 */
function driverFolder(): string {
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    const candidate = join(folder, "node_modules", "better-sqlite3");
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(folder) === folder) break;
  }
  return dirname(createRequire(import.meta.url).resolve("better-sqlite3/package.json"));
}

export function openSqlite(path: string, options: Omit<Options, "nativeBinding"> = {}): Database {
  // Its types say a path; lib/database.js takes the loaded addon too (better-sqlite3 issue 972).
  return new BetterSqlite3(path, { ...options, nativeBinding: nativeBinding() as string });
}
