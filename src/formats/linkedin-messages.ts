// LinkedIn's messages.csv: one row per message, columns found by name (the export has changed
// over the years), dates like `2024-03-05 14:22:10 UTC`.
import { normalizeLinkedinUrl } from "../domain/linkedin-url.js";
import { columnReader, csvRecords } from "./csv-records.js";
import type { RowProblem } from "./linkedin.js";

export interface Message {
  line: number;
  conversationId: string;
  /** The instant it was sent, ISO-8601 UTC. */
  sentAt: string;
  from: { name: string | null; url: string | null };
  to: Array<{ name: string | null; url: string | null }>;
  content: string | null;
}

const REQUIRED = ["CONVERSATION ID", "FROM", "DATE"];

export function isMessagesCsv(text: string): boolean {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0]!.toUpperCase();
  return REQUIRED.every((c) => firstLine.includes(c));
}

/** Undefined when the text is not a messages export. */
export function parseMessages(text: string): { messages: Message[]; problems: RowProblem[] } | undefined {
  if (!isMessagesCsv(text)) return undefined;
  const records = csvRecords(text, { relaxQuotes: true });
  if (!Array.isArray(records)) return { messages: [], problems: [records] };
  const header = records[0]!.record.map((c) => c.trim().toUpperCase());
  const get = columnReader(header);
  const messages: Message[] = [];
  const problems: RowProblem[] = [];
  for (const { record, line } of records.slice(1)) {
    const date = get(record, "DATE");
    const sentAt = date === null ? undefined : utcInstant(date);
    if (sentAt === undefined) {
      problems.push({ line, reason: `'${date ?? ""}' is not a date like 2024-03-05 14:22:10 UTC` });
      continue;
    }
    const urls = (get(record, "RECIPIENT PROFILE URLS") ?? "").split(",").map((u) => u.trim()).filter(Boolean);
    const names = (get(record, "TO") ?? "").split(",").map((n) => n.trim()).filter(Boolean);
    // Names can hold commas ("Jane Doe, MBA"): pair them with URLs only when the counts agree.
    const to = urls.length > 0
      ? urls.map((url, i) => ({ name: names.length === urls.length ? names[i]! : null, url: profile(url) }))
      : names.map((name) => ({ name, url: null }));
    messages.push({
      line,
      conversationId: get(record, "CONVERSATION ID") ?? "",
      sentAt,
      from: { name: get(record, "FROM"), url: profile(get(record, "SENDER PROFILE URL") ?? undefined) },
      to: to.filter((p) => p.name || p.url),
      content: get(record, "CONTENT") ?? get(record, "SUBJECT"),
    });
  }
  return { messages, problems };
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
