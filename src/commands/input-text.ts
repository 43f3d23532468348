// Bytes to text, block by block, with the errors a person can act on: a PDF or a file with NUL
// bytes is not text, and text that is not UTF-8 is refused rather than guessed.
import { NetlogError } from "../errors.js";

/**
 * A decoder chosen from the file's first bytes: UTF-16 when it starts with a byte-order mark
 * (spreadsheet programs on Windows save "Unicode text" so), else strict UTF-8. A BOM is dropped.
 */
export function textDecoder(first: Buffer, path: string, expected: string): (bytes: Buffer, last: boolean) => string {
  if (first[0] === 0xff && first[1] === 0xfe) return streaming(new TextDecoder("utf-16le"));
  if (first[0] === 0xfe && first[1] === 0xff) return streaming(new TextDecoder("utf-16be"));
  const notText = () => new NetlogError(`${path} is not a text file`, { hint: `expected ${expected}` });
  if (first.subarray(0, 5).toString("latin1") === "%PDF-") throw notText();
  const utf8 = streaming(new TextDecoder("utf-8", { fatal: true }));
  return (bytes, last) => {
    if (bytes.includes(0)) throw notText();
    try {
      return utf8(bytes, last);
    } catch {
      // Guessing Latin-1 would store "Café" as "CafÃ©" for good; ask for the right encoding.
      throw new NetlogError(`${path} is not UTF-8 text`, { hint: "save it as UTF-8 (CSV UTF-8 in a spreadsheet) and import it again" });
    }
  };
}

/** A character split between two blocks is decoded whole, with the second. */
function streaming(decoder: TextDecoder): (bytes: Buffer, last: boolean) => string {
  return (bytes, last) => decoder.decode(bytes, { stream: !last });
}

/**
 * A copy of `text` that holds on to nothing else. V8 keeps a substring as a view into the string
 * it was cut from: a value kept for the whole import (a uuid, a phone number) would keep its
 * block of the file alive, and with one from every block, the whole file.
 */
export function detached(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}
