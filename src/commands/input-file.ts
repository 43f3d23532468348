// A file to import, read as a stream of text with a cap on the bytes actually read: stat's size
// is 0 for a device or a pipe, and `import json /dev/zero` once took 11 GB before anyone stopped it.
import { type FileHandle, open, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import type { Ctx } from "../context.js";
import { NetlogError } from "../errors.js";
import { notRegular } from "../store/safe-file.js";
import { textDecoder } from "./input-text.js";

export const MIB = 1024 * 1024;
/** Enough to tell what a file is (a header, BEGIN:VCARD, a BOM) before opening the database. */
const HEAD_BYTES = 64 * 1024;
const BLOCK_BYTES = 256 * 1024;

export interface InputFile {
  /** The start of the text (its first 64 KiB), to tell what file it is before writing anything. */
  readonly head: string;
  /** The whole text, head first, chunk by chunk; a NetlogError past the cap or at bytes that are not text. */
  text(): AsyncGenerator<string>;
  /** Bytes read so far, and the size of a regular file (undefined for a pipe): for a progress line. */
  bytesRead(): number;
  readonly size: number | undefined;
  close(): Promise<void>;
}

/**
 * Opens a regular file or a pipe (`import json <(gunzip -c backup.json.gz)`). A device, socket
 * or terminal is refused before it is opened: no export lives there, opening some has effects,
 * and a terminal would wait for typing, which under cron never comes.
 */
export async function openInputFile(path: string, expected: string, maxBytes: number): Promise<InputFile> {
  const handle = await openReadable(path, expected, maxBytes);
  try {
    return await startReading(handle.file, handle.size, path, expected, maxBytes);
  } catch (error) {
    await handle.file.close();
    throw error;
  }
}

async function openReadable(path: string, expected: string, maxBytes: number): Promise<{ file: FileHandle; size: number | undefined }> {
  let file: FileHandle | undefined;
  try {
    refuseUnreadable(await stat(path), path, expected, maxBytes);
    file = await open(path, "r");
    // What was opened, not what the path named a moment before.
    const opened = await file.stat();
    refuseUnreadable(opened, path, expected, maxBytes);
    return { file, size: opened.isFile() ? opened.size : undefined };
  } catch (error) {
    await file?.close();
    if (error instanceof NetlogError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new NetlogError(`${path} does not exist`, { hint: `give the path of ${expected}` });
    if (code === "EACCES") throw new NetlogError(`${path} cannot be read (permission denied)`, { hint: "check the file's permissions" });
    throw new NetlogError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

function refuseUnreadable(stats: Stats, path: string, expected: string, maxBytes: number): void {
  if (stats.isDirectory()) throw new NetlogError(`${path} is a folder`, { hint: `give the path of ${expected}` });
  // Worded as the writer words the targets it refuses (store/safe-file.ts), naming what it is.
  const kind = stats.isFIFO() ? undefined : notRegular(stats);
  if (kind)
    throw new NetlogError(`${path} is ${kind}, not a regular file; nothing was imported`, { hint: `give the path of ${expected}; netlog reads files and pipes, not devices` });
  if (stats.isFile() && stats.size > maxBytes) throw tooLarge(path, expected, maxBytes);
}

function tooLarge(path: string, expected: string, maxBytes: number): NetlogError {
  const limit = `${Math.round(maxBytes / MIB)} MiB`;
  return new NetlogError(`${path} is larger than ${limit}; nothing was imported`, { hint: `netlog imports at most ${limit} from one file; expected ${expected}` });
}

async function startReading(file: FileHandle, size: number | undefined, path: string, expected: string, maxBytes: number): Promise<InputFile> {
  let total = 0;
  let ended = false;
  /** Up to `wanted` bytes; fewer at the end, or from a pipe whose writer is slow. */
  const read = async (wanted: number): Promise<Buffer> => {
    const { bytesRead, buffer } = await file.read(Buffer.allocUnsafe(wanted), 0, wanted, null);
    total += bytesRead;
    if (total > maxBytes) throw tooLarge(path, expected, maxBytes);
    if (bytesRead === 0) ended = true;
    return buffer.subarray(0, bytesRead);
  };
  const parts: Buffer[] = [];
  for (let got = 0; got < HEAD_BYTES && !ended; ) {
    const part = await read(HEAD_BYTES - got);
    parts.push(part);
    got += part.length;
  }
  const first = Buffer.concat(parts);
  if (first.length === 0) throw new NetlogError(`${path} is empty`, { hint: `expected ${expected}` });
  const decode = textDecoder(first, path, expected);
  const head = decode(first, ended);
  let started = false;
  return {
    head,
    size,
    bytesRead: () => total,
    close: () => file.close(),
    async *text() {
      if (started) throw new Error("the text of an input file is read once");
      started = true;
      yield head;
      while (!ended) {
        const block = await read(BLOCK_BYTES);
        const text = decode(block, ended);
        if (text !== "") yield text;
      }
    },
  };
}

/** A progress line over the bytes of a regular file (a pipe has no size to show progress against). */
export function fileProgress(ctx: Ctx, input: InputFile, label: string): { tick(): void; finish(): void } {
  if (input.size === undefined) return { tick() {}, finish() {} };
  const progress = ctx.progress(`${label} (MiB)`, Math.ceil(input.size / MIB));
  return { tick: () => progress.tick(Math.floor(input.bytesRead() / MIB)), finish: () => progress.finish() };
}
