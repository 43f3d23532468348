import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, type CsvRow, neutralise, otherValuesCell, toCsv } from "../../src/formats/csv.js";
import { needs } from "../helpers/needs.js";
import { debianPython } from "../helpers/python.js";

describe("neutralise (CSV injection)", () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `'=HYPERLINK("http://evil.example","Click")`],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["@SUM(1+1)", "'@SUM(1+1)"],
    ["-2+3", "'-2+3"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["\n=1+1", "'\n=1+1"],
    // the full-width signs, which some spreadsheets (Apple Numbers) read as the ASCII ones
    ["＝1+1", "'＝1+1"],
    ["＋1+1", "'＋1+1"],
    ["－1+1", "'－1+1"],
    ["＠SUM(1)", "'＠SUM(1)"],
    ["+1 509 555 0100", "+1 509 555 0100"],
    ["-42", "-42"],
    ["Jefferson Bank", "Jefferson Bank"],
    ["Acme\n=1+1", "Acme\n=1+1"],
    // a cell of several phone numbers (other_phones) is no formula either; a formula after one is
    ["+1 509 555 0199; +1 509 555 0142", "+1 509 555 0199; +1 509 555 0142"],
    ["+1 509 555 0199; =1+1", "'+1 509 555 0199; =1+1"],
    ["+1 509; -2+3", "'+1 509; -2+3"],
  ])("%j → %j", (cell, out) => {
    expect(neutralise(cell)).toBe(out);
  });
});

const blank = Object.fromEntries(CSV_COLUMNS.map((c) => [c, null])) as CsvRow;
const row = (cells: Partial<CsvRow>): CsvRow => ({ ...blank, uuid: "6f1c2a8e-0b7d-4e43-9a51-2d9f0c3b7e10", name: "Ann Bell", tracked: true, archived: false, ...cells });

/** Rows as Python's csv module reads them: bytes in, so that a CR inside a field stays a CR. */
const READ_CSV = `
import sys, io, csv, json
print(json.dumps(list(csv.reader(io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", newline="")))))
`;

describe("toCsv", () => {
  const hostile = row({ company: "Acme\n=1+1", title: "Chief\rOfficer", location: "Spokane,\r\nWA", met: 'the "fair"', tags: "=cmd; x" });

  it("quotes every field with a comma, a quote, a CR or an LF (RFC 4180): a line break stays in its cell", () => {
    expect(toCsv([hostile])).toBe(
      `${CSV_COLUMNS.join(",")}\r\n6f1c2a8e-0b7d-4e43-9a51-2d9f0c3b7e10,Ann Bell,"Acme\n=1+1","Chief\rOfficer",,,,"Spokane,\r\nWA","the ""fair""",'=cmd; x,,,,,,,,yes,no,,,\r\n`,
    );
  });

  needs("python3").it("reads back with Python's csv module as the same cells, one row per contact", () => {
    const other = row({ name: '=HYPERLINK("http://evil.example")', company: "\r\n@SUM(1)", phone: "+1 509 555 0100" });
    const rows = debianPython(READ_CSV, toCsv([hostile, other])) as string[][];
    expect(rows).toHaveLength(3);
    const cells = (r: CsvRow) => CSV_COLUMNS.map((c) => (r[c] === null ? "" : r[c] === true ? "yes" : r[c] === false ? "no" : neutralise(String(r[c]))));
    expect(rows).toEqual([[...CSV_COLUMNS], cells(hostile), cells(other)]);
    expect(rows[2]!.slice(1, 3)).toEqual([`'=HYPERLINK("http://evil.example")`, "'\r\n@SUM(1)"]);
  });
});

describe("otherValuesCell", () => {
  it("joins the values beside the primary with '; ', a labelled one as 'label: value'; none is an empty cell", () => {
    const primary = { value: "a@x.com", label: "work", primary: true };
    expect([[primary, { value: "b@x.com", label: "work", primary: false }, { value: "c@y.com", label: null, primary: false }], [primary], []].map(otherValuesCell)).toEqual([
      "work: b@x.com; c@y.com",
      null,
      null,
    ]);
  });

  it("writes a label's own ';' and ':' as ',' so that a label never reads as a value or a value as a label", () => {
    const cell = otherValuesCell([
      { value: "a@x.com", label: null, primary: true },
      { value: "b@x.com", label: "night; old", primary: false },
      { value: "c@y.com", label: "a:b^c", primary: false },
    ]);
    expect(cell).toBe("night, old: b@x.com; a,b^c: c@y.com");
    expect(cell!.split("; ").map((item) => item.split(": "))).toEqual([
      ["night, old", "b@x.com"],
      ["a,b^c", "c@y.com"],
    ]);
  });
});
