import { chmodSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { NetlogError } from "../errors.js";

/**
 * Writes an export readable only by you (0600, whatever the umask), through a temporary file and
 * a rename, so an interrupted export never leaves half a file where a good one was.
 */
export function writeOutputFile(path: string, text: string): void {
  if (path.trim() === "") throw new NetlogError("--out needs a file path", { hint: "e.g. --out netlog.json", exitCode: 2 });
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat?.isDirectory()) throw new NetlogError(`${path} is a folder`, { hint: "give --out a file path" });
  // Through a symlink to the file it names, rather than replacing the link.
  const target = stat ? realpathSync(path) : path;
  const temporary = `${target}.netlog-${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, { mode: 0o600 });
    chmodSync(temporary, 0o600);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new NetlogError(`cannot write ${path}: ${(error as Error).message}`, { hint: "check that the folder exists and is writable" });
  }
}
