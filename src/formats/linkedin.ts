// LinkedIn's data export, Connections.csv: a preamble of notes, then the header
// `First Name,Last Name,URL,Email Address,Company,Position,Connected On` (older exports lack URL).
import { isValid } from "date-fns/isValid";
import { parse as parseDate } from "date-fns/parse";
import { isEmailAddress, nameProblem } from "../domain/contact-values.js";
import { type CalendarDate, isCalendarDate, localDateOf } from "../domain/dates.js";
import { type IncomingContact, incomingContact } from "../domain/incoming.js";
import { normalizeLinkedinUrl } from "../domain/linkedin-url.js";
import { columnReader, csvRecords, UnreadableCsv } from "./csv-records.js";
import type { RowProblem } from "./row-problem.js";

/** A row as the file holds it; incomingConnection makes it what every importer hands on. */
export interface Connection {
  /** The file line the row ends on, for error messages. */
  line: number;
  name: string;
  linkedinUrl: string | null;
  email: string | null;
  company: string | null;
  title: string | null;
  connectedOn: CalendarDate | null;
}

/** The row as the import pipeline takes it: everyone in Connections.csv was met on LinkedIn. */
export function incomingConnection({ line, name, linkedinUrl, email, company, title, connectedOn }: Connection): IncomingContact {
  return incomingContact({ line, name, linkedinUrl, email, company, title, connectedOn, met: "LinkedIn" });
}

// Re-exported for the importers that name it from here.
export type { RowProblem } from "./row-problem.js";

const REQUIRED = ["First Name", "Last Name", "Company", "Position", "Connected On"];

/**
 * The line (from 1) of the header among the file's first 50, or undefined when there is none:
 * then it is some other file. Parsing starts there: csv-parse builds an error object (with a
 * stack) for every row whose width differs from the first record's, which the one-cell
 * "Notes:" line made all of them.
 */
export function connectionsHeaderLine(head: string): number | undefined {
  const at = head.split("\n", 50).findIndex((line) => REQUIRED.every((column) => line.includes(column)));
  return at === -1 ? undefined : at + 1;
}

/**
 * Each row after the header, as a connection or the reason it is not one, read as the text
 * streams in. Throws UnreadableCsv where the quoting breaks.
 */
export async function* readConnections(text: AsyncIterable<string>, headerLine: number, today: CalendarDate): AsyncGenerator<Connection | RowProblem> {
  let column: ((row: readonly string[], name: string) => string | null) | undefined;
  const dates = new ConnectedDates();
  for await (const { record, line } of csvRecords(text, { relaxQuotes: true, firstLine: headerLine })) {
    if (column !== undefined) {
      yield connectionOf(record, line, column, today, dates);
      continue;
    }
    const header = record.map((c) => c.trim());
    if (!REQUIRED.every((name) => header.includes(name))) throw new UnreadableCsv({ line, reason: "the header cannot be read as CSV" });
    column = columnReader(header);
  }
}

function connectionOf(
  record: readonly string[],
  line: number,
  column: (row: readonly string[], name: string) => string | null,
  today: CalendarDate,
  dates: ConnectedDates,
): Connection | RowProblem {
  const name = [column(record, "First Name"), column(record, "Last Name")].filter(Boolean).join(" ");
  if (!/[\p{L}\p{N}]/u.test(name)) return { line, reason: "no first or last name" };
  const badName = nameProblem(name);
  if (badName) return { line, reason: badName.message };
  const rawUrl = column(record, "URL");
  const linkedinUrl = rawUrl === null ? null : normalizeLinkedinUrl(rawUrl);
  if (linkedinUrl === undefined) return { line, reason: `'${rawUrl}' is not a LinkedIn profile URL` };
  const rawDate = column(record, "Connected On");
  const connectedOn = rawDate === null ? null : dates.read(rawDate);
  if (connectedOn === undefined) return { line, reason: `'${rawDate}' is not a date like 05 Mar 2024` };
  if (connectedOn !== null && connectedOn > today) return { line, reason: `'${rawDate}' is in the future (today is ${today})` };
  const email = column(record, "Email Address");
  if (email !== null && !isEmailAddress(email)) return { line, reason: `'${email}' is not an email address` };
  return { line, name, linkedinUrl, email, company: column(record, "Company"), title: column(record, "Position"), connectedOn };
}

/** A job as netlog has it for a contact, or as a row of the file shows it. */
export interface Role {
  company: string | null;
  title: string | null;
}

/**
 * The job netlog keeps for a contact a newer row was found to be. The row's company and title
 * replace ours, except when its company is blank: LinkedIn leaves it out of some rows (a
 * position hidden, between two exports), which is no news of leaving a job, so ours stay.
 */
export function roleAfter(ours: Role, row: Role): Role {
  return row.company === null ? ours : { company: row.company, title: row.title };
}

/**
 * Whether going from `before` to `after` (roleAfter's) is a new job worth noting: another company,
 * or another title where both are known. Compared without letter case and with every run of
 * spacing as one space, so a respelling is not a job. A company netlog never had, filled in,
 * is news of nothing: there was no job before to leave.
 */
export function isJobChange(before: Role, after: Role): boolean {
  if (before.company === null || after.company === null) return false;
  if (roleText(before.company) !== roleText(after.company)) return true;
  return before.title !== null && after.title !== null && roleText(before.title) !== roleText(after.title);
}

function roleText(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim().toLowerCase();
}

/**
 * connectedDate of each text, read once per file: thousands of rows share a day, and checking a
 * day (isCalendarDate's local midnight) cost more than the rest of a row's reading. The texts
 * kept are bounded, so a file of all different days costs no more memory than any other.
 */
class ConnectedDates {
  private readonly byText = new Map<string, CalendarDate | undefined>();

  read(text: string): CalendarDate | undefined {
    if (this.byText.has(text)) return this.byText.get(text);
    const date = connectedDate(text);
    if (this.byText.size >= 10_000) this.byText.clear();
    this.byText.set(text, date);
    return date;
  }
}

/** `05 Mar 2024` (LinkedIn's form), or an ISO date. */
function connectedDate(text: string): CalendarDate | undefined {
  const linkedin = LINKEDIN_DATE.exec(text);
  if (linkedin) return linkedinDate(Number(linkedin[1]), MONTHS.indexOf(linkedin[2]!), Number(linkedin[3]));
  if (isCalendarDate(text)) return text;
  // Any other spelling date-fns reads as `dd MMM yyyy` (`5 mar 2024`).
  const date = parseDate(text, "dd MMM yyyy", new Date(2000, 0, 1));
  if (!isValid(date)) return undefined;
  const iso = localDateOf(date);
  return isCalendarDate(iso) ? iso : undefined;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** The one spelling every row of LinkedIn's export has, read without date-fns: parsing and formatting a Date took a third of an import's time. */
const LINKEDIN_DATE = /^(\d\d) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})$/;

/** The day, when the month has it (as date-fns decides: `31 Feb` is no date), in the years netlog keeps. */
function linkedinDate(day: number, monthIndex: number, year: number): CalendarDate | undefined {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][monthIndex]!;
  if (day < 1 || day > days) return undefined;
  const iso = `${year}-${String(monthIndex + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isCalendarDate(iso) ? iso : undefined;
}
