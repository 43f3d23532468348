import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { IncomingContact } from "../../src/domain/incoming.js";
import { UnreadableCsv } from "../../src/formats/csv-records.js";
import { type GoogleLayout, googleLayoutOf, readGoogleContacts } from "../../src/formats/google-contacts.js";
import type { RowProblem } from "../../src/formats/row-problem.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");

const CURRENT_HEADER =
  "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As," +
  "Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels," +
  "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Website 1 - Label,Website 1 - Value,Website 2 - Label,Website 2 - Value";
const LEGACY_HEADER =
  "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name," +
  "Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Group Membership," +
  "E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,Website 1 - Type,Website 1 - Value";

/** The text in chunks of `size` characters, as a file streams in: rows and line ends split between chunks. */
async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** What readGoogleContacts makes of a whole file, read in chunks of each size: the same for all. */
async function parse(text: string): Promise<{ contacts: IncomingContact[]; problems: RowProblem[] }> {
  const found = googleLayoutOf(text);
  if (!("layout" in found)) throw new Error(`not Google: ${found.found.join(",")}`);
  const results = [];
  for (const size of [text.length, 7, 1]) results.push(await parseIn(chunked(text, size), found.layout));
  expect(results[1]).toEqual(results[0]);
  expect(results[2]).toEqual(results[0]);
  return results[0]!;
}

async function parseIn(text: AsyncIterable<string>, layout: GoogleLayout) {
  const result = { contacts: [] as IncomingContact[], problems: [] as RowProblem[] };
  try {
    for await (const item of readGoogleContacts(text, layout)) ("reason" in item ? result.problems : result.contacts).push(item as never);
  } catch (error) {
    if (!(error instanceof UnreadableCsv)) throw error;
    result.problems.push(error.problem);
  }
  return result;
}

const blank = {
  uuid: null,
  company: null,
  title: null,
  email: null,
  emailLabel: null,
  phone: null,
  phoneLabel: null,
  linkedinUrl: null,
  location: null,
  met: null,
  notes: null,
  cadenceDays: null,
  connectedOn: null,
  tags: [],
  more: [],
};

