// Property tests: any text goes out in the iCalendar and CSV exports and comes back as the same
// text, in as many events or rows as went in: through a reader in this process for many runs,
// and through Debian's python3-icalendar and Python's csv module for a few (one process each).
//
// What the formats change, by design:
// - iCalendar: CR and CRLF become LF, and the C0 controls but tab and LF, and DEL, are left out
//   (content-lines.ts): a TEXT value has one escaped newline, `\n`, and can hold no other control.
// - CSV: nothing but the formula guard, a `'` before a cell that a spreadsheet would run.
import fc from "fast-check";
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, type CsvRow, neutralise, toCsv } from "../../src/formats/csv.js";
import { type CalendarEntry, toIcs } from "../../src/formats/ics.js";
import { expectContentLines } from "../helpers/content-lines.js";
import { hostileText } from "../helpers/hostile-text.js";
import { needs } from "../helpers/needs.js";
import { debianPython } from "../helpers/python.js";

const inIcs = (value: string) => value.replace(/\r\n?/g, "\n").replace(/[\x00-\x08\x0B-\x1F\x7F]/g, "");
const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
const many = <T>(max: number, one: (i: number) => fc.Arbitrary<T>) => fc.integer({ min: 1, max }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => one(i))));

const entriesArb = (max: number) =>
  many<CalendarEntry>(max, (i) =>
    fc
      .record({ summary: hostileText(), description: hostileText(20), kind: fc.constantFrom("follow-up" as const, "touch-base" as const) })
      .map((e) => ({ ...e, uuid: uuid(i), date: "2026-03-31" })),
  );

describe("iCalendar export, property", () => {
  it("comes back through ical.js as the same events and text, in lines of at most 75 octets", () => {
    fc.assert(
      fc.property(entriesArb(5), (entries) => {
        const text = toIcs(entries, "2026-03-31T12:00:00.000Z");
        expectContentLines(text);
        const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
        expect(events.map((e) => [e.getFirstPropertyValue("uid"), e.getFirstPropertyValue("summary"), e.getFirstPropertyValue("description")])).toEqual(
          entries.map((e) => [`${e.uuid}-${e.kind}@netlog`, inIcs(e.summary), inIcs(e.description)]),
        );
      }),
      { numRuns: 100 },
    );
  });

  // python3-icalendar 4.0.3 (Debian 12) does not read TEXT as RFC 5545 says: its content line
  // parser swaps \\, \\: \\; \\\\ for %2C %3A %3B %5C and back, then vText unescapes with one
  // replace after another (parser.py escape_string, unescape_string, unescape_char). So a
  // backslash right before n, N, a comma or a semicolon, or a "%2C" in the text, reads otherwise
  // there. What it makes of what netlog wrote is modelled on that code, step by step.
  const icalendarReads = (value: string) =>
    [
      ["\\,", "%2C"],
      ["\\:", "%3A"],
      ["\\;", "%3B"],
      ["\\\\", "%5C"],
      ["%2C", ","],
      ["%3A", ":"],
      ["%3B", ";"],
      ["%5C", "\\"],
      ["\\N", "\\n"],
      ["\\n", "\n"],
      ["\\,", ","],
      ["\\;", ";"],
      ["\\\\", "\\"],
    ].reduce(
      (text, [from, to]) => text.replaceAll(from!, to!),
      inIcs(value).replace(/[\\;,\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`)),
    );
  const READ = `
import sys, json, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read().decode("utf-8"))
print(json.dumps([[str(e["UID"]), str(e["SUMMARY"]), str(e["DESCRIPTION"])] for e in cal.walk("VEVENT")]))
`;

  needs("python3-icalendar").it("is read by python3-icalendar as the same events and text", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(entriesArb(40), (entries) => {
        expect(debianPython(READ, toIcs(entries, "2026-03-31T12:00:00.000Z"))).toEqual(
          entries.map((e) => [`${e.uuid}-${e.kind}@netlog`, icalendarReads(e.summary), icalendarReads(e.description)]),
        );
      }),
      { numRuns: 5 },
    );
  });
});

const TEXT_COLUMNS = ["name", "company", "title", "email", "phone", "location", "met", "tags", "reason", "stage"] as const;
const rowsArb = (max: number) =>
  many<CsvRow>(max, (i) =>
    fc
      .record(Object.fromEntries(TEXT_COLUMNS.map((c) => [c, fc.option(hostileText(), { nil: null })])) as Record<(typeof TEXT_COLUMNS)[number], fc.Arbitrary<string | null>>)
      .map((cells) => ({
        ...(Object.fromEntries(CSV_COLUMNS.map((c) => [c, null])) as CsvRow),
        ...cells,
        uuid: uuid(i),
        cadence_days: 90,
        days_overdue: -3,
        tracked: true,
        archived: i % 2 === 0,
      })),
  );
/** The cells as written: text through the guard, yes/no for booleans, nothing for null. */
const cellsOf = (row: CsvRow) =>
  CSV_COLUMNS.map((c) => (row[c] === null ? "" : row[c] === true ? "yes" : row[c] === false ? "no" : typeof row[c] === "number" ? String(row[c]) : neutralise(row[c] as string)));
/** Independent of neutralise: no cell read back may start the way a formula does. */
const looksLikeAFormula = (cell: string) => /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) && !/^[+-]?[\d\s().-]+$/.test(cell);

describe("CSV export, property", () => {
  it("comes back through csv-parse as the same cells, one row per contact, none that looks like a formula", () => {
    fc.assert(
      fc.property(rowsArb(5), (rows) => {
        const read = parseCsv(toCsv(rows), { bom: false, relax_column_count: false }) as string[][];
        expect(read).toEqual([[...CSV_COLUMNS], ...rows.map(cellsOf)]);
        expect(read.flat().filter(looksLikeAFormula)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  const READ = `
import sys, io, csv, json
print(json.dumps(list(csv.reader(io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", newline="")))))
`;

  needs("python3").it("is read by Python's csv module as the same cells, one row per contact", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(rowsArb(40), (rows) => {
        const read = debianPython(READ, toCsv(rows)) as string[][];
        expect(read).toEqual([[...CSV_COLUMNS], ...rows.map(cellsOf)]);
        expect(read.flat().filter(looksLikeAFormula)).toEqual([]);
      }),
      { numRuns: 5 },
    );
  });
});
