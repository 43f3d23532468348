import type { ChalkInstance } from "chalk";
import type { DueReport } from "../reports/due.js";
import { type CalendarDate, formatLongDate, formatShortDate } from "../domain/dates.js";
import type { DueItem } from "../domain/due.js";
import { describeReason } from "./reason.js";
import { neutralise } from "../text/neutralise.js";
import { oneLine } from "../text/one-line.js";
import { companyAfterName } from "../text/name-and-company.js";
import { describeLastConversation, plural } from "./text.js";
import { cutToWidth, DEFAULT_WIDTH, displayWidth } from "./width.js";

/**
 * The morning list: who is due and why (today's share of them, when more are due than the
 * daily limit), then a few suggestions, then (with --within) who is coming up. With nobody due
 * and no terminal to read it, it is empty, whatever is suggested, so cron mails nothing; on a
 * terminal it says so and names who is next. Every line fits `width` display columns.
 */
export function renderDue(report: DueReport, style: ChalkInstance, onTerminal: boolean, width = DEFAULT_WIDTH): string {
  const when = report.dateGiven ? `on ${formatLongDate(report.on)}` : "today";
  const lines: string[] = [];
  const anyoneDue = report.dueCount > 0;
  if (anyoneDue) {
    const count = plural(report.dueCount, "person", "people");
    const heading = report.shown.length < report.dueCount ? `${count} due ${when}, ${report.shown.length} shown (netlog due --all lists everyone):` : `${count} due ${when}:`;
    lines.push(style.bold(cutToWidth(heading, width)));
    lines.push(...report.shown.map((item) => dueLine(item, report.today, style, width)));
  } else if (onTerminal && (report.suggestions.length > 0 || report.upcoming.length > 0 || report.next || report.shownBirthdays.length > 0)) {
    lines.push(cutToWidth(nobodyDue(report, when), width));
  }
  // A birthday is news on its own, under cron too: it will not wait for someone to fall due.
  if (report.shownBirthdays.length > 0) {
    const more = report.birthdays.length - report.shownBirthdays.length;
    lines.push(style.bold("Birthdays:"), ...report.shownBirthdays.map((item) => dueLine(item, report.today, style, width)));
    if (more > 0) lines.push(cutToWidth(`  and ${plural(more, "more birthday")} (netlog due --all lists them)`, width));
  }
  // A suggestion is never the only news: a run without a terminal prints nothing without someone due.
  if (report.suggestions.length > 0 && (anyoneDue || onTerminal)) {
    lines.push(style.bold("Suggestions:"), ...report.suggestions.map((item) => suggestionLine(item, report.today, style, width)));
  }
  if (report.upcoming.length > 0) {
    lines.push(style.bold("Coming up:"), ...report.upcoming.map((item) => dueLine(item, report.today, style, width)));
  }
  if (lines.length > 0) return `${lines.join("\n")}\n`;
  if (!onTerminal) return "";
  if (!report.anyContacts) return 'Nobody to keep in touch with yet. Add someone:\n  netlog contact add "Elaine Longmire" --every monthly\n';
  return `${cutToWidth(nobodyDue(report, when), width)}\n`;
}

/** Every text of `items` that a line may show: what loadWidthsFor must see before rendering. */
export function shownTexts(items: Iterable<DueItem>): string[] {
  return [...items].flatMap(({ contact, followUp }) => [contact.name, contact.company ?? "", contact.lastContact?.note ?? "", followUp?.note ?? ""]);
}

/** One person of the list as `netlog review` shows it: `2/5` above the lines `due` prints. */
export function renderReviewItem(item: DueItem, position: number, total: number, today: CalendarDate, style: ChalkInstance, width = DEFAULT_WIDTH): string {
  const lines = item.reason.startsWith("suggest_") ? suggestionLine(item, today, style, width) : dueLine(item, today, style, width);
  return `\n${style.dim(`${position}/${total}`)}\n${lines}`;
}

/** With --within, "Coming up" names who is next already. */
function nobodyDue(report: DueReport, when: string): string {
  const next =
    report.next && report.upcoming.length === 0
      ? ` Next: ${neutralise(report.next.contact.name)}, due ${formatShortDate(report.next.dueOn!, report.today)} (in ${plural(-report.next.daysOverdue, "day")}).`
      : "";
  return `Nobody is due ${when}.${next}`;
}

/** How late an item is, for its colour: more than a whole cadence overdue, or a broken promise, is late. */
function lateness(item: DueItem): "late" | "due" | "upcoming" {
  if (item.daysOverdue < 0) return "upcoming";
  if (item.reason === "follow_up") return item.daysOverdue > 0 ? "late" : "due";
  return item.daysOverdue > item.cadenceDays ? "late" : "due";
}

interface Segment {
  text: string;
  paint: (text: string) => string;
}

/**
 * Two lines: who and why, then what was said last. `  Elaine Longmire (Jefferson Bank): 46 days
 * overdue`, then `    last: phone, 10 Sep — talked about her move`. Each fits `width` columns:
 * the note is cut first, then the company goes, then the name and last the reason are cut. A reminder of an unanswered
 * message names that message already, so its second line is the message's note alone.
 */
function dueLine(item: DueItem, today: CalendarDate, style: ChalkInstance, width: number): string {
  const { contact } = item;
  const late = lateness(item);
  const paintReason = late === "late" ? style.red : late === "due" ? style.yellow : (text: string) => text;
  const first = fit(width, [
    { text: "  ", paint: String },
    { text: neutralise(contact.name), paint: style.bold },
    { text: companyAfterName(contact.company && neutralise(contact.company)), paint: String },
    { text: ": ", paint: String },
    { text: describeReason(item, today), paint: paintReason },
  ]);
  const note = contact.lastContact?.note ? oneLine(contact.lastContact.note) : "";
  const last = item.reason === "no_reply" ? "" : describeLastConversation(contact.lastContact, contact.addedOn, today);
  const said = [last, note && style.italic(cutToWidth(note, width - 4 - (last ? displayWidth(last) + 3 : 0)))].filter(Boolean).join(" — ");
  return said ? `${first}\n    ${said}` : first;
}

function suggestionLine(item: DueItem, today: CalendarDate, style: ChalkInstance, width: number): string {
  return fit(width, [
    { text: "  ", paint: String },
    { text: neutralise(item.contact.name), paint: style.bold },
    { text: companyAfterName(item.contact.company && neutralise(item.contact.company)), paint: String },
    { text: ": ", paint: String },
    { text: describeReason(item, today), paint: style.cyan },
  ]);
}

/** Cuts the segments (plain text) of `indent name (company): reason` to fit `width`, then paints them. */
function fit(width: number, segments: [Segment, Segment, Segment, Segment, Segment]): string {
  const [, name, company, , reason] = segments;
  const total = () => segments.reduce((sum, s) => sum + displayWidth(s.text), 0);
  const cut = (segment: Segment, least: number) => {
    if (total() > width) segment.text = cutToWidth(segment.text, Math.max(least, width - (total() - displayWidth(segment.text))));
  };
  // The reason says why: the company goes first, then the name is cut, and the reason last.
  if (total() > width) company.text = "";
  cut(name, 12);
  cut(reason, 0);
  return segments.map((s) => (s.text ? s.paint(s.text) : "")).join("");
}
