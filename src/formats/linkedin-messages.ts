// LinkedIn's messages.csv: one row per message, columns found by name (the export has changed
// over the years), dates like `2024-03-05 14:22:10 UTC`.
import { type CalendarDate, isCalendarDate, localDateOf } from "../domain/dates.js";
import type { IncomingConversation } from "../domain/incoming.js";
import { normalizeLinkedinUrl } from "../domain/linkedin-url.js";
import { columnReader, csvRecords } from "./csv-records.js";
import type { RowProblem } from "./row-problem.js";

const REQUIRED = ["CONVERSATION ID", "FROM", "DATE"];

export function isMessagesCsv(head: string): boolean {
  const firstLine = head
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/, 1)[0]!
    .toUpperCase();
  return REQUIRED.every((c) => firstLine.includes(c));
}

/**
 * Each message after the header, or the reason its row is not one, read as the text streams in.
 * A message sent after `today` (local) is refused: conversations are in the past.
 */
export async function* readMessages(text: AsyncIterable<string>, today: CalendarDate): AsyncGenerator<IncomingConversation | RowProblem> {
  let get: ((row: readonly string[], name: string) => string | null) | undefined;
  for await (const { record, line } of csvRecords(text, { relaxQuotes: true })) {
    if (get === undefined) get = columnReader(record.map((c) => c.trim().toUpperCase()));
    else yield messageOf(record, line, get, today);
  }
}

function messageOf(record: readonly string[], line: number, get: (row: readonly string[], name: string) => string | null, today: CalendarDate): IncomingConversation | RowProblem {
  const date = get(record, "DATE");
  const sentAt = date === null ? undefined : utcInstant(date);
  const on = sentAt === undefined ? undefined : localDateOf(new Date(sentAt));
  if (on === undefined || !isCalendarDate(on)) return { line, reason: `'${date ?? ""}' is not a date like 2024-03-05 14:22:10 UTC` };
  if (on > today) return { line, reason: `'${date}' is in the future (today is ${today})` };
  const urls = (get(record, "RECIPIENT PROFILE URLS") ?? "")
    .split(",")
    .map((u) => u.trim())
    .filter(Boolean);
  const names = (get(record, "TO") ?? "")
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  // Names can hold commas ("Jane Doe, MBA"): pair them with URLs only when the counts agree.
  const to =
    urls.length > 0
      ? urls.map((url, i) => ({ name: names.length === urls.length ? names[i]! : null, linkedinUrl: profile(url) }))
      : names.map((name) => ({ name, linkedinUrl: null }));
  return {
    line,
    conversationId: get(record, "CONVERSATION ID") ?? "",
    sentAt: sentAt!,
    from: { name: get(record, "FROM"), linkedinUrl: profile(get(record, "SENDER PROFILE URL") ?? undefined) },
    to: to.filter((p) => p.name || p.linkedinUrl),
    content: get(record, "CONTENT") ?? get(record, "SUBJECT"),
  };
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
