import { parse as parseCsvStream } from "csv-parse";
import type { RowProblem } from "./row-problem.js";

export interface CsvRecord {
  record: string[];
  /** The line the record ends on. */
  line: number;
}

/** Reads a row's cell by its column name: trimmed, and null when blank or absent. */
export function columnReader(header: readonly string[]): (row: readonly string[], name: string) => string | null {
  return (row, name) => {
    const i = header.indexOf(name);
    const value = i === -1 ? "" : (row[i] ?? "").trim();
    return value === "" ? null : value;
  };
}

/** No row of a real export comes near: past it, the parser's buffers would grow with the file. */
const MAX_ROW_CHARS = 16 * 1024 * 1024;

const REASONS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: "a quoted field is never closed",
  CSV_INVALID_CLOSING_QUOTE: "a quote inside a field is not doubled",
  CSV_MAX_RECORD_SIZE: `a row longer than ${MAX_ROW_CHARS / 1024 / 1024} MiB`,
};

/** CSV that cannot be read past `line`: unlike a bad row, the rest of the file is lost with it. */
export class UnreadableCsv extends Error {
  constructor(readonly problem: RowProblem) {
    super(`line ${problem.line}: ${problem.reason}`);
  }
}

/**
 * Records with their line numbers, read as the text streams in (csv-parse's streaming API), so
 * a file of any size costs the memory of a few rows. Throws UnreadableCsv where the quoting
 * breaks. Line ends are made LF first: csv-parse counts a CRLF inside a quoted field as two lines.
 */
export async function* csvRecords(text: AsyncIterable<string>, options: { relaxQuotes: boolean; firstLine?: number }): AsyncGenerator<CsvRecord> {
  // The line of the last whole record: an unclosed quote is found only at the end of the file,
  // after the records before it have come out.
  let last = (options.firstLine ?? 1) - 1;
  const parser = parseCsvStream({
    from_line: options.firstLine ?? 1,
    max_record_size: MAX_ROW_CHARS,
    bom: true,
    relax_column_count: true,
    relax_quotes: options.relaxQuotes,
    skip_empty_lines: true,
  });
  // Each chunk is written to the parser here, which emits its records as 'data' at once, while
  // its count of lines is the record's own: no context object per record (on_record builds one,
  // 40 ms of 30,000 rows in a profile), and no stream between the file and the parser.
  let records: CsvRecord[] = [];
  parser.on("data", (record: string[]) => {
    last = parser.info.lines;
    records.push({ record, line: last });
  });
  // The parser's end or its first error, whenever it comes: an error of the last chunk is
  // emitted while the next read waits, before anything could await it.
  let failed = false;
  const ended = new Promise<void>((resolve, reject) => {
    parser.once("end", resolve);
    parser.once("error", (error) => {
      failed = true;
      reject(error);
    });
  });
  ended.catch(() => {}); // awaited below; meanwhile not an unhandled rejection
  const taken = () => {
    const batch = records;
    records = [];
    return batch;
  };
  try {
    for await (const chunk of lfLineEnds(text)) {
      parser.write(chunk);
      yield* taken();
      if (failed) await ended;
    }
    parser.end();
    await ended;
    yield* taken();
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    // The quote opened in the row after the last whole one.
    const line = code === "CSV_QUOTE_NOT_CLOSED" ? last + 1 : (lines ?? 0);
    if (code?.startsWith("CSV_")) throw new UnreadableCsv({ line, reason: REASONS[code] ?? (error as Error).message });
    throw error;
  } finally {
    parser.destroy();
  }
}

/** CRLF and lone CR become LF, also when a CRLF is split between two chunks. */
async function* lfLineEnds(text: AsyncIterable<string>): AsyncGenerator<string> {
  let pendingCr = false;
  for await (let chunk of text) {
    if (pendingCr) chunk = `\r${chunk}`;
    pendingCr = chunk.endsWith("\r");
    if (pendingCr) chunk = chunk.slice(0, -1);
    if (chunk !== "") yield chunk.replace(/\r\n?/g, "\n");
  }
  if (pendingCr) yield "\n";
}
