// An mbox, read block by block: the header section of each message, its body passed over
// unread. A mailbox of years is gigabytes of bodies and attachments; only the headers matter.
// Messages start at a line "From " (mboxo and mboxrd alike: a writer quotes such a line in a
// body as ">From "), with LF or CRLF line ends.

const NL = 0x0a;
const SEPARATOR = Buffer.from("\nFrom ");
const FROM = Buffer.from("From ");
/** A header section past this is no mail's: the rest of it is passed over like a body. */
export const MAX_HEADER_BYTES = 1024 * 1024;

/** Whether a file's first bytes are an mbox's: a "From " line. */
export function isMbox(head: Buffer): boolean {
  return head.subarray(0, 5).toString("latin1") === "From ";
}

/** Where the header section of `bytes` ends: its length and that of the blank line after it; undefined before it is all there. */
export function headerEnd(bytes: Buffer): { length: number; blank: number } | undefined {
  if (bytes[0] === NL) return { length: 0, blank: 1 };
  if (bytes[0] === 0x0d && bytes[1] === NL) return { length: 0, blank: 2 };
  for (let at = bytes.indexOf(NL); at !== -1 && at + 1 < bytes.length; at = bytes.indexOf(NL, at + 1)) {
    if (bytes[at + 1] === NL) return { length: at + 1, blank: 1 };
    if (bytes[at + 1] === 0x0d && bytes[at + 2] === NL) return { length: at + 1, blank: 2 };
  }
  return undefined;
}

/**
 * The header section of each message, in file order, from an mbox's blocks (the first starts
 * with a "From " line: see isMbox). A last message without a trailing newline is read too.
 * A block may be reused for the next one: nothing yielded or kept is a view into it.
 */
export async function* mboxHeaders(blocks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer = Buffer.alloc(0);
  let state: "separator" | "header" | "line-start" | "body" = "separator";
  for await (const block of blocks) {
    pending = pending.length === 0 ? block : Buffer.concat([pending, block]);
    for (;;) {
      if (state === "separator") {
        const nl = pending.indexOf(NL);
        if (nl === -1) {
          // The separator line is read for nothing: none of it is kept while its end is awaited,
          // else a line of gigabytes ("From " and NULs) is copied again with every block.
          pending = Buffer.alloc(0);
          break;
        }
        pending = pending.subarray(nl + 1);
        state = "header";
      }
      if (state === "header") {
        const end = headerEnd(pending);
        if (end === undefined) {
          if (pending.length <= MAX_HEADER_BYTES) break;
          yield Buffer.from(pending.subarray(0, MAX_HEADER_BYTES));
          pending = pending.subarray(MAX_HEADER_BYTES);
          state = "body";
        } else {
          // A copy: a view would keep the whole block alive as long as the header is.
          yield Buffer.from(pending.subarray(0, end.length));
          pending = pending.subarray(end.length + end.blank);
          state = "line-start";
        }
      }
      if (state === "line-start") {
        // The body starts at a line start: a "From " right there (an empty body) is the next message.
        const head = pending.subarray(0, FROM.length);
        if (head.length < FROM.length && FROM.subarray(0, head.length).equals(head)) break;
        if (head.equals(FROM)) {
          state = "separator";
          continue;
        }
        state = "body";
      }
      const next = pending.indexOf(SEPARATOR);
      if (next === -1) {
        // Keep the last line's start: the separator may be cut between two blocks.
        const lastLine = pending.lastIndexOf(NL);
        pending = lastLine === -1 ? Buffer.alloc(0) : pending.subarray(lastLine);
        break;
      }
      pending = pending.subarray(next + 1);
      state = "separator";
    }
    // A copy of what is left (a line's start, a header not yet whole): the block is the reader's.
    pending = Buffer.from(pending);
  }
  if (state === "header" && pending.length > 0) yield Buffer.from(pending.subarray(0, MAX_HEADER_BYTES));
}
