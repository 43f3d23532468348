import { isAbsolute, join } from "node:path";
import { NetlogError } from "../errors.js";

export type DbPathSource = "--db" | "NETLOG_DB" | "XDG_DATA_HOME" | "HOME";

export interface DbLocation {
  path: string;
  source: DbPathSource;
}

/**
 * `--db`, else `$NETLOG_DB`, else `$XDG_DATA_HOME/netlog/netlog.db`, else
 * `~/.local/share/netlog/netlog.db`. The XDG spec says a relative XDG_DATA_HOME is invalid and
 * must be ignored; an empty one is treated as unset.
 */
export function resolveDbLocation(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): DbLocation {
  if (flag !== undefined) {
    if (flag.trim() === "") throw new NetlogError("--db needs a file path", { hint: "e.g. --db ~/notes/netlog.db", exitCode: 2 });
    return onDisk({ path: flag, source: "--db" });
  }
  if (env.NETLOG_DB) return onDisk({ path: env.NETLOG_DB, source: "NETLOG_DB" });
  const xdg = env.XDG_DATA_HOME;
  if (xdg && isAbsolute(xdg)) return { path: join(xdg, "netlog", "netlog.db"), source: "XDG_DATA_HOME" };
  if (!env.HOME) {
    throw new NetlogError("cannot find a place for the database: HOME is not set", {
      hint: "pass --db PATH or set NETLOG_DB (under cron, name the database explicitly)",
    });
  }
  return { path: join(env.HOME, ".local", "share", "netlog", "netlog.db"), source: "HOME" };
}

/** SQLite reads `:memory:` as a database that vanishes on exit: every add would be lost. */
function onDisk(location: DbLocation): DbLocation {
  if (location.path === ":memory:") {
    throw new NetlogError(`${location.source} ':memory:' would keep nothing once netlog exits`, { hint: "name a file, e.g. --db ~/netlog.db", exitCode: 2 });
  }
  return location;
}
