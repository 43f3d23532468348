// Google Contacts' CSV export ("Google CSV"), in both of the layouts it has had: the current one
// (`First Name,Middle Name,Last Name,…,Organization Name,Organization Title,…,Notes,Photo,Labels,
// E-mail 1 - Label,E-mail 1 - Value,…`) and the older one (`Name,Given Name,Additional Name,Family
// Name,…,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,…,Organization 1 - Name,…`).
// Google writes a numbered group (E-mail 2, Phone 3, Website 2) only as often as the contact with
// the most of them needs, and joins several values of one label in one cell with ` ::: `.
import { isEmailAddress, nameProblem } from "../domain/contact-values.js";
import { type IncomingContact, type IncomingValue, incomingContact } from "../domain/incoming.js";
import type { CardDate } from "./vcard-read.js";

/**
 * A row as the import takes it: the contact, its birthday when the row has one, and the columns
 * of the values left out (`E-mail` of an email that is no address) when there are some.
 */
export type GoogleContact = IncomingContact & { dates?: CardDate[]; skippedValues?: string[] };
import { normalizeLinkedinUrl } from "../domain/linkedin-url.js";
import { type LabeledValue, labelFrom, urlLabel, type ValueKind, valueKey, valueProblem } from "../domain/value-lists.js";
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
  const legacy = layout === "legacy";
  // The current layout names a value's label `Label`, the older one `Type`.
  const part = legacy ? "Type" : "Label";
  const emails = numbered(header, "E-mail", part);
  const phones = numbered(header, "Phone", part);
  const websites = numbered(header, "Website", part);
  return (record, line) => {
    const name = legacy
      ? (column(record, "Name") ?? joined(record, column, ["Given Name", "Additional Name", "Family Name"]))
      : joined(record, column, ["First Name", "Middle Name", "Last Name"]);
    if (!/[\p{L}\p{N}]/u.test(name)) return { line, reason: legacy ? "no name (Name, Given or Family Name)" : "no name (First, Middle or Last Name)" };
    const badName = nameProblem(name);
    if (badName) return { line, reason: badName.message };
    // Every email, phone and website, each with its label; the primary is the one Google stars (`* Work`), else the first.
    const more: IncomingValue[] = [];
    const skippedValues: string[] = [];
    const others = (kind: ValueKind, column: string, rest: readonly LabeledValue[]) => {
      for (const v of rest) {
        if (valueProblem(kind, v.value) === undefined) more.push({ kind, ...v });
        else skippedValues.push(column);
      }
    };
    const [email, ...otherEmails] = primaryFirst("email", labeledValues(record, emails));
    if (email !== undefined && !isEmailAddress(email.value)) return { line, reason: `'${email.value}' is not an email address` };
    const [phone, ...otherPhones] = primaryFirst("phone", labeledValues(record, phones));
    const urls = primaryFirst("url", labeledValues(record, websites));
    // The primary link is a LinkedIn profile: the starred one, else the first.
    const profile = urls.find((u) => normalizeLinkedinUrl(u.value) !== undefined);
    others("email", "E-mail", otherEmails);
    others("phone", "Phone", otherPhones);
    others(
      "url",
      "Website",
      urls.filter((u) => u !== profile).map((u) => ({ value: u.value, label: u.label ?? urlLabel(u.value) })),
    );
    const birthday = birthdayOf(column(record, "Birthday"));
    const contact = incomingContact({
      line,
      name,
      company: column(record, legacy ? "Organization 1 - Name" : "Organization Name"),
      title: column(record, legacy ? "Organization 1 - Title" : "Organization Title"),
      email: email?.value ?? null,
      emailLabel: email?.label ?? null,
      phone: phone?.value ?? null,
      phoneLabel: phone?.label ?? null,
      linkedinUrl: profile ? normalizeLinkedinUrl(profile.value)! : null,
      notes: column(record, "Notes"),
      tags: labels(column(record, legacy ? "Group Membership" : "Labels")),
      more,
    });
    return Object.assign(contact, birthday ? { dates: [birthday] } : {}, skippedValues.length > 0 ? { skippedValues } : {});
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

/** A numbered group's columns: `E-mail 1 - Value` and its `E-mail 1 - Label` (or `- Type`), when the header has it. */
interface GroupColumns {
  value: number;
  label: number | undefined;
}

/** The columns of `E-mail 1`, `E-mail 2`, … in their numbers' order. */
function numbered(header: readonly string[], group: string, labelPart: string): GroupColumns[] {
  const pattern = new RegExp(`^${group} (\\d+) - Value$`);
  return header
    .map((name, index) => ({ index, n: pattern.exec(name)?.[1] }))
    .filter((c): c is { index: number; n: string } => c.n !== undefined)
    .sort((a, b) => Number(a.n) - Number(b.n))
    .map(({ index, n }) => {
      const label = header.indexOf(`${group} ${n} - ${labelPart}`);
      return { value: index, label: label === -1 ? undefined : label };
    });
}

type GoogleValue = LabeledValue & { starred: boolean };

/**
 * Every value of those columns, in order, each cell split at ` ::: `, with its label: the one of
 * its place when the label cell holds as many, else the cell's one label for all its values.
 */
function labeledValues(record: readonly string[], groups: readonly GroupColumns[]): GoogleValue[] {
  return groups.flatMap(({ value, label }) => {
    const values = (record[value] ?? "").split(MULTI).map((v) => v.trim());
    const labels = label === undefined ? [] : (record[label] ?? "").split(MULTI).map((l) => l.trim());
    return values.flatMap((v, i) => {
      if (v === "") return [];
      const raw = (labels.length === values.length ? labels[i] : labels[0]) ?? "";
      return [{ value: v, label: googleLabel(raw), starred: raw.startsWith("*") }];
    });
  });
}

/** `* Work` → work, `Mobile` → mobile, `Home Page` (the older layout's) → website, `Work Fax` as it is. */
function googleLabel(raw: string): string | null {
  const squashed = raw.replace(/^\*/, "").replace(/\s+/g, "");
  const known = labelFrom([squashed]);
  return known !== null && known !== squashed ? known : labelFrom([raw]);
}

/**
 * The values, each once (as values compare), the starred one (Google's primary) first: a value
 * written twice is where it first comes, with the first label either gives, starred if either is.
 */
function primaryFirst(kind: ValueKind, values: readonly GoogleValue[]): LabeledValue[] {
  const seen = new Map<string, GoogleValue>();
  const once: GoogleValue[] = [];
  for (const v of values) {
    const key = valueKey(kind, v.value);
    const had = key === "" ? undefined : seen.get(key);
    if (had) {
      had.label ??= v.label;
      had.starred ||= v.starred;
      continue;
    }
    const copy = { ...v };
    if (key !== "") seen.set(key, copy);
    once.push(copy);
  }
  const starred = once.findIndex((v) => v.starred);
  const ordered = starred <= 0 ? once : [once[starred]!, ...once.slice(0, starred), ...once.slice(starred + 1)];
  return ordered.map(({ value, label }) => ({ value, label }));
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
