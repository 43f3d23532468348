// `netlog doctor`: which database, why that one, and whether it is whole and private. It opens
// the file read-only: a check never changes what it checks.
import { statSync } from "node:fs";
import { basename, dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import type { Ctx } from "../context.js";
import { type BackupFile, backupsBeside } from "../store/backup.js";
import { APPLICATION_ID, integrityProblems, readStamp } from "../store/db.js";
import { SCHEMA_VERSION } from "../store/migrations/index.js";
import type { DbLocation } from "../store/paths.js";

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
  /** What to do about it, when not ok. */
  fix?: string;
}

export interface DoctorReport {
  location: DbLocation;
  checks: Check[];
  counts: { contacts: number; tracked: number; archived: number; interactions: number; openFollowUps: number } | null;
  backups: BackupFile[];
}

export async function doctor(ctx: Ctx): Promise<DoctorReport> {
  const location = ctx.dbLocation();
  const report: DoctorReport = { location, checks: [], counts: null, backups: backupsBeside(location.path) };
  const file = statSync(location.path, { throwIfNoEntry: false });
  const folder = dirname(location.path);
  if (!file) {
    report.checks.push({ name: "database", ok: false, detail: `no database at ${location.path}`, fix: "netlog add or netlog import creates it; if you have one elsewhere, see the note on cron below" });
    return report;
  }
  // Another user's folder mode is theirs to choose; netlog's own folder holds only private files.
  if (location.source === "XDG_DATA_HOME" || location.source === "HOME") report.checks.push(privateMode("folder", folder, 0o700));
  report.checks.push(privateMode("file", location.path, 0o600));
  const companions = [`${location.path}-wal`, `${location.path}-shm`, ...report.backups.map((b) => b.path)];
  for (const path of companions.filter((p) => statSync(p, { throwIfNoEntry: false }))) {
    report.checks.push(privateMode(path.endsWith("-wal") ? "wal" : path.endsWith("-shm") ? "shm" : "backup", path, 0o600));
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

function inspect(path: string, report: DoctorReport): void {
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    const { appId, version, isEmpty } = readStamp(db);
    if (appId !== APPLICATION_ID) {
      const empty = appId === 0 && isEmpty;
      report.checks.push({ name: "schema", ok: empty, detail: empty ? "empty: netlog sets it up on first use" : "an SQLite database, but not netlog's", fix: "pass --db with the path of a netlog database" });
      return;
    }
    report.checks.push(schemaCheck(version));
    const problems = integrityProblems(db);
    const whole = problems.length === 0;
    report.checks.push({ name: "integrity", ok: whole, detail: whole ? "ok" : problems.slice(0, 3).join("; "), fix: "netlog restore a backup (netlog.db.bak-… beside the database)" });
    if (whole && version <= SCHEMA_VERSION) {
      report.counts = db
        .prepare(
          `SELECT (SELECT count(*) FROM contacts) AS contacts,
             (SELECT count(*) FROM contacts WHERE tracked = 1 AND archived_at IS NULL) AS tracked,
             (SELECT count(*) FROM contacts WHERE archived_at IS NOT NULL) AS archived,
             (SELECT count(*) FROM interactions) AS interactions,
             (SELECT count(*) FROM follow_ups WHERE done_at IS NULL) AS openFollowUps`,
        )
        .get() as DoctorReport["counts"];
    }
  } catch (error) {
    const code = String((error as { code?: string }).code);
    const detail = code === "SQLITE_NOTADB" ? "not an SQLite database" : code.startsWith("SQLITE_CORRUPT") ? "damaged" : (error as Error).message;
    report.checks.push({ name: "database", ok: false, detail, fix: "netlog restore a backup, or pass --db with the path of a netlog database" });
  } finally {
    db?.close();
  }
}

function schemaCheck(version: number): Check {
  if (version > SCHEMA_VERSION) return { name: "schema", ok: false, detail: `${version}, from a newer netlog (this one knows up to ${SCHEMA_VERSION})`, fix: "upgrade netlog" };
  if (version < SCHEMA_VERSION) return { name: "schema", ok: true, detail: `${version}: upgraded to ${SCHEMA_VERSION} on next use, after a backup` };
  return { name: "schema", ok: true, detail: `${version} (current)` };
}
