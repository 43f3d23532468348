// Whether a descriptor is a terminal, without loading node:tty (and the net and stream modules it
// loads, 2–3 ms of every run) unless it is a character device other than /dev/null: a pipe, a
// file or /dev/null is never a terminal, and cron's `netlog due | mail`, the shell's
// `$(netlog …)` and `netlog due --notify >/dev/null` are those.
import { type Stats, fstatSync, statSync } from "node:fs";
import { createRequire } from "node:module";

export function isatty(fd: number): boolean {
  let stat: Stats;
  try {
    stat = fstatSync(fd);
  } catch {
    return false; // closed: no terminal, as tty.isatty says
  }
  return isTerminal(stat, fd);
}

/**
 * Whether stdout is a file or a device other than a terminal: what main.ts writes itself, to
 * the last byte, and reports a full disk on, and what the early answers (command-file.ts,
 * fast-path.ts) leave to it. False when stdout cannot be told (closed).
 */
export function stdoutIsFile(): boolean {
  let stat: Stats;
  try {
    stat = fstatSync(1);
  } catch {
    return false;
  }
  return stat.isFile() || stat.isBlockDevice() || (stat.isCharacterDevice() && !isTerminal(stat, 1));
}

/** node:tty asked only about a character device other than /dev/null. */
function isTerminal(stat: Stats, fd: number): boolean {
  return stat.isCharacterDevice() && !isNullDevice(stat) && ttyAt(fd);
}

/** The device /dev/null is (the same numbers wherever the node is, as mknod makes them). */
function isNullDevice(stat: Stats): boolean {
  try {
    return stat.rdev === statSync("/dev/null").rdev;
  } catch {
    return false; // no /dev/null (Windows): node:tty answers
  }
}

function ttyAt(fd: number): boolean {
  return (createRequire(import.meta.url)("node:tty") as typeof import("node:tty")).isatty(fd);
}

/** node:tty's default export as chalk's supports-color uses it (scripts/build.mjs hands it this). */
export default { isatty };
