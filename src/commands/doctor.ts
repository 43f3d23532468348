// `netlog doctor`: which database, why that one, and whether it is whole and private. The store
// reads the file read-only (store/inspect.ts): a check never changes what it checks.
import { type Stats, statSync } from "node:fs";
import { basename, dirname } from "node:path";
import type { Ctx } from "../context.js";
import { backupsBeside } from "../store/backup.js";
import { leftoversIn } from "../store/leftovers.js";
import { writable } from "../store/sqlite-errors.js";
import { APPLICATION_ID } from "../store/db.js";
import { inspectDatabase } from "../store/inspect.js";
import { SCHEMA_VERSION } from "../store/migrations/index.js";
import type { Check, DoctorReport } from "../reports/doctor.js";

export type { Check, DoctorReport };

export async function doctor(ctx: Ctx): Promise<DoctorReport> {
  const location = ctx.dbLocation();
  const report: DoctorReport = { location, checks: [], counts: null, backups: backupsBeside(location.path) };
  const folder = dirname(location.path);
  let file: Stats | undefined;
  try {
    file = statSync(location.path, { throwIfNoEntry: false });
  } catch (error) {
    // EACCES: a folder on the way that you may not enter.
    report.checks.push({
      name: "database",
      ok: false,
      detail: `cannot reach ${location.path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      fix: `check the permissions of ${folder} and the folders above it`,
    });
    return report;
  }
  if (!file) {
    report.checks.push({
      name: "database",
      ok: false,
      detail: `no database at ${location.path}`,
      fix: "netlog add or netlog import creates it; if you have one elsewhere, see the note on cron below",
    });
    return report;
  }
  // Another user's folder mode is theirs to choose; netlog's own folder holds only private files.
  if (location.source === "XDG_DATA_HOME" || location.source === "HOME") report.checks.push(privateMode("folder", folder, 0o700));
  report.checks.push(privateMode("file", location.path, 0o600));
  const companions = [`${location.path}-wal`, `${location.path}-shm`, ...report.backups.map((b) => b.path)];
  for (const path of companions.filter((p) => statSync(p, { throwIfNoEntry: false }))) {
    const name = path.endsWith("-wal") ? "wal" : path.endsWith("-shm") ? "shm" : "backup";
    report.checks.push(name === "backup" ? privateMode(name, path, 0o600) : writableCompanion(name, path));
  }
  for (const leftover of leftoversIn(folder)) {
    report.checks.push({
      name: "leftover",
      ok: false,
      detail: `${leftover.path} (${leftover.bytes} bytes), ${leftover.stale ? `left by a netlog that was stopped (pid ${leftover.pid})` : `being written by netlog pid ${leftover.pid}`}`,
      fix: leftover.stale ? `the next netlog command removes it, or: rm ${leftover.path}` : "wait for that netlog to finish",
    });
  }
  if (typeof process.getuid === "function" && file.uid !== process.getuid()) {
    report.checks.push({ name: "owner", ok: false, detail: `the file belongs to user ${file.uid}, not to you (${process.getuid()})`, fix: `chown $(id -un) ${location.path}` });
  }
  inspect(location.path, report);
  return report;
}

function privateMode(name: string, path: string, wanted: number): Check {
  const mode = statSync(path).mode & 0o777;
  const octal = mode.toString(8).padStart(4, "0");
  const which = name === "file" || name === "folder" ? "" : ` ${basename(path)}`;
  if ((mode & ~wanted) === 0) return { name, ok: true, detail: `${octal}${which}` };
  return { name, ok: false, detail: `${octal}${which}: other users can ${mode & 0o044 ? "read" : "reach"} it`, fix: `chmod ${wanted.toString(8)} ${path}` };
}

/**
 * The -wal and -shm must be private and writable by you: a 0400 -shm, left by a netlog that
 * opened the database while it was read-only, makes every later write fail.
 */
function writableCompanion(name: string, path: string): Check {
  const mode = statSync(path).mode & 0o777;
  const octal = mode.toString(8).padStart(4, "0");
  if (mode === 0o600) return { name, ok: true, detail: `${octal} ${basename(path)}` };
  const why = (mode & 0o200) === 0 ? "you cannot write it, so neither can netlog" : "other users can reach it";
  return { name, ok: false, detail: `${octal} ${basename(path)}: ${why}`, fix: `chmod 600 ${path} (the next netlog command does it)` };
}

function inspect(path: string, report: DoctorReport): void {
  const found = inspectDatabase(path);
  if (found.stamp) {
    const { appId, version, isEmpty } = found.stamp;
    if (appId !== APPLICATION_ID) {
      const empty = appId === 0 && isEmpty;
      report.checks.push({
        name: "schema",
        ok: empty,
        detail: empty ? "empty: netlog sets it up on first use" : "an SQLite database, but not netlog's",
        fix: "pass --db with the path of a netlog database",
      });
      return;
    }
    report.checks.push(schemaCheck(version));
  }
  if (found.problems) {
    const whole = found.problems.length === 0;
    report.checks.push({
      name: "integrity",
      ok: whole,
      detail: whole ? "ok" : found.problems.slice(0, 3).join("; "),
      fix: "netlog restore a backup (netlog.db.bak-… beside the database)",
    });
  }
  if (found.counts) report.counts = found.counts;
  if (found.failure !== undefined) report.checks.push(openFailure(found.failure, path));
}

/** Why the file could not be read, and the fix for that cause: a backup mends only damage. */
function openFailure(error: unknown, path: string): Check {
  const code = String((error as { code?: string }).code);
  if (code === "SQLITE_NOTADB")
    return { name: "database", ok: false, detail: "not an SQLite database", fix: "netlog restore a backup, or pass --db with the path of a netlog database" };
  if (code.startsWith("SQLITE_CORRUPT")) return { name: "database", ok: false, detail: "damaged", fix: "netlog restore a backup (netlog.db.bak-… beside the database)" };
  // Even a reader needs the -shm beside a WAL database, and creates it if it is missing.
  if (!writable(dirname(path))) {
    return {
      name: "database",
      ok: false,
      detail: `the folder ${dirname(path)} cannot be written, and SQLite needs to create the -shm and -wal files there`,
      fix: `make the folder writable (chmod u+w ${dirname(path)}), or move the database to a writable one`,
    };
  }
  return { name: "database", ok: false, detail: (error as Error).message, fix: "check the file's permissions, or pass --db with the path of a netlog database" };
}

function schemaCheck(version: number): Check {
  if (version > SCHEMA_VERSION) return { name: "schema", ok: false, detail: `${version}, from a newer netlog (this one knows up to ${SCHEMA_VERSION})`, fix: "upgrade netlog" };
  if (version < SCHEMA_VERSION) return { name: "schema", ok: true, detail: `${version}: upgraded to ${SCHEMA_VERSION} on next use, after a backup` };
  return { name: "schema", ok: true, detail: `${version} (current)` };
}
