// LinkedIn's Invitations.csv: one row per invitation to connect, sent or received, with the note
// written with it when there was one. Header `From,To,Sent At,Message,Direction,inviterProfileUrl,
// inviteeProfileUrl`; `Sent At` like `1/29/26, 2:37 PM` is the LOCAL time it was sent, so its day
// is the calendar date written, never shifted by a time zone.
import { type CalendarDate, isCalendarDate } from "../domain/dates.js";
import type { IncomingPerson } from "../domain/incoming.js";
import { normalizeLinkedinUrl } from "../domain/linkedin-url.js";
import { columnReader, csvRecords, UnreadableCsv } from "./csv-records.js";
import type { RowProblem } from "./row-problem.js";
import { headerNames } from "./linkedin-messages.js";

export const INVITATIONS_HEADER = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl";

/** The columns that tell the file apart (messages.csv's oldest layout has From, To and Direction too, but no Sent At). */
const REQUIRED = ["FROM", "TO", "SENT AT", "DIRECTION"];

/** An invitation as the file has it, seen from your side: who it was with, and which way it went. */
export interface Invitation {
  line: number;
  /** The other side: the invitee of one you sent, the inviter of one you received. */
  with: IncomingPerson;
  direction: "sent" | "received";
  sentOn: CalendarDate;
  /** `YYYY-MM-DD HH:MM`, 24-hour local time: the same for the same row however the file spells it. */
  sentAt: string;
  /** The note written with the invitation; null for none (most have none). */
  message: string | null;
}

/** The line (from 1) of the header among the file's first 50 (after a notes preamble, if any), or undefined: then it is some other file. */
export function invitationsHeaderLine(head: string): number | undefined {
  const at = head.split(/\r?\n|\r/, 50).findIndex((line) => {
    const names = headerNames(line);
    return REQUIRED.every((c) => names.includes(c));
  });
  return at === -1 ? undefined : at + 1;
}

/**
 * Each invitation after the header, or the reason its row is not one, read as the text streams
 * in. One sent after `today` is refused: conversations are in the past.
 */
export async function* readInvitations(text: AsyncIterable<string>, headerLine: number, today: CalendarDate): AsyncGenerator<Invitation | RowProblem> {
  let get: ((row: readonly string[], name: string) => string | null) | undefined;
  for await (const { record, line } of csvRecords(text, { relaxQuotes: true, firstLine: headerLine })) {
    if (get !== undefined) {
      yield invitationOf(record, line, get, today);
      continue;
    }
    const names = record.map((c) => c.trim().toUpperCase());
    if (!REQUIRED.every((c) => names.includes(c))) throw new UnreadableCsv({ line, reason: "the header cannot be read as CSV" });
    get = columnReader(names);
  }
}

function invitationOf(record: readonly string[], line: number, get: (row: readonly string[], name: string) => string | null, today: CalendarDate): Invitation | RowProblem {
  const rawDirection = get(record, "DIRECTION");
  const upper = rawDirection?.toUpperCase();
  if (upper !== "INCOMING" && upper !== "OUTGOING") return { line, reason: `'${rawDirection ?? ""}' is not a direction (INCOMING or OUTGOING)` };
  const rawSentAt = get(record, "SENT AT");
  const sent = rawSentAt === null ? undefined : localTime(rawSentAt, today);
  if (sent === undefined) return { line, reason: `'${rawSentAt ?? ""}' is not a date like 1/29/26, 2:37 PM` };
  if (sent.on > today) return { line, reason: `'${rawSentAt}' is in the future (today is ${today})` };
  const outgoing = upper === "OUTGOING";
  const name = get(record, outgoing ? "TO" : "FROM");
  const url = get(record, outgoing ? "INVITEEPROFILEURL" : "INVITERPROFILEURL");
  // A URL that is no profile's is left out, as messages.csv's are: the name may still find them.
  const other = { name, linkedinUrl: url === null ? null : (normalizeLinkedinUrl(url) ?? null) };
  if (other.name === null && other.linkedinUrl === null) return { line, reason: `no name or profile URL of who it was ${outgoing ? "sent to" : "from"}` };
  return { line, with: other, direction: outgoing ? "sent" : "received", sentOn: sent.on, sentAt: sent.at, message: get(record, "MESSAGE") };
}

/**
 * `1/29/26, 2:37 PM` (month first, as LinkedIn writes it; a four-digit year, seconds, or the
 * narrow space newer exports put before PM are read too) → its day and 24-hour time.
 */
function localTime(text: string, today: CalendarDate): { on: CalendarDate; at: string } | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::\d{2})?\s*([AP])\.?M\.?$/iu.exec(text);
  if (!m) return undefined;
  // A two-digit year after this one is of the century before (99: 1999), as none is to come.
  const year = m[3]!.length === 2 ? `${m[3]! > today.slice(2, 4) ? "19" : "20"}${m[3]}` : m[3]!;
  const on = `${year}-${m[1]!.padStart(2, "0")}-${m[2]!.padStart(2, "0")}`;
  const hour12 = Number(m[4]);
  if (!isCalendarDate(on) || hour12 < 1 || hour12 > 12 || Number(m[5]) > 59) return undefined;
  const hour = (hour12 % 12) + (m[6]!.toUpperCase() === "P" ? 12 : 0);
  return { on, at: `${on} ${String(hour).padStart(2, "0")}:${m[5]}` };
}
