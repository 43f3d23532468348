import { readFileSync, statSync } from "node:fs";
import { NetlogError } from "../errors.js";

const MAX_BYTES = 200 * 1024 * 1024;

/** A text file to import, with an error a person can act on for each way it can be wrong. */
export function readInputFile(path: string, expected: string): string {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new NetlogError(`${path} is a folder`, { hint: `give the path of ${expected}` });
    if (statSync(path).size > MAX_BYTES) throw new NetlogError(`${path} is larger than 200 MB`, { hint: `expected ${expected}` });
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof NetlogError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new NetlogError(`${path} does not exist`, { hint: `give the path of ${expected}` });
    if (code === "EACCES") throw new NetlogError(`${path} cannot be read (permission denied)`, { hint: "check the file's permissions" });
    throw new NetlogError(`cannot read ${path}: ${(error as Error).message}`);
  }
  if (bytes.length === 0) throw new NetlogError(`${path} is empty`, { hint: `expected ${expected}` });
  // Spreadsheet programs on Windows save "Unicode text" as UTF-16 with a byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-" || bytes.includes(0)) {
    throw new NetlogError(`${path} is not a text file`, { hint: `expected ${expected}` });
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Guessing Latin-1 would store "Café" as "CafÃ©" for good; ask for the right encoding.
    throw new NetlogError(`${path} is not UTF-8 text`, { hint: "save it as UTF-8 (CSV UTF-8 in a spreadsheet) and import it again" });
  }
}

/** All or nothing: one bad record and nothing is written, unless the user asked to skip them. */
export function refuseProblems(file: string, problems: ReadonlyArray<{ line: number; reason: string }>, skipInvalid: boolean, what: string): void {
  if (problems.length === 0 || skipInvalid) return;
  const listed = problems.slice(0, 3).map((p) => `line ${p.line}: ${p.reason}`).join("; ");
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : "";
  throw new NetlogError(`${file}: ${listed}${more}; nothing was imported`, { hint: `fix those ${what}, or pass --skip-invalid to import the rest` });
}
