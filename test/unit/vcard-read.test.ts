import { describe, expect, it } from "vitest";
import { parseVcards, readVcards } from "../../src/formats/vcard-read.js";

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function read(text: string, size: number) {
  const items = [];
  for await (const item of readVcards(chunked(text, size))) items.push(item);
  return items;
}

describe("readVcards", () => {
  const file =
    "\uFEFFBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Elaine Longmire\r\nNOTE:a long\r\n  note\r\nEND:VCARD\r\nBEGIN:VCARD\nVERSION:4.0\nFN:Sam\nEND:VCARD\rBEGIN:VCARD\r\nFN:Cut Off\r\n";

  it.each([1, 2, 7, 1000])("reads cards as parseVcards does, whatever the chunks (%i characters)", async (size) => {
    const whole = parseVcards(file)!;
    expect(await read(file, size)).toEqual([...whole.cards, ...whole.problems].sort((a, b) => a.line - b.line));
  });

  it("refuses a card larger than 16 MiB without keeping it, and reads the next one", async () => {
    const text = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big\r\nNOTE:${"x".repeat(17 * 1024 * 1024)}\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Small\r\nEND:VCARD\r\n`;
    expect((await read(text, 256 * 1024)).map((item) => ("reason" in item ? [item.line, item.reason] : [item.line, item.name]))).toEqual([
      [1, "a card larger than 16 MiB"],
      [6, "Small"],
    ]);
  });
});
