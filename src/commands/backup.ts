// `netlog backup [FILE]` and `netlog restore FILE`.
import { closeSync, openSync, readSync, renameSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { Ctx } from "../context.js";
import { NetlogError, usageError } from "../errors.js";
import { copyDatabase, freeBackupPath, freePath } from "../store/backup.js";
import { createTemporary, regularTarget, removeTemporary, renameDurably } from "../store/safe-file.js";
import { APPLICATION_ID, type Database } from "../store/db.js";
import { plural } from "../text/plural.js";
import { countRows, type DatabaseCounts, isDamaged, migratedCopy, openBackup, replaceContents } from "../store/restore.js";
import type { BackupMade, Restored } from "../reports/backup.js";

export async function backup(options: { file?: string }, ctx: Ctx): Promise<BackupMade> {
  const { path: dbPath } = ctx.dbLocation();
  if (!statSync(dbPath, { throwIfNoEntry: false })) {
    throw new NetlogError(`there is no database at ${dbPath} yet: nothing to back up`, { hint: "netlog doctor shows which database netlog uses and why" });
  }
  const dest = destination(options.file, dbPath, ctx.today);
  const db = ctx.db();
  try {
    copyDatabase(db, dest, { replace: true });
  } catch (error) {
    throw new NetlogError(`cannot write the backup to ${dest}: ${(error as Error).message}`, { hint: "check that the folder exists and is writable", cause: error });
  }
  return { path: dest, bytes: statSync(dest).size, ...countRows(db) };
}

/** FILE, FILE/netlog.db.bak-DATE when FILE is a folder, or netlog.db.bak-DATE beside the database. */
function destination(file: string | undefined, dbPath: string, today: string): string {
  if (file === undefined) return freeBackupPath(dbPath, today);
  const stat = statSync(file, { throwIfNoEntry: false });
  if (stat?.isDirectory()) return freeBackupPath(join(file, basename(dbPath)), today);
  const target = regularTarget(file, "name a new file, or a folder to put the backup in");
  // By any name: a symbolic or hard link to the database is the database.
  const live = statSync(dbPath);
  if (resolve(target) === resolve(dbPath) || (stat && stat.dev === live.dev && stat.ino === live.ino)) {
    throw usageError("the backup cannot be the database itself", "name another file, or leave FILE out");
  }
  // A -wal or -shm beside it: some program has that database open, or was killed with it open,
  // and the -wal may hold its latest writes. Replacing the file under it destroys both.
  const companion = ["-wal", "-shm"].find((suffix) => statSync(target + suffix, { throwIfNoEntry: false }));
  if (companion) {
    throw new NetlogError(`${file} is a database in use (${basename(target)}${companion} is beside it); it was left as it was`, {
      hint: "name a new file, or a folder to put the backup in",
    });
  }
  // Replacing last night's backup is what a nightly cron job wants; replacing a document is not.
  if (stat && stat.size > 0 && !isNetlogFile(target)) {
    throw new NetlogError(`${file} exists and is not a netlog database; it was left as it was`, { hint: "name a new file, or a folder to put the backup in" });
  }
  return target;
}

/** The SQLite header of a netlog file: the magic string, and our application_id at offset 68. */
function isNetlogFile(path: string): boolean {
  const header = Buffer.alloc(72);
  const fd = openSync(path, "r");
  try {
    readSync(fd, header, 0, 72, 0);
  } finally {
    closeSync(fd);
  }
  return header.toString("latin1", 0, 16) === "SQLite format 3\0" && header.readUInt32BE(68) === APPLICATION_ID;
}

export async function restore(options: { file: string; yes?: boolean }, ctx: Ctx): Promise<Restored> {
  const { path: dbPath } = ctx.dbLocation();
  if (resolve(options.file) === resolve(dbPath)) throw usageError("that is the database netlog uses now", "pass a backup file");
  const source = openBackup(options.file);
  try {
    const incoming = countRows(source);
    const current = openCurrent(dbPath, ctx);
    const what = `${options.file} (${describe(incoming)})`;
    if (!options.yes) {
      if (!ctx.prompter)
        throw usageError(
          "restore replaces every contact and conversation; pass --yes to go ahead",
          `netlog restore ${options.file} --yes (the current database is backed up first)`,
        );
      const now = current.db ? `the ${describe(countRows(current.db))} in ${dbPath}` : `the database at ${dbPath}`;
      if (!(await ctx.prompter.confirm(`Replace ${now} with ${what}? A copy of the current one is kept.`, false))) {
        throw new NetlogError("nothing was restored", { hint: "pass --yes to restore without asking" });
      }
    }
    const temp = createTemporary(dbPath);
    closeSync(temp.fd);
    try {
      migratedCopy(source, temp.path);
      if (current.db) {
        try {
          const previous = freeBackupPath(dbPath, `before-restore-${ctx.today}`);
          copyDatabase(current.db, previous, { replace: false });
          replaceContents(current.db, temp.path);
          return { from: options.file, previous, ...countRows(current.db) };
        } catch (error) {
          // Damage SQLite meets only while reading (copying or emptying a table) is damage too.
          if (!isDamaged(error)) throw error;
          current.db.close();
        }
      }
      // The database is damaged or missing: set what is there aside, then put the copy in its place.
      const previous = current.exists ? setAside(dbPath, ctx.today) : null;
      renameDurably(temp.path, dbPath);
      return { from: options.file, previous, ...incoming };
    } finally {
      removeTemporary(temp);
    }
  } finally {
    source.close();
  }
}

/** The database in use; none when there is no file, or when SQLite finds it damaged. */
function openCurrent(dbPath: string, ctx: Ctx): { db?: Database; exists: boolean } {
  if (!statSync(dbPath, { throwIfNoEntry: false })) return { exists: false };
  try {
    return { db: ctx.db(), exists: true };
  } catch (error) {
    if (isDamaged(error)) return { exists: true };
    throw error; // a newer netlog's database, another program's: not ours to replace
  }
}

/** netlog.db (and its -wal and -shm) become netlog.db.damaged-DATE…, kept for a closer look. */
function setAside(dbPath: string, today: string): string {
  const aside = freePath(`${dbPath}.damaged-${today}`);
  for (const suffix of ["-wal", "-shm"]) {
    if (statSync(dbPath + suffix, { throwIfNoEntry: false })) renameSync(dbPath + suffix, aside + suffix);
  }
  renameSync(dbPath, aside);
  return aside;
}

function describe(counts: DatabaseCounts): string {
  return `${plural(counts.contacts, "contact")}, ${plural(counts.conversations, "conversation")}`;
}
