// Google Contacts' CSV export ("Google CSV"), in both of the layouts it has had: the current one
// (`First Name,Middle Name,Last Name,…,Organization Name,Organization Title,…,Notes,Photo,Labels,
// E-mail 1 - Label,E-mail 1 - Value,…`) and the older one (`Name,Given Name,Additional Name,Family
// Name,…,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,…,Organization 1 - Name,…`).
// Google writes a numbered group (E-mail 2, Phone 3, Website 2) only as often as the contact with
// the most of them needs, and joins several values of one label in one cell with ` ::: `.
import { isEmailAddress, nameProblem } from "../domain/contact-values.js";
import { type IncomingContact, incomingContact } from "../domain/incoming.js";
import type { CardDate } from "./vcard-read.js";

/** A row as the import takes it: the contact, and its birthday when the row has one. */
export type GoogleContact = IncomingContact & { dates?: CardDate[] };
import { normalizeLinkedinUrl } from "../domain/linkedin-url.js";
import { columnReader, csvRecords, UnreadableCsv } from "./csv-records.js";
import type { RowProblem } from "./row-problem.js";

export type GoogleLayout = "current" | "legacy";

/** The columns each layout always has, whatever its contacts hold: what tells the file apart. */
const REQUIRED: Readonly<Record<GoogleLayout, readonly string[]>> = {
  current: ["First Name", "Middle Name", "Last Name", "Organization Name", "Organization Title", "Notes", "Labels"],
  legacy: ["Name", "Given Name", "Additional Name", "Family Name", "Notes", "Group Membership"],
};

/** What a refusal says was expected: the start of each header, and the columns it is known by. */
export const EXPECTED_HEADERS =
  "First Name,Middle Name,Last Name,…,Notes,Photo,Labels,… (or the older one: Name,Given Name,Additional Name,Family Name,…,Notes,Group Membership,…)";

/**
 * Google's own groups: every contact is in "My Contacts", and starring is not a label one gave.
 * "Other Contacts" holds the addresses Gmail saved by itself. Its other system groups (Friends,
 * Family, Coworkers) were chosen by the person, and become tags.
 */
const SYSTEM_GROUPS = new Set(["mycontacts", "my contacts", "starred", "starred in android", "other contacts"]);

/** Several values of one label in one cell. */
const MULTI = /\s*:::\s*/;

/** The layout of a file from its first line (the header), or the header's columns when it is neither. */
export function googleLayoutOf(head: string): { layout: GoogleLayout } | { found: string[] } {
  const firstLine = head.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/, 1)[0] ?? "";
  // The header is plain names: no cell of it holds a comma or a line break, quoted or not.
  const found = firstLine.split(",").map((c) =>
    c
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .trim(),
  );
  const layout = layoutOf(found);
  return layout ? { layout } : { found };
}

function layoutOf(header: readonly string[]): GoogleLayout | undefined {
  return (["current", "legacy"] as const).find((layout) => REQUIRED[layout].every((name) => header.includes(name)));
}

/** Each row after the header, as an incoming contact or the reason it is not one, read as the text streams in. */
export async function* readGoogleContacts(text: AsyncIterable<string>, layout: GoogleLayout): AsyncGenerator<GoogleContact | RowProblem> {
  let read: ((record: readonly string[], line: number) => GoogleContact | RowProblem) | undefined;
  for await (const { record, line } of csvRecords(text, { relaxQuotes: true })) {
    if (read !== undefined) {
      yield read(record, line);
      continue;
    }
    const header = record.map((c) => c.trim());
    if (layoutOf(header) !== layout) throw new UnreadableCsv({ line, reason: "the header cannot be read as CSV" });
    read = rowReader(header, layout);
  }
}

function rowReader(header: readonly string[], layout: GoogleLayout): (record: readonly string[], line: number) => GoogleContact | RowProblem {
  const column = columnReader(header);
  const emails = numbered(header, "E-mail", "Value");
  const phones = numbered(header, "Phone", "Value");
  const websites = numbered(header, "Website", "Value");
  const legacy = layout === "legacy";
  return (record, line) => {
    const name = legacy
      ? (column(record, "Name") ?? joined(record, column, ["Given Name", "Additional Name", "Family Name"]))
      : joined(record, column, ["First Name", "Middle Name", "Last Name"]);
    if (!/[\p{L}\p{N}]/u.test(name)) return { line, reason: legacy ? "no name (Name, Given or Family Name)" : "no name (First, Middle or Last Name)" };
    const badName = nameProblem(name);
    if (badName) return { line, reason: badName.message };
    // The model holds one email and one phone: the first the row has.
    const email = values(record, emails)[0] ?? null;
    if (email !== null && !isEmailAddress(email)) return { line, reason: `'${email}' is not an email address` };
    const birthday = birthdayOf(column(record, "Birthday"));
    const contact = incomingContact({
      line,
      name,
      company: column(record, legacy ? "Organization 1 - Name" : "Organization Name"),
      title: column(record, legacy ? "Organization 1 - Title" : "Organization Title"),
      email,
      phone: values(record, phones)[0] ?? null,
      // Any website that is a LinkedIn profile; a homepage or a blog is not kept.
      linkedinUrl:
        values(record, websites)
          .map(normalizeLinkedinUrl)
          .find((url) => url !== undefined) ?? null,
      notes: column(record, "Notes"),
      tags: labels(column(record, legacy ? "Group Membership" : "Labels")),
    });
    return birthday ? Object.assign(contact, { dates: [birthday] }) : contact;
  };
}

/** Google writes a birthday as `1986-04-14`, or `--04-14` without its year; anything else is left out. */
function birthdayOf(text: string | null): CardDate | undefined {
  const m = /^(?:(\d{4})|-)-(\d{2})-(\d{2})$/.exec(text?.trim() ?? "");
  return m ? { kind: "birthday", month: Number(m[2]), day: Number(m[3]), year: m[1] === undefined ? null : Number(m[1]) } : undefined;
}

function joined(record: readonly string[], column: (row: readonly string[], name: string) => string | null, names: readonly string[]): string {
  return names
    .map((n) => column(record, n))
    .filter(Boolean)
    .join(" ");
}

/** The indexes of `E-mail 1 - Value`, `E-mail 2 - Value`, … in their numbers' order. */
function numbered(header: readonly string[], group: string, part: string): number[] {
  const pattern = new RegExp(`^${group} (\\d+) - ${part}$`);
  return header
    .map((name, index) => ({ index, n: Number(pattern.exec(name)?.[1] ?? Number.NaN) }))
    .filter(({ n }) => !Number.isNaN(n))
    .sort((a, b) => a.n - b.n)
    .map(({ index }) => index);
}

/** Every value of those columns, in order, each cell split at ` ::: `. */
function values(record: readonly string[], columns: readonly number[]): string[] {
  return columns.flatMap((i) => (record[i] ?? "").split(MULTI).map((v) => v.trim())).filter((v) => v !== "");
}

/** `Banking ::: * myContacts ::: * starred` → [Banking]; `* My Contacts ::: * Friends` → [Friends]. */
function labels(cell: string | null): string[] {
  if (cell === null) return [];
  const names = cell
    .split(MULTI)
    .map((label) => label.replace(/^\*\s*/, "").trim())
    .filter((label) => label !== "" && !SYSTEM_GROUPS.has(label.toLowerCase()));
  return [...new Set(names)];
}
