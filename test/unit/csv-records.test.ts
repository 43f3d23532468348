// csvRecords (src/formats/csv-records.ts) writes each chunk to csv-parse itself; an error the
// parser finds reaches the reader whatever chunk it is in, the last one too.
import { describe, expect, it } from "vitest";
import { csvRecords, UnreadableCsv } from "../../src/formats/csv-records.js";

/** The text in one chunk, then a wait for the next read, as a file's stream has. */
async function* asAFileReadsIt(text: string): AsyncGenerator<string> {
  yield text;
  await new Promise((resolve) => setTimeout(resolve, 5));
}

/** The lines of the records read, and the problem that ended them; "no end" if reading never ends. */
async function read(text: AsyncIterable<string>): Promise<{ lines: number[]; problem?: unknown }> {
  const lines: number[] = [];
  const reading = (async () => {
    try {
      for await (const { line } of csvRecords(text, { relaxQuotes: false })) lines.push(line);
      return { lines };
    } catch (error) {
      return { lines, problem: error instanceof UnreadableCsv ? error.problem : error };
    }
  })();
  return Promise.race([reading, new Promise<{ lines: number[]; problem: string }>((resolve) => setTimeout(() => resolve({ lines, problem: "no end" }), 1000))]);
}

describe("csvRecords", () => {
  it("reports a break in the quoting found in the last chunk, after the rows before it", async () => {
    expect(await read(asAFileReadsIt('a,b\n1,"x"y,2\n'))).toEqual({ lines: [1], problem: { line: 2, reason: "a quote inside a field is not doubled" } });
  });

  it("reports a quote never closed, found at the end", async () => {
    expect(await read(asAFileReadsIt('a,b\n1,2\n3,"4\n'))).toEqual({ lines: [1, 2], problem: { line: 3, reason: "a quoted field is never closed" } });
  });
});
