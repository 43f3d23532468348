import type { ChalkInstance } from "chalk";
import { type DueReport, shownItems } from "../commands/due.js";
import { type CalendarDate, formatLongDate, formatShortDate } from "../domain/dates.js";
import type { DueItem } from "../domain/due.js";
import { describeReason } from "./reason.js";
import { describeLastTouch, oneLine, plural, shorten, who } from "./text.js";

const NOTE_WIDTH = 60;

/**
 * The morning list: who is due and why, then a few suggestions, then (with --within) who is
 * coming up. With nothing to show and no terminal to read it, it is empty, so cron mails
 * nothing; on a terminal it says so and names who is next.
 */
export function renderDue(report: DueReport, style: ChalkInstance, onTerminal: boolean): string {
  const when = report.dateGiven ? `on ${formatLongDate(report.on)}` : "today";
  const lines: string[] = [];
  if (report.items.length === 0 && onTerminal && (report.suggestions.length > 0 || report.upcoming.length > 0)) lines.push(`Nobody is due ${when}.`);
  if (report.items.length > 0) {
    const shown = shownItems(report, "human");
    lines.push(style.bold(`${plural(report.items.length, "person", "people")} due ${when}:`));
    lines.push(...shown.map((item) => `  ${dueLine(item, report.today, style)}`));
    const hidden = report.items.length - shown.length;
    if (hidden > 0) lines.push(style.dim(`  … and ${hidden} more (netlog due --limit 0 shows everyone)`));
  }
  if (report.suggestions.length > 0) {
    lines.push(style.bold("Suggestions:"), ...report.suggestions.map((item) => `  ${who(item.contact, style)}: ${style.cyan(describeReason(item, report.today))}`));
  }
  if (report.upcoming.length > 0) {
    lines.push(style.bold("Coming up:"), ...report.upcoming.map((item) => `  ${dueLine(item, report.today, style)}`));
  }
  if (lines.length > 0) return lines.join("\n") + "\n";
  if (!onTerminal) return "";
  if (report.contactCount === 0) return `Nobody to keep in touch with yet. Add someone: netlog contact add "Elaine Longmire" --every monthly\n`;
  const next = report.next ? ` Next: ${oneLine(report.next.contact.name)}, due ${formatShortDate(report.next.dueOn!, report.today)} (in ${plural(-report.next.daysOverdue, "day")}).` : "";
  return `Nobody is due ${when}.${next}\n`;
}

function dueLine(item: DueItem, today: CalendarDate, style: ChalkInstance): string {
  const { contact } = item;
  const reason = describeReason(item, today);
  const colored = item.daysOverdue > 0 ? style.red(reason) : item.daysOverdue === 0 ? style.yellow(reason) : reason;
  const note = contact.lastContact?.note ? ` — ${style.italic(shorten(contact.lastContact.note, NOTE_WIDTH))}` : "";
  return `${who(contact, style)}: ${colored} (${describeLastTouch(contact.lastContact, contact.addedOn, today)})${note}`;
}
