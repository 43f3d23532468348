import { describe, expect, it } from "vitest";
import { mboxHeaders } from "../../src/formats/mail-mbox.js";

async function* blocksOf(text: string, size: number) {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function headersOf(text: string, size = 7): Promise<string[]> {
  const found: string[] = [];
  for await (const h of mboxHeaders(blocksOf(text, size))) found.push(h.toString());
  return found;
}

const MBOX =
  "From a@x Mon Jan  1 00:00:00 2026\nSubject: one\nTo: b@y\n\nbody line\n>From quoted, not a message\n\n" +
  "From b@y Mon Jan  1 00:00:00 2026\nSubject: two\n\n" +
  "From c@z Mon Jan  1 00:00:00 2026\nSubject: three\n\nFromage is no separator\nlast line without a newline";

describe("mboxHeaders", () => {
  it.each([1, 2, 5, 7, 64, 4096])("reads each message's header section, whatever the blocks (%i bytes)", async (size) => {
    expect(await headersOf(MBOX, size)).toEqual(["Subject: one\nTo: b@y\n", "Subject: two\n", "Subject: three\n"]);
  });

  it("keeps nothing of a block the reader reuses for the next", async () => {
    async function* reused(text: string, size: number) {
      const bytes = Buffer.from(text);
      const shared = Buffer.alloc(size);
      for (let at = 0; at < bytes.length; at += size) {
        const n = bytes.copy(shared, 0, at, at + size);
        yield shared.subarray(0, n);
        shared.fill(0x23);
      }
    }
    const found: string[] = [];
    for await (const h of mboxHeaders(reused(MBOX, 9))) found.push(h.toString());
    expect(found).toEqual(["Subject: one\nTo: b@y\n", "Subject: two\n", "Subject: three\n"]);
  });

  it("reads CRLF files", async () => {
    expect(await headersOf(MBOX.replaceAll("\n", "\r\n"), 3)).toEqual(["Subject: one\r\nTo: b@y\r\n", "Subject: two\r\n", "Subject: three\r\n"]);
  });

  it("reads a last message that is all header, without a trailing newline", async () => {
    expect(await headersOf("From a@x Mon Jan  1 00:00:00 2026\nSubject: one\n\nbody\nFrom b@y x\nSubject: two")).toEqual(["Subject: one\n", "Subject: two"]);
  });

  it("takes an empty body followed at once by the next message", async () => {
    expect(await headersOf("From a\nSubject: one\n\nFrom b\nSubject: two\n\n", 1)).toEqual(["Subject: one\n", "Subject: two\n"]);
  });
});

describe("mboxHeaders on a separator line with no end", () => {
  it("holds none of a separator line while it waits for its newline (a file of NULs after 'From ' took time by the square of its size)", async () => {
    const block = Buffer.alloc(1024 * 1024);
    async function* blocks() {
      yield Buffer.from("From ");
      // 256 MiB of one line: each block appended to all the others before it is 32 GiB copied.
      for (let i = 0; i < 256; i++) yield block;
      yield Buffer.from("\nSubject: after\n\n");
    }
    const found: string[] = [];
    const started = performance.now();
    for await (const h of mboxHeaders(blocks())) found.push(h.toString());
    expect(found).toEqual(["Subject: after\n"]);
    expect(performance.now() - started).toBeLessThan(5000);
  }, 60_000);
});
