// The views of `netlog log`, `log edit` and `log rm`.
import type { ChalkInstance } from "chalk";
import type { ConversationEdited, ConversationRemoved } from "../reports/log-change.js";
import { JsonItems, mapItems } from "../reports/json-items.js";
import { LOG_NAME_WIDTH, type LogReport, type LogStream, logStreamOf } from "../reports/log.js";
import type { FieldChange } from "../domain/conversation-edit.js";
import { type CalendarDate, formatLongDate, formatShortDate } from "../domain/dates.js";
import type { Direction, DueItem } from "../domain/due.js";
import type { ConversationWithContact } from "../store/conversation-log.js";
import { describeReason } from "./reason.js";
import { neutralise } from "../text/neutralise.js";
import { oneLine } from "../text/one-line.js";
import { shorten, who } from "./text.js";

/** The whole line fits a standard terminal. */
const WIDTH = 80;
const MIN_NOTE_WIDTH = 20;
/**
 * As wide as formatShortDate writes a date (`d MMM`, with the year when not this year's; every
 * month's abbreviation is three letters): reading more months cannot widen the column.
 */
const WIDEST_DATE = "31 Dec 2025".length;

const ARROW: Readonly<Record<Direction, string>> = { sent: "→", received: "←", both: "↔" };
const DIRECTION_WORDS: Readonly<Record<Direction, string>> = { sent: "sent", received: "received", both: "two-way" };

function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - [...text].length));
}

/**
 * One line per conversation: id, date, who spoke and how, the contact (unless the list is one
 * contact's), and as much of the note as fits in 80 columns. On a terminal with more than the
 * limit, a last line says how many are left out; without a terminal an empty list prints nothing.
 */
export function renderLog(report: LogReport, style: ChalkInstance, today: CalendarDate, onTerminal: boolean): string {
  return [...logLines(logStreamOf(report), style, today, onTerminal)].join("");
}

/**
 * renderLog's text line by line, each conversation turned into its line as it is read. The
 * columns are as wide as their widest value: sized first, from `columns`, then the rows.
 */
export function* logLines(report: LogStream, style: ChalkInstance, today: CalendarDate, onTerminal: boolean): Generator<string> {
  const { columns } = report;
  const dateWidth = widest(
    mapItems(columns.dates, (d) => formatShortDate(d, today)),
    WIDEST_DATE,
  );
  // No dates, no conversations.
  if (dateWidth === undefined) {
    if (onTerminal) yield `${noneText(report, today)}\n`;
    return;
  }
  const idWidth = widest(mapItems(columns.ids, String)) ?? 0;
  // A shortened name is at most LOG_NAME_WIDTH: reading more names cannot widen the column.
  const nameWidth = columns.names
    ? (widest(
        mapItems(columns.names, (n) => shorten(n, LOG_NAME_WIDTH)),
        LOG_NAME_WIDTH,
      ) ?? 0)
    : 0;
  const noteWidth = Math.max(MIN_NOTE_WIDTH, WIDTH - (idWidth + 2 + dateWidth + 2 + 10 + 2 + (columns.names ? nameWidth + 2 : 0)));
  for (const entry of report.entries) {
    const how = `${ARROW[entry.direction]} ${entry.channel.padEnd(8)}`;
    const name = columns.names ? `${style.bold(padEnd(shorten(entry.contact.name, LOG_NAME_WIDTH), nameWidth))}  ` : "";
    // A note of nothing but spaces and line breaks shortens to nothing.
    const note = (entry.note && shorten(entry.note, noteWidth)) || style.dim("—");
    yield `${style.dim(String(entry.id).padStart(idWidth))}  ${formatShortDate(entry.date, today).padStart(dateWidth)}  ${how}  ${name}${note}\n`;
  }
  if (report.hidden > 0 && onTerminal) yield `${style.dim(`… and ${report.hidden} more (--limit 0 shows them all)`)}\n`;
}

/** The most characters among `texts` (undefined for none), read no further than `enough`. */
function widest(texts: Iterable<string>, enough = Number.POSITIVE_INFINITY): number | undefined {
  let max: number | undefined;
  for (const text of texts) {
    max = Math.max(max ?? 0, [...text].length);
    if (max >= enough) break;
  }
  return max;
}

