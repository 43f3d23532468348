// Whether a descriptor is a terminal, without loading node:tty (and the net and stream modules it
// loads, 2–3 ms of every run) unless it is a character device: a pipe or a file is never a
// terminal, and cron's `netlog due | mail` and the shell's `$(netlog …)` are pipes.
import { fstatSync } from "node:fs";
import { createRequire } from "node:module";

export function isatty(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false; // closed: no terminal, as tty.isatty says
  }
  return ttyAt(fd);
}

/**
 * Whether stdout is a file or a device other than a terminal: what main.ts writes itself, to
 * the last byte, and reports a full disk on, and what the early answers (command-file.ts,
 * fast-path.ts) leave to it. False when stdout cannot be told (closed).
 */
export function stdoutIsFile(): boolean {
  let stat: ReturnType<typeof fstatSync>;
  try {
    stat = fstatSync(1);
  } catch {
    return false;
  }
  return stat.isFile() || stat.isBlockDevice() || (stat.isCharacterDevice() && !ttyAt(1));
}

function ttyAt(fd: number): boolean {
  return (createRequire(import.meta.url)("node:tty") as typeof import("node:tty")).isatty(fd);
}

/** node:tty's default export as chalk's supports-color uses it (scripts/build.mjs hands it this). */
export default { isatty };