describe("googleLayoutOf", () => {
  it.each([
    ["the current export, with its byte-order mark", fixture("google/contacts.csv"), { layout: "current" }],
    ["the older export", fixture("google/legacy.csv"), { layout: "legacy" }],
    [
      "a header a spreadsheet quoted, with CRLF",
      `${CURRENT_HEADER.split(",")
        .map((c) => `"${c}"`)
        .join(",")}\r\nKim,,Lee\r\n`,
      { layout: "current" },
    ],
    [
      "LinkedIn's Connections.csv",
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
      { found: ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"] },
    ],
  ])("tells %s", (_, text, expected) => {
    expect(googleLayoutOf(text)).toEqual(expected);
  });
});

describe("readGoogleContacts", () => {
  it("reads the current export: multi-line quoted notes, ` ::: ` cells, a LinkedIn website among others, labels without system groups", async () => {
    expect(await parse(fixture("google/contacts.csv"))).toEqual({
      problems: [],
      contacts: [
        {
          ...blank,
          line: 3,
          name: "Elaine Longmire",
          company: "Jefferson Bank",
          title: "Branch Manager",
          email: "elaine@jeffersonbank.example",
          emailLabel: "work",
          dates: [{ kind: "birthday", month: 4, day: 12, year: 1980 }],
          phone: "+1 509 555 0100",
          phoneLabel: "mobile",
          // Every other email, phone and website, with its label: a cell of two holds two of one label.
          more: [
            { kind: "email", value: "elaine.l@mail.example", label: "home" },
            { kind: "phone", value: "+1 509 555 0101", label: "mobile" },
            { kind: "url", value: "https://www.example.com/elaine", label: "profile" },
          ],
          linkedinUrl: "https://www.linkedin.com/in/elaine-longmire",
          notes: "Met at the fintech meetup.\nLoves hiking.",
          tags: ["Banking"],
        },
        { ...blank, line: 5, name: "José Luis Álvarez", company: 'Banco "Sol", S.A.', email: "jose@bancosol.example", tags: ["Friends"] },
        { ...blank, line: 6, name: "Zoë Ångström", phone: "+47 555 0199", phoneLabel: "work" },
      ],
    });
  });

  it("reads the older export: Name, Group Membership, every e-mail, phone and website with its Type, Organization 1, a LinkedIn website", async () => {
    expect(await parse(fixture("google/legacy.csv"))).toEqual({
      problems: [],
      contacts: [
        {
          ...blank,
          line: 4,
          name: "Dr. Ana Maria Costa Jr.",
          company: "Northwind Bank",
          title: "Head of Payments",
          email: "ana@costa.example",
          emailLabel: "home",
          dates: [{ kind: "birthday", month: 3, day: 9, year: 1981 }],
          phone: "+351 912 555 010",
          phoneLabel: "mobile",
          more: [
            { kind: "email", value: "ana.costa@northwind.example", label: "work" },
            { kind: "email", value: "acosta@mail.example", label: null },
            { kind: "phone", value: "+351 21 555 0199", label: "work" },
            { kind: "phone", value: "+351 21 555 0198", label: "Work Fax" },
            { kind: "url", value: "costa.example", label: "website" },
          ],
          linkedinUrl: "https://www.linkedin.com/in/ana-costa-example",
          notes: 'met at the "fintech" meetup',
          tags: ["Banking"],
        },
      ],
    });
  });

  it("takes the first value there is: a later E-mail column when the first is blank; in the older layout, Given and Family Name without Name", async () => {
    const current = `${CURRENT_HEADER}\nKim,,Lee,,,,,,,,,,,,,,,* ,,Work,kim@work.example ::: kim@old.example,,,Blog,https://linkedin.com/company/acme,Profile,https://www.linkedin.com/in/Kim-Lee/\n`;
    expect((await parse(current)).contacts.map((c) => [c.name, c.email, c.linkedinUrl])).toEqual([["Kim Lee", "kim@work.example", "https://www.linkedin.com/in/kim-lee"]]);
    const legacy = `${LEGACY_HEADER}\n,Bo,,Chu,,,,,,,,,,,,,,,,,,,,,,Likes tea,* Friends ::: * My Contacts ::: Work ::: Work,* Home,bo@example.com,Mobile,+1 555 0100,,Acme,,CTO,,\n`;
    expect((await parse(legacy)).contacts.map((c) => [c.name, c.email, c.phone, c.company, c.title, c.notes, c.tags])).toEqual([
      ["Bo Chu", "bo@example.com", "+1 555 0100", "Acme", "CTO", "Likes tea", ["Friends", "Work"]],
    ]);
  });

  it("makes the starred value (Google's primary) the primary, pairs a cell of labels with its values, and names the values it leaves out", async () => {
    const text = `${CURRENT_HEADER}\nKim,,Lee,,,,,,,,,,,,,,,Home,kim@home.example,* Work ::: Other,kim@work.example ::: n/a,Mobile ::: * Main,+1 555 0100 ::: +1 555 0101,Blog,https://kim.example/blog,,ftp://kim.example\n`;
    const [kim] = (await parse(text)).contacts as Array<IncomingContact & { skippedValues?: string[] }>;
    expect([kim?.email, kim?.emailLabel, kim?.phone, kim?.phoneLabel, kim?.linkedinUrl, kim?.more, kim?.skippedValues]).toEqual([
      "kim@work.example",
      "work",
      "+1 555 0101",
      "main",
      null,
      [
        { kind: "email", value: "kim@home.example", label: "home" },
        { kind: "phone", value: "+1 555 0100", label: "mobile" },
        { kind: "url", value: "https://kim.example/blog", label: "blog" },
      ],
      ["E-mail", "Website"],
    ]);
  });

  it("says why a row is not a contact, and where the quoting breaks", async () => {
    const text = `${CURRENT_HEADER}\n,,,,,,,,,,Acme,,,,,,,,info@acme.example\nBo,,,,,,,,,,,,,,,,,,bo at example\n${"N".repeat(301)}\n`;
    expect((await parse(text)).problems).toEqual([
      { line: 2, reason: "no name (First, Middle or Last Name)" },
      { line: 3, reason: "'bo at example' is not an email address" },
      { line: 4, reason: "a name of 301 characters is too long (300 at most)" },
    ]);
    // The rows before the break come first, whatever the chunks; the import then refuses the file.
    const broken = await parse(`${CURRENT_HEADER}\nKim,,Lee\nAnn,,"Lee\n`);
    expect({ names: broken.contacts.map((c) => c.name), problems: broken.problems }).toEqual({
      names: ["Kim Lee"],
      problems: [{ line: 3, reason: "a quoted field is never closed" }],
    });
  });
});
