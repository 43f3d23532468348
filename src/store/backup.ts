// Copies of the database, made by SQLite itself: VACUUM INTO reads one consistent snapshot inside
// a read transaction, so a copy taken while cron is writing is never torn, as a file copy of a
// live WAL database can be. It is synchronous, unlike better-sqlite3's backup(), which lets the
// automatic backup run inside openDatabase before a migration.
import { readdirSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { writeFileSafely } from "./safe-file.js";
import type { Database } from "better-sqlite3";

/** Automatic backups before a migration kept next to the database; older ones are removed. */
export const MIGRATION_BACKUPS_KEPT = 5;

export interface BackupFile {
  path: string;
  bytes: number;
  modifiedAt: Date;
}

/**
 * Writes a copy of `db` to `dest`, 0600 from its first byte, in one step (safe-file.ts): `dest`
 * is either the old file or the whole new copy, never half of one.
 * With `replace: false` an existing `dest` is kept and false is returned.
 */
export function copyDatabase(db: Database, dest: string, options: { replace: boolean }): boolean {
  return writeFileSafely(dest, (temp) => void db.prepare("VACUUM INTO ?").run(temp.path), { keepExisting: !options.replace });
}

export function removeIfPresent(path: string): void {
  rmSync(path, { force: true });
}

/** Every `netlog.db.bak-*` beside the database, newest first. */
export function backupsBeside(dbPath: string, prefix = `${basename(dbPath)}.bak-`): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dirname(dbPath));
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(prefix))
    .map((name) => {
      const path = join(dirname(dbPath), name);
      const stat = statSync(path);
      return { path, bytes: stat.size, modifiedAt: stat.mtime };
    })
    .sort((a, b) => b.modifiedAt.getTime() - a.modifiedAt.getTime() || b.path.localeCompare(a.path));
}

/** `netlog.db.bak-2026-11-25`, or `…-2`, `…-3` when that name is taken. */
export function freeBackupPath(dbPath: string, label: string): string {
  return freePath(`${dbPath}.bak-${label}`);
}

/** `base`, or `base-2`, `base-3` … : the first name not taken. */
export function freePath(base: string): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!statSync(candidate, { throwIfNoEntry: false })) return candidate;
  }
}

/**
 * Before migrating from schema `version`: `netlog.db.bak-v<version>-<date>`, keeping the last
 * few. A second netlog migrating at the same moment keeps the first one's copy.
 */
export function backupBeforeMigration(db: Database, dbPath: string, version: number, today: string): void {
  copyDatabase(db, `${dbPath}.bak-v${version}-${today}`, { replace: false });
  for (const old of backupsBeside(dbPath, `${basename(dbPath)}.bak-v`).slice(MIGRATION_BACKUPS_KEPT)) removeIfPresent(old.path);
}
