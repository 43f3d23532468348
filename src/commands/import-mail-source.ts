// Where import mail reads messages from: an mbox file, a Maildir folder (cur/ and new/; tmp/
// holds mail still being delivered) or a folder of .eml files. Only header sections are read:
// an mbox's bodies stream past unread, and a Maildir or .eml file is read up to its blank line.
import type { Stats } from "node:fs";
import { type FileHandle, open, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { NetlogError } from "../errors.js";
import { headerEnd, isMbox, MAX_HEADER_BYTES, mboxHeaders } from "../formats/mail-mbox.js";
import { notRegular } from "../store/safe-file.js";

export const EXPECTED_MAIL = "an mbox file, a Maildir folder (cur/, new/, tmp/) or a folder of .eml files";
const BLOCK_BYTES = 1024 * 1024;
const FILE_HEAD_BYTES = 64 * 1024;

export interface MailSource {
  kind: "mbox" | "maildir" | "eml";
  /** The header section of each message. */
  headers(): AsyncGenerator<Buffer>;
  /** For a progress line: how far, out of how much (bytes of an mbox, files of a folder). */
  total: number;
  done(): number;
}

/** Tells what PATH is and refuses anything else before anything is written. */
export async function openMailSource(path: string): Promise<MailSource> {
  const stats = await statOf(path);
  if (stats.isDirectory()) return folderSource(path);
  const kind = notRegular(stats);
  if (kind) throw new NetlogError(`${path} is ${kind}, not a regular file; nothing was imported`, { hint: `give the path of ${EXPECTED_MAIL}` });
  return mboxSource(path, stats.size);
}

async function statOf(path: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new NetlogError(`${path} does not exist`, { hint: `give the path of ${EXPECTED_MAIL}` });
    if (code === "EACCES") throw new NetlogError(`${path} cannot be read (permission denied)`, { hint: "check its permissions" });
    throw new NetlogError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

async function mboxSource(path: string, size: number): Promise<MailSource> {
  // An mbox of no messages is an empty file: a mail program's INBOX once its mail is moved
  // out. Refused, it would fill a cron mail with an error every morning until mail came.
  if (size === 0) return { kind: "mbox", headers: async function* () {}, total: 0, done: () => 0 };
  const file = await openFile(path);
  let read = 0;
  try {
    const head = Buffer.alloc(5);
    const { bytesRead } = await file.read(head, 0, 5, 0);
    if (bytesRead > 0 && !isMbox(head))
      throw new NetlogError(`${path} is not an mbox file: it does not start with a "From " line`, {
        hint: `expected ${EXPECTED_MAIL}; export a folder as mbox from your mail program (Thunderbird: ImportExportTools NG; Gmail: Google Takeout)`,
      });
  } catch (error) {
    await file.close();
    throw error;
  }
  async function* blocks(): AsyncGenerator<Buffer> {
    // One buffer for every block (mboxHeaders keeps no view into one): gigabytes read, one MiB held.
    const buffer = Buffer.allocUnsafe(BLOCK_BYTES);
    try {
      for (;;) {
        const { bytesRead } = await file.read(buffer, 0, BLOCK_BYTES, null);
        if (bytesRead === 0) return;
        read += bytesRead;
        yield buffer.subarray(0, bytesRead);
      }
    } finally {
      await file.close();
    }
  }
  return { kind: "mbox", headers: () => mboxHeaders(blocks()), total: size, done: () => read };
}

async function folderSource(path: string): Promise<MailSource> {
  const names = await readdir(path).catch((error: Error) => {
    throw new NetlogError(`cannot read the folder ${path}: ${error.message}`);
  });
  const maildir = names.includes("cur") || names.includes("new");
  const files = maildir
    ? [...(await messageFiles(join(path, "cur"))), ...(await messageFiles(join(path, "new")))]
    : names
        .filter((n) => /\.eml$/i.test(n))
        .sort()
        .map((n) => join(path, n));
  if (!maildir && files.length === 0)
    throw new NetlogError(`${path} is neither a Maildir folder (no cur/ or new/ in it) nor a folder of .eml files; nothing was imported`, {
      hint: `give the path of ${EXPECTED_MAIL}`,
    });
  let done = 0;
  async function* headers(): AsyncGenerator<Buffer> {
    for (const file of files) {
      const header = await fileHeader(file);
      done++;
      if (header) yield header;
    }
  }
  return { kind: maildir ? "maildir" : "eml", headers, total: files.length, done: () => done };
}

/**
 * A Maildir subfolder's messages, by name (a dot file is a mail program's own). One that is not
 * there holds none; one that cannot be read is refused: cur/ holds most of the mail, and a
 * morning import of new/ alone would look like success every day.
 */
async function messageFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    const why = error.code === "EACCES" ? "permission denied" : (error.code ?? error.message);
    throw new NetlogError(`${dir} cannot be read: ${why}; nothing was imported`, { hint: "check its permissions" });
  });
  return names
    .filter((n) => !n.startsWith("."))
    .sort()
    .map((n) => join(dir, n));
}

/** A message file's header section; undefined for what is no regular file (a folder, a FIFO), which is passed over unopened. */
async function fileHeader(path: string): Promise<Buffer | undefined> {
  if ((await stat(path).catch(() => undefined))?.isFile() !== true) return undefined;
  const file = await openFile(path);
  try {
    let bytes = Buffer.alloc(0);
    for (;;) {
      const { bytesRead, buffer } = await file.read(Buffer.allocUnsafe(FILE_HEAD_BYTES), 0, FILE_HEAD_BYTES, null);
      bytes = Buffer.concat([bytes, buffer.subarray(0, bytesRead)]);
      const end = headerEnd(bytes);
      if (end) return bytes.subarray(0, end.length);
      if (bytesRead === 0 || bytes.length >= MAX_HEADER_BYTES) return bytes.subarray(0, MAX_HEADER_BYTES);
    }
  } finally {
    await file.close();
  }
}

async function openFile(path: string): Promise<FileHandle> {
  try {
    return await open(path, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EACCES") throw new NetlogError(`${path} cannot be read (permission denied)`, { hint: "check its permissions" });
    throw new NetlogError(`cannot read ${path}: ${(error as Error).message}`);
  }
}
