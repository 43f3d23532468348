// LinkedIn's messages.csv: one row per message, columns found by name (the export has changed
// over the years), dates like `2024-03-05 14:22:10 UTC`. Two layouts (test/fixtures/linkedin/):
// since about 2020 each row has its conversation and profile URLs, and newer exports flag unsent
// drafts; the oldest has only names and says which way each message went.
import { type CalendarDate, isCalendarDate, localDateOf } from "../domain/dates.js";
import type { IncomingConversation, IncomingPerson } from "../domain/incoming.js";
import { normalizeLinkedinUrl } from "../domain/linkedin-url.js";
import { columnReader, csvRecords } from "./csv-records.js";
import type { RowProblem } from "./row-problem.js";

/** The header names of each layout, as LinkedIn writes them (read in any case). */
export const CONVERSATIONS_HEADER = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER";
export const DIRECTIONS_HEADER = "FROM,TO,DATE,SUBJECT,CONTENT,DIRECTION,FOLDER";

const LAYOUTS = {
  conversations: ["CONVERSATION ID", "FROM", "DATE"],
  directions: ["FROM", "TO", "DATE", "DIRECTION"],
} as const;
type Layout = keyof typeof LAYOUTS;

/** A message as the file has it; `direction` only where the file says it (the oldest layout). */
export interface LinkedinMessage extends IncomingConversation {
  direction?: "sent" | "received";
}

/** A row of a message never sent: left out, and counted. */
export interface Draft {
  line: number;
  draft: true;
}

/** The header's names, upper case, quotes and a byte-order mark taken off. */
export function headerNames(firstLine: string): string[] {
  return firstLine
    .replace(/^\uFEFF/, "")
    .split(",")
    .map((c) =>
      c
        .trim()
        .replace(/^"(.*)"$/, "$1")
        .trim()
        .toUpperCase(),
    );
}

function layoutOf(names: readonly string[]): Layout | undefined {
  if (LAYOUTS.conversations.every((c) => names.includes(c))) return "conversations";
  if (LAYOUTS.directions.every((c) => names.includes(c))) return "directions";
  return undefined;
}

export function isMessagesCsv(head: string): boolean {
  return layoutOf(headerNames(head.split(/\r?\n/, 1)[0]!)) !== undefined;
}

/**
 * Each message after the header, a draft, or the reason its row is not a message, read as the
 * text streams in. A message sent after `today` (local) is refused: conversations are in the past.
 */
export async function* readMessages(text: AsyncIterable<string>, today: CalendarDate): AsyncGenerator<LinkedinMessage | Draft | RowProblem> {
  let reader: { get: (row: readonly string[], name: string) => string | null; layout: Layout } | undefined;
  for await (const { record, line } of csvRecords(text, { relaxQuotes: true })) {
    if (reader === undefined) {
      const names = record.map((c) => c.trim().toUpperCase());
      reader = { get: columnReader(names), layout: layoutOf(names) ?? "conversations" };
    } else yield messageOf(record, line, reader.get, reader.layout, today);
  }
}

const YES = /^(yes|true)$/i;

function messageOf(
  record: readonly string[],
  line: number,
  get: (row: readonly string[], name: string) => string | null,
  layout: Layout,
  today: CalendarDate,
): LinkedinMessage | Draft | RowProblem {
  // A draft was never sent: logged, it would be chased as a message without a reply. A draft
  // conversation (never started) holds only drafts.
  if (YES.test(get(record, "IS MESSAGE DRAFT") ?? "") || YES.test(get(record, "IS CONVERSATION DRAFT") ?? "")) return { line, draft: true };
  const date = get(record, "DATE");
  const sentAt = date === null ? undefined : utcInstant(date);
  const on = sentAt === undefined ? undefined : localDateOf(new Date(sentAt));
  if (on === undefined || !isCalendarDate(on)) return { line, reason: `'${date ?? ""}' is not a date like 2024-03-05 14:22:10 UTC` };
  if (on > today) return { line, reason: `'${date}' is in the future (today is ${today})` };
  const message = {
    line,
    conversationId: get(record, "CONVERSATION ID") ?? "",
    sentAt: sentAt!,
    from: { name: get(record, "FROM"), linkedinUrl: profile(get(record, "SENDER PROFILE URL") ?? undefined) },
    to: recipients(get(record, "TO") ?? "", get(record, "RECIPIENT PROFILE URLS") ?? ""),
    content: get(record, "CONTENT") ?? get(record, "SUBJECT"),
  };
  if (layout === "conversations") return message;
  const direction = get(record, "DIRECTION");
  const upper = direction?.toUpperCase();
  if (upper !== "INCOMING" && upper !== "OUTGOING") return { line, reason: `'${direction ?? ""}' is not a direction (INCOMING or OUTGOING)` };
  return { ...message, direction: upper === "OUTGOING" ? "sent" : "received" };
}

/**
 * Who a message went to. Newer exports separate the profile URLs of a group message with `;`,
 * older ones with `,`. Names can hold commas ("Jane Doe, MBA"): they are paired with the URLs
 * only when the counts agree.
 */
function recipients(namesCell: string, urlsCell: string): IncomingPerson[] {
  const urls = urlsCell
    .split(/[;,]/)
    .map((u) => u.trim())
    .filter(Boolean);
  const names = namesCell
    .split(namesCell.includes(";") ? ";" : ",")
    .map((n) => n.trim())
    .filter(Boolean);
  const to =
    urls.length > 0
      ? urls.map((url, i) => ({ name: names.length === urls.length ? names[i]! : null, linkedinUrl: profile(url) }))
      : names.map((name) => ({ name, linkedinUrl: null }));
  return to.filter((p) => p.name || p.linkedinUrl);
}

function profile(url: string | undefined): string | null {
  return url ? (normalizeLinkedinUrl(url) ?? null) : null;
}

/** `2024-03-05 14:22:10 UTC` (or with a T, or without seconds) → ISO instant; undefined otherwise. */
function utcInstant(text: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?:\s*UTC|Z)?$/.exec(text);
  if (!m) return undefined;
  const instant = new Date(`${m[1]}T${m[2]!.length === 5 ? `${m[2]}:00` : m[2]}Z`);
  return Number.isNaN(instant.getTime()) || instant.toISOString().slice(0, 10) !== m[1] ? undefined : instant.toISOString();
}
