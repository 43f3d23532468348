import { parse as parseCsv } from "csv-parse/sync";
import type { RowProblem } from "./linkedin.js";

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

const REASONS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: "a quoted field is never closed",
  CSV_INVALID_CLOSING_QUOTE: "a quote inside a field is not doubled",
};

/**
 * Records with their line numbers, or the line and reason the file cannot be read at. Line ends
 * are made LF first: csv-parse counts a CRLF inside a quoted field as two lines.
 */
export function csvRecords(text: string, options: { relaxQuotes: boolean; firstLine?: number }): CsvRecord[] | RowProblem {
  try {
    const rows = parseCsv(text.replace(/\r\n?/g, "\n"), {
      from_line: options.firstLine ?? 1,
      bom: true,
      relax_column_count: true,
      relax_quotes: options.relaxQuotes,
      skip_empty_lines: true,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return rows.map(({ record, info }) => ({ record, line: info.lines }));
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    return { line: lines ?? 0, reason: (code && REASONS[code]) ?? (error as Error).message };
  }
}
