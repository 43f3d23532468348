// Writing straight to stdout's descriptor, as --version, Tab completion and output into a pipe
// are written: creating process.stdout (a socket for a pipe) costs more than the rest of
// --version. Shared by command-file.ts, fast-path.ts and main.ts, each a build of its own.
import { writeSync } from "node:fs";

/**
 * Writes `bytes` to descriptor 1: "written"; "closed" when the reader has gone (`| head`), which
 * is not an error; or the bytes left when a non-blocking pipe is full (EAGAIN), for the stream,
 * which waits for the reader. Any other failure is thrown.
 */
export function writeDirect(bytes: Uint8Array): "written" | "closed" | Uint8Array {
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done);
    return "written";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EPIPE") return "closed";
    if (code === "EAGAIN") return bytes.subarray(done);
    throw error;
  }
}
