// LinkedIn's data export, Connections.csv: a preamble of notes, then the header
// `First Name,Last Name,URL,Email Address,Company,Position,Connected On` (older exports lack URL).
import { parse as parseCsv } from "csv-parse/sync";
import { isValid } from "date-fns/isValid";
import { parse as parseDate } from "date-fns/parse";
import { type CalendarDate, isCalendarDate, localDateOf } from "../domain/dates.js";
import { normalizeLinkedinUrl } from "../domain/linkedin-url.js";

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

/** Undefined when the text has no Connections.csv header: it is some other file. */
export function parseConnections(text: string): ParsedConnections | undefined {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parseCsv(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch {
    return undefined;
  }
  const headerAt = records.findIndex(({ record }) => REQUIRED.every((column) => record.map((c) => c.trim()).includes(column)));
  if (headerAt === -1) return undefined;
  const header = records[headerAt]!.record.map((c) => c.trim());
  const column = (row: string[], name: string) => {
    const i = header.indexOf(name);
    const value = i === -1 ? "" : (row[i] ?? "").trim();
    return value === "" ? null : value;
  };
  const connections: Connection[] = [];
  const problems: RowProblem[] = [];
  for (const { record, info } of records.slice(headerAt + 1)) {
    const line = info.lines;
    const name = [column(record, "First Name"), column(record, "Last Name")].filter(Boolean).join(" ");
    if (!/[\p{L}\p{N}]/u.test(name)) {
      problems.push({ line, reason: "no first or last name" });
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
