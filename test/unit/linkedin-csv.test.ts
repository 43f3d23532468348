import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { UnreadableCsv } from "../../src/formats/csv-records.js";
import { type Connection, connectionsHeaderLine, readConnections, type RowProblem } from "../../src/formats/linkedin.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");

/** The text in chunks of `size` characters, as a file streams in: rows and line ends split between chunks. */
async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** What readConnections makes of a whole file, read in chunks of each size: the same for all. */
async function parseConnections(text: string, today = "2026-11-25"): Promise<{ connections: Connection[]; problems: RowProblem[] } | undefined> {
  const headerLine = connectionsHeaderLine(text);
  if (headerLine === undefined) return undefined;
  const results = [];
  for (const size of [text.length, 7, 1]) {
    const result = { connections: [] as Connection[], problems: [] as RowProblem[] };
    try {
      for await (const item of readConnections(chunked(text, size), headerLine, today)) ("reason" in item ? result.problems : result.connections).push(item as never);
    } catch (error) {
      if (!(error instanceof UnreadableCsv)) throw error;
      result.problems.push(error.problem);
    }
    results.push(result);
  }
  expect(results[1]).toEqual(results[0]);
  expect(results[2]).toEqual(results[0]);
  return results[0];
}

describe("parseConnections", () => {
  it("reads LinkedIn's export: BOM, notes preamble, CRLF, quoted commas and quotes, empty emails, normalised URLs", async () => {
    expect(await parseConnections(fixture("Connections.csv"))).toEqual({
      problems: [],
      connections: [
        {
          line: 5,
          name: "Elaine Longmire",
          linkedinUrl: "https://www.linkedin.com/in/elaine-longmire",
          email: null,
          company: "Jefferson Bank",
          title: "Branch Manager, Spokane",
          connectedOn: "2024-03-05",
        },
        {
          line: 6,
          name: "Sam Ortiz",
          linkedinUrl: "https://www.linkedin.com/in/sam-ortiz",
          email: "sam@example.com",
          company: "Ortiz & Co",
          title: "Founder",
          connectedOn: "2023-01-12",
        },
        { line: 7, name: "José Álvarez", linkedinUrl: "https://www.linkedin.com/in/jose-alvarez", email: null, company: 'Banco "Sol"', title: null, connectedOn: "2022-02-01" },
      ],
    });
  });

  it("reads the older export without a URL column", async () => {
    expect((await parseConnections(fixture("Connections-old.csv")))?.connections.map((c) => [c.line, c.name, c.linkedinUrl, c.email, c.connectedOn])).toEqual([
      [2, "Priya Natarajan", null, null, "2019-07-20"],
      [3, "Kim Lee", null, "kim@example.com", "2020-08-03"],
    ]);
  });

  it("reports bad rows with their line and reason", async () => {
    const text = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n,,,,Acme,,05 Mar 2024\nAnn,B,https://example.com/x,,,,05 Mar 2024\nCy,D,,,,,31 Feb 2024\n";
    expect((await parseConnections(text))?.problems).toEqual([
      { line: 2, reason: "no first or last name" },
      { line: 3, reason: "'https://example.com/x' is not a LinkedIn profile URL" },
      { line: 4, reason: "'31 Feb 2024' is not a date like 05 Mar 2024" },
    ]);
  });

  it("counts lines right after a quoted field with a line break, and reports unreadable quoting with its line", async () => {
    const header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n";
    expect((await parseConnections(`${header}Ann,Lee,,,"Acme\r\nWest",,01 Jan 2020\r\nBo,Chu,,,,,someday\r\n`))?.problems).toEqual([
      { line: 4, reason: "'someday' is not a date like 05 Mar 2024" },
    ]);
    expect(await parseConnections(`${header}Ann,Lee,,,"Acme,,01 Jan 2020\r\n`)).toEqual({ connections: [], problems: [{ line: 2, reason: "a quoted field is never closed" }] });
  });

  it.each([
    ["05 Mar 2024", "2024-03-05"],
    ["29 Feb 2024", "2024-02-29"],
    ["31 Dec 2025", "2025-12-31"],
    ["01 Jan 1900", "1900-01-01"],
    ["5 Mar 2024", "2024-03-05"],
    ["05 mar 2024", "2024-03-05"],
    ["05 MAR 2024", "2024-03-05"],
    ["2024-03-05", "2024-03-05"],
    ["29 Feb 2023", undefined],
    ["29 Feb 1900", undefined],
    ["31 Apr 2024", undefined],
    ["00 Mar 2024", undefined],
    ["32 Mar 2024", undefined],
    ["31 Dec 1899", undefined],
    ["05 Sept 2024", undefined],
    ["05 March 2024", undefined],
    ["05 Mar 24", undefined],
  ])("reads Connected On %s as %s", async (date, day) => {
    const parsed = await parseConnections(`First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnn,Lee,,,,,${date}\n`);
    if (day === undefined) expect(parsed).toEqual({ connections: [], problems: [{ line: 2, reason: `'${date}' is not a date like 05 Mar 2024` }] });
    else expect(parsed?.connections.map((c) => c.connectedOn)).toEqual([day]);
  });

  it("reads a day that many rows share, or a bad one repeated, the same on every row", async () => {
    const rows = ["05 Mar 2024", "31 Feb 2024", "05 Mar 2024", "31 Feb 2024", "05 mar 2024"].map((date, i) => `Ann,Lee ${i},,,,,${date}`);
    expect(await parseConnections(`First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.join("\n")}\n`)).toMatchObject({
      connections: [
        { line: 2, connectedOn: "2024-03-05" },
        { line: 4, connectedOn: "2024-03-05" },
        { line: 6, connectedOn: "2024-03-05" },
      ],
      problems: [
        { line: 3, reason: "'31 Feb 2024' is not a date like 05 Mar 2024" },
        { line: 5, reason: "'31 Feb 2024' is not a date like 05 Mar 2024" },
      ],
    });
  });

  it.each([
    ["a CSV from another program", "name,email\nElaine,e@x.example\n"],
    ["a vCard", "BEGIN:VCARD\nVERSION:3.0\nFN:Elaine\nEND:VCARD\n"],
    ["broken quoting", 'First Name,Last Name\n"unclosed,\n'],
  ])("does not take %s for Connections.csv", async (_, text) => {
    expect(await parseConnections(text)).toBeUndefined();
  });
});
