import { NetlogError } from "../errors.js";
import { regularTarget, writeAll, writeFileSafely } from "../store/safe-file.js";

const HINT = "give --out the path of a file, or --out - for standard output";

/**
 * Writes an export readable only by you (0600, whatever the umask), in one step: the file is
 * the old one or the whole new one, never half, and never anything but a regular file.
 */
export function writeOutputFile(path: string, text: string | Iterable<string>): void {
  if (path.trim() === "") throw new NetlogError("--out needs a file path", { hint: "e.g. --out netlog.json", exitCode: 2 });
  const target = regularTarget(path, HINT);
  try {
    writeFileSafely(target, (temp) => (typeof text === "string" ? writeAll(temp.fd, text) : writeBlocks(temp.fd, text)));
  } catch (error) {
    throw new NetlogError(`cannot write ${path}: ${(error as Error).message}`, { hint: "check that the folder exists and is writable", cause: error });
  }
}

/** Text gathered before a write (UTF-16 units): few system calls, little held. */
const BLOCK = 64 * 1024;

/** An export written as it is produced, a block at a time, into the temporary file. */
function writeBlocks(fd: number, chunks: Iterable<string>): void {
  let block = "";
  for (const chunk of chunks) {
    block += chunk;
    if (block.length < BLOCK) continue;
    writeAll(fd, block);
    block = "";
  }
  if (block) writeAll(fd, block);
}
