// LinkedIn's data export, Connections.csv: a preamble of notes, then the header
// `First Name,Last Name,URL,Email Address,Company,Position,Connected On` (older exports lack URL).
import { isValid } from "date-fns/isValid";
import { parse as parseDate } from "date-fns/parse";
import { type CalendarDate, isCalendarDate, localDateOf } from "../domain/dates.js";
import { normalizeLinkedinUrl } from "../domain/linkedin-url.js";
import { columnReader, csvRecords } from "./csv-records.js";

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

export interface RowProblem {
  line: number;
  reason: string;
}

export interface ParsedConnections {
  connections: Connection[];
  problems: RowProblem[];
}

const REQUIRED = ["First Name", "Last Name", "Company", "Position", "Connected On"];

const MAX_NAME_LENGTH = 300;

/** Undefined when the text has no Connections.csv header: it is some other file. */
export function parseConnections(text: string): ParsedConnections | undefined {
  // Parsing starts at the header: csv-parse builds an error object (with a stack) for every row
  // whose width differs from the first record's, which the one-cell "Notes:" line made all of them.
  const headerLine = text.split("\n", 50).findIndex((line) => REQUIRED.every((column) => line.includes(column)));
  const records = csvRecords(text, { relaxQuotes: true, firstLine: Math.max(1, headerLine + 1) });
  if (!Array.isArray(records)) {
    // Unreadable CSV: a broken Connections.csv if its header is there, else some other file.
    return REQUIRED.every((column) => text.slice(0, 2000).includes(column)) ? { connections: [], problems: [records] } : undefined;
  }
  const headerAt = records.findIndex(({ record }) => REQUIRED.every((column) => record.map((c) => c.trim()).includes(column)));
  if (headerAt === -1) return undefined;
  const header = records[headerAt]!.record.map((c) => c.trim());
  const column = columnReader(header);
  const connections: Connection[] = [];
  const problems: RowProblem[] = [];
  for (const { record, line } of records.slice(headerAt + 1)) {
    const name = [column(record, "First Name"), column(record, "Last Name")].filter(Boolean).join(" ");
    if (!/[\p{L}\p{N}]/u.test(name)) {
      problems.push({ line, reason: "no first or last name" });
      continue;
    }
    if ([...name].length > MAX_NAME_LENGTH) {
      problems.push({ line, reason: `a name longer than ${MAX_NAME_LENGTH} characters` });
      continue;
    }
    const rawUrl = column(record, "URL");
    const linkedinUrl = rawUrl === null ? null : normalizeLinkedinUrl(rawUrl);
    if (linkedinUrl === undefined) {
      problems.push({ line, reason: `'${rawUrl}' is not a LinkedIn profile URL` });
      continue;
    }
    const rawDate = column(record, "Connected On");
    const connectedOn = rawDate === null ? null : connectedDate(rawDate);
    if (connectedOn === undefined) {
      problems.push({ line, reason: `'${rawDate}' is not a date like 05 Mar 2024` });
      continue;
    }
    const email = column(record, "Email Address");
    connections.push({ line, name, linkedinUrl, email, company: column(record, "Company"), title: column(record, "Position"), connectedOn });
  }
  return { connections, problems };
}

/** `05 Mar 2024` (LinkedIn's form), or an ISO date. */
function connectedDate(text: string): CalendarDate | undefined {
  if (isCalendarDate(text)) return text;
  const date = parseDate(text, "dd MMM yyyy", new Date(2000, 0, 1));
  if (!isValid(date)) return undefined;
  const iso = localDateOf(date);
  return isCalendarDate(iso) ? iso : undefined;
}
