// Contacts for spreadsheets: one row each, with when you last spoke and when each is due next.
import { stringify } from "csv-stringify/sync";
import { fieldsWith } from "../domain/contact-fields.js";
import type { ListedValue } from "../domain/value-lists.js";

/** The table's fields that have a CSV column, in its order. */
export const CSV_FIELDS = fieldsWith("csv");

/** After the fields, the tags and the cadence that applies (its own, its tags' or the default). */
export const CSV_COLUMNS = [
  "uuid",
  ...CSV_FIELDS.map((f) => f.csv),
  "tags",
  "cadence_days",
  "last_contact_date",
  "last_contact_channel",
  "next_due",
  "days_overdue",
  "reason",
  "stage",
  "tracked",
  "archived",
  // Last, so that a sheet or script reading the columns before them by position still finds them.
  "other_emails",
  "other_phones",
  "other_links",
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @ first, or their full-width forms, which
 * Apple Numbers reads as them; or a tab or line break before one: OWASP "CSV injection") gets a
 * leading apostrophe. Company and title come from other people's LinkedIn profiles. Phone numbers
 * and plain numbers are left alone, as is a list of phone numbers (other_phones: `+1 509 555 0199; +1 509 555 0142`).
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) && !/^[+-]?[\d\s().-]+(?:; [+-]?[\d\s().-]+)*$/.test(text) ? `'${text}` : text;
}

/**
 * A contact's values of one kind beside the primary (which has its own column), in one cell:
 * `work: b@x.com; c@y.com`; null when it has none. An imported label may hold `;` or `:` (a
 * card's `X-ABLabel:night; old`): written as `,`, it cannot pass for a value or a separator.
 */
export function otherValuesCell(values: readonly ListedValue[]): string | null {
  const others = values.filter((v) => !v.primary);
  return others.length === 0 ? null : others.map(({ value, label }) => (label === null ? value : `${label.replace(/[;:]/g, ",")}: ${value}`)).join("; ");
}

/** How netlog writes CSV, for a spreadsheet to read it back as it was. */
const CSV_OPTIONS = {
  columns: [...CSV_COLUMNS],
  record_delimiter: "\r\n",
  // RFC 4180: a field with a line break is quoted. Given a record delimiter, csv-stringify
  // quotes only fields holding that one (CRLF), so a bare LF or CR started a new row there, and
  // "Acme\n=1+1" left a cell "=1+1" that the guard never saw and LibreOffice computed.
  quoted_match: /[\r\n]/,
  cast: { boolean: (b) => (b ? "yes" : "no"), string: neutralise },
} satisfies Parameters<typeof stringify>[1];

export function toCsv(rows: readonly CsvRow[]): string {
  return stringify(rows as CsvRow[], { ...CSV_OPTIONS, header: true });
}

/** toCsv's text piece by piece: the header, then each row as it comes (csv-stringify ends every record alike). */
export function* csvPieces(rows: Iterable<CsvRow>): Generator<string> {
  yield stringify([], { ...CSV_OPTIONS, header: true });
  for (const row of rows) yield stringify([row], { ...CSV_OPTIONS, header: false });
}
