import { chmodSync, renameSync, statSync, writeFileSync } from "node:fs";
import { NetlogError } from "../errors.js";

/**
 * Writes an export readable only by you (0600, whatever the umask), through a temporary file and
 * a rename, so an interrupted export never leaves half a file where a good one was.
 */
export function writeOutputFile(path: string, text: string): void {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new NetlogError(`${path} is a folder`, { hint: "give --out a file path" });
  const temporary = `${path}.netlog-${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, { mode: 0o600 });
    chmodSync(temporary, 0o600);
    renameSync(temporary, path);
  } catch (error) {
    throw new NetlogError(`cannot write ${path}: ${(error as Error).message}`, { hint: "check that the folder exists and is writable" });
  }
}
