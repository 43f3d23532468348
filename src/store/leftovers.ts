// Temporary files a killed netlog left behind: a restore's 100 MB copy, half a backup, part of
// an export. Each name carries the pid that made it, so a later netlog can prove one stale (that
// process is gone) and remove it, and leave alone those of a netlog still at work.
import { lstatSync, readdirSync, rmSync } from "node:fs";
import { basename, join } from "node:path";

/** `.netlog.db.netlog-4242-9f86d081884c.tmp`: hidden, ours, whose (the pid), and unguessable. */
export const TEMPORARY_NAME = /^\..+\.netlog-(\d+)-[0-9a-f]{12}\.tmp(?:-journal|-wal|-shm)?$/;

/** Names earlier netlogs used, beside the database or an export: `.netlog.db.restore-4242.tmp`… */
const OLDER_NAMES = [/^\..+\.restore-(\d+)\.tmp(?:-journal)?$/, /^\..+\.(\d+)\.tmp(?:-journal)?$/, /^[^.].*\.netlog-(\d+)\.tmp$/];

export interface Leftover {
  path: string;
  bytes: number;
  pid: number;
  /** Its netlog is no longer running. */
  stale: boolean;
}

/** netlog's temporary files in `folder` that belong to this user. */
export function leftoversIn(folder: string, alive: (pid: number) => boolean = isRunning): Leftover[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const uid = process.getuid?.();
  const found: Leftover[] = [];
  for (const name of names) {
    // Every name netlog gives a temporary file has ".tmp": the rest of a folder (a home
    // folder's dozens of files) skips the patterns.
    if (!name.includes(".tmp")) continue;
    const pid = pidOf(name);
    if (pid === undefined) continue;
    const path = join(folder, name);
    const stat = lstatSync(path, { throwIfNoEntry: false });
    // Another user's file in a shared folder is theirs to clean up, even for root.
    if (!stat?.isFile() || (uid !== undefined && stat.uid !== uid)) continue;
    found.push({ path, bytes: stat.size, pid, stale: pid !== process.pid && !alive(pid) });
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** Removes the stale ones; what a netlog still running is writing stays. */
export function removeStaleLeftovers(folder: string): void {
  for (const leftover of leftoversIn(folder)) {
    if (!leftover.stale) continue;
    try {
      rmSync(leftover.path, { force: true });
    } catch {
      // A read-only folder: the leftover stays, and doctor lists it. Never a reason to fail.
    }
  }
}

function pidOf(name: string): number | undefined {
  for (const pattern of [TEMPORARY_NAME, ...OLDER_NAMES]) {
    const m = pattern.exec(basename(name));
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** Signal 0 checks that a process exists without touching it; EPERM means it does, as another user. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
