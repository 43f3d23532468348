// The one way netlog writes a file: exports, backups, the copy restore makes, the copy before a
// migration. Each used to do this its own way, and each way had a hole: an export replaced
// /dev/null with a regular file, a backup replaced a live database, and a temporary file with a
// predictable name followed a symlink someone else had planted there.
//
// write-file-atomic would do the rename, but it opens its temporary file with a predictable name
// and without O_EXCL or O_NOFOLLOW, replaces whatever is at the target (a device or a FIFO
// included) and does not sync the folder, so it cannot give these guarantees.
import { randomBytes } from "./random.js";
import { closeSync, constants, fchmodSync, fstatSync, fsyncSync, linkSync, lstatSync, openSync, realpathSync, renameSync, rmSync, type Stats, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { NetlogError } from "../errors.js";
import { removeStaleLeftovers } from "./leftovers.js";

/** What a file at the target is, when it is not a regular file: "a FIFO", "a folder"… */
export function notRegular(stat: Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return "a folder";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  if (stat.isFIFO()) return "a FIFO (named pipe)";
  if (stat.isSocket()) return "a socket";
  return "not a regular file";
}

/**
 * Where writing `path` really goes: through a symlink to the file it names (a link kept in a
 * dotfiles folder stays a link), refusing anything that is not a regular file or nothing yet.
 * Nothing is opened, so a FIFO is never blocked on and a device never written.
 */
export function regularTarget(path: string, hint: string): string {
  const link = lstatSync(path, { throwIfNoEntry: false });
  if (!link) return path;
  let target = path;
  if (link.isSymbolicLink()) {
    try {
      target = realpathSync(path);
    } catch {
      throw new NetlogError(`${path} is a symbolic link to a file that does not exist; it was left as it was`, { hint });
    }
  }
  const kind = notRegular(statSync(target));
  if (kind) throw new NetlogError(`${path} is ${kind}, not a regular file; it was left as it was`, { hint });
  return target;
}

export interface Temporary {
  path: string;
  fd: number;
}

/**
 * A new, empty, 0600 file beside `target`. O_EXCL|O_NOFOLLOW: if anything at all is already at
 * that name (a planted symlink included), the open fails rather than writing through it.
 */
export function createTemporary(target: string): Temporary {
  removeStaleLeftovers(dirname(target));
  const path = join(dirname(target), `.${basename(target)}.netlog-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  fchmodSync(fd, 0o600); // whatever the umask
  return { path, fd };
}

/** The temporary file and anything SQLite left beside it. */
export function removeTemporary(temp: Temporary): void {
  for (const suffix of ["", "-journal"]) rmSync(temp.path + suffix, { force: true });
}

export interface WriteOptions {
  /** Keep an existing file at the target and return false, rather than replacing it. */
  keepExisting?: boolean;
}

/**
 * Writes `target` in one step: `fill` writes the temporary file (through its fd, or by its path
 * for SQLite's VACUUM INTO), which is then synced, renamed into place and its folder synced, so
 * the target is the old file or the whole new one, even after a crash or a power cut.
 * `target` must already have passed regularTarget(). Returns false when keepExisting kept it.
 */
export function writeFileSafely(target: string, fill: (temp: Temporary) => void, options: WriteOptions = {}): boolean {
  const temp = createTemporary(target);
  let open = true;
  try {
    fill(temp);
    // Still the file we created: a path is only a name, and fill may have used it.
    const now = lstatSync(temp.path);
    const ours = fstatSync(temp.fd);
    if (now.ino !== ours.ino || now.dev !== ours.dev) throw new Error(`${temp.path} was replaced while netlog wrote it`);
    fsyncSync(temp.fd);
    closeSync(temp.fd);
    open = false;
    if (!moveIntoPlace(temp.path, target, options.keepExisting === true)) return false;
    syncFolder(dirname(target));
    return true;
  } finally {
    if (open) closeSync(temp.fd);
    removeTemporary(temp);
  }
}

function moveIntoPlace(from: string, to: string, keepExisting: boolean): boolean {
  // Checked again at the last moment: rename would replace a device put there meanwhile.
  const there = lstatSync(to, { throwIfNoEntry: false });
  const kind = there && !there.isSymbolicLink() ? notRegular(there) : undefined;
  if (kind) throw new Error(`${to} became ${kind}`);
  if (!keepExisting) {
    renameSync(from, to);
    return true;
  }
  try {
    linkSync(from, to); // fails if the target exists: another netlog made it first
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    // FAT and some network file systems have no hard links: check, then rename.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw error;
    if (lstatSync(to, { throwIfNoEntry: false })) return false;
    renameSync(from, to);
    return true;
  }
}

/** Renames a finished, closed file onto `target`, durably: the file synced, then its folder. */
export function renameDurably(path: string, target: string): void {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(path, target);
  syncFolder(dirname(target));
}

/** The rename is durable only once the folder that records it is on disk. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, constants.O_RDONLY | constants.O_DIRECTORY);
    fsyncSync(fd);
  } catch (error) {
    // Some file systems cannot fsync a folder (EINVAL); the file itself is already synced.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EINVAL" && code !== "EISDIR" && code !== "EPERM" && code !== "EACCES") throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes all of `data` to `fd`: one writeSync may take only part of it. */
export function writeAll(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  for (let offset = 0; offset < bytes.length; ) offset += writeSyncChunk(fd, bytes, offset);
}

function writeSyncChunk(fd: number, bytes: Uint8Array, offset: number): number {
  const written = writeSync(fd, bytes, offset, bytes.length - offset);
  if (written === 0) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
  return written;
}