/** `No conversations with Elaine Longmire by phone since 1 Nov.` */
function noneText(report: Pick<LogReport, "contact" | "channel" | "since">, today: CalendarDate): string {
  const parts = ["No conversations"];
  if (report.contact) parts.push(`with ${neutralise(report.contact.name)}`);
  if (report.channel) parts.push(`by ${report.channel}`);
  if (report.since) parts.push(`since ${formatShortDate(report.since, today)}`);
  return report.contact || report.channel || report.since ? `${parts.join(" ")}.` : "No conversations logged yet.";
}

export function logJson(report: LogReport) {
  return report.entries.map(conversationWithContactJson);
}

/** logJson's array, each conversation turned as it is read. */
export function logJsonItems(report: LogStream) {
  return new JsonItems(mapItems(report.entries, conversationWithContactJson));
}

export function conversationWithContactJson(entry: ConversationWithContact) {
  return {
    id: entry.id,
    uuid: entry.uuid,
    date: entry.date,
    channel: entry.channel,
    direction: entry.direction,
    note: entry.note,
    created_at: entry.createdAt,
    contact: { uuid: entry.contact.uuid, name: entry.contact.name, company: entry.contact.company },
  };
}

/** `phone with Elaine Longmire (Jefferson Bank) on Fri 20 Nov 2026` */
function describeEntry(entry: ConversationWithContact, style: ChalkInstance): string {
  return `${entry.channel} with ${who(entry.contact, style)} on ${formatLongDate(entry.date)}`;
}

function valueText(change: FieldChange, value: string | null): string {
  if (value === null) return "(none)";
  if (change.field === "date") return formatLongDate(value);
  if (change.field === "direction") return DIRECTION_WORDS[value as Direction];
  return shorten(value, 30);
}

/** Where the contact stands now, as `netlog due` would say it; nothing while paused. */
function standing(schedule: DueItem, today: CalendarDate): string[] {
  if (schedule.dueOn === null) return [];
  return [`${neutralise(schedule.contact.name)}: ${describeReason(schedule, today)}.`];
}

/** Room for a value after `  note       ` in 80 columns. */
const VALUE_WIDTH = 67;

/**
 * A changed note, old and new. On one line when both fit, else one under the other; a note too
 * long for its line is shown from a word shortly before the first change, so that a typo
 * corrected at the end of a long note is what the user sees.
 */
function noteChange(from: string | null, to: string | null): string[] {
  const flat = (note: string | null) => (note === null ? null : oneLine(note));
  const a = flat(from);
  const b = flat(to);
  const label = `  ${"note".padEnd(9)}  `;
  if (a === null || b === null || [...a].length + 3 + [...b].length <= VALUE_WIDTH) return [`${label}${a === null ? "(none)" : a} → ${b === null ? "(none)" : b}`];
  let start = 0;
  const longest = Math.max([...a].length, [...b].length);
  if (longest > VALUE_WIDTH) {
    let first = 0;
    while (first < a.length && a[first] === b[first]) first++;
    start = Math.max(0, Math.min(first - 20, longest - (VALUE_WIDTH - 1)));
    // From the start of a word, unless that would pass the change.
    const space = a.indexOf(" ", start - 1);
    if (start > 0 && space >= 0 && space + 1 <= first) start = space + 1;
  }
  const part = (note: string) => shorten(start > 0 ? `…${note.slice(start)}` : note, VALUE_WIDTH);
  return [`${label}${part(a)}`, `          →  ${part(b)}`];
}

export function renderEdited({ entry, changes, schedule }: ConversationEdited, style: ChalkInstance, today: CalendarDate): string {
  if (changes.length === 0) return `Nothing changed: conversation ${entry.id} (${describeEntry(entry, style)}) already has these values.\n`;
  const lines = [`Changed conversation ${entry.id}, now ${describeEntry(entry, style)}:`];
  for (const change of changes) {
    if (change.field === "note") lines.push(...noteChange(change.from, change.to));
    else lines.push(`  ${change.field.padEnd(9)}  ${valueText(change, change.from)} → ${valueText(change, change.to)}`);
  }
  lines.push(...standing(schedule, today), style.dim("netlog undo puts it back as it was."));
  return `${lines.join("\n")}\n`;
}

export function renderRemoved({ entry, schedule }: ConversationRemoved, style: ChalkInstance, today: CalendarDate): string {
  const note = entry.note ? ` — ${shorten(entry.note, 40)}` : "";
  const lines = [`Removed conversation ${entry.id}: ${describeEntry(entry, style)}${note}.`, ...standing(schedule, today), style.dim("netlog undo brings it back.")];
  return `${lines.join("\n")}\n`;
}
