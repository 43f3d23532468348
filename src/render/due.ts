import type { ChalkInstance } from "chalk";
import { type DueReport, shownItems } from "../commands/due.js";
import { formatLongDate, formatShortDate } from "../domain/dates.js";
import type { DueItem } from "../domain/due.js";
import { describeLastTouch, describeOverdue, oneLine, plural, shorten, who } from "./text.js";

const NOTE_WIDTH = 60;

/**
 * The morning list. With nobody due and no terminal to read it, it is empty, so cron mails
 * nothing; on a terminal it says so and names who is next.
 */
export function renderDue(report: DueReport, style: ChalkInstance, onTerminal: boolean): string {
  const when = report.dateGiven ? `on ${formatLongDate(report.on)}` : "today";
  if (report.items.length === 0) {
    if (!onTerminal) return "";
    if (report.contactCount === 0) return `Nobody to keep in touch with yet. Add someone: netlog contact add "Elaine Longmire" --every monthly\n`;
    const next = report.next ? ` Next: ${oneLine(report.next.contact.name)}, due ${formatShortDate(report.next.dueOn, report.today)} (in ${plural(-report.next.daysOverdue, "day")}).` : "";
    return `Nobody is due ${when}.${next}\n`;
  }
  const shown = shownItems(report, "human");
  const lines = [style.bold(`${plural(report.items.length, "person", "people")} due ${when}:`)];
  lines.push(...shown.map((item) => `  ${dueLine(item, report.today, style)}`));
  const hidden = report.items.length - shown.length;
  if (hidden > 0) lines.push(style.dim(`  … and ${hidden} more (netlog due --limit 0 shows everyone)`));
  return lines.join("\n") + "\n";
}

function dueLine(item: DueItem, today: string, style: ChalkInstance): string {
  const { contact } = item;
  const name = who(contact, style);
  const overdue = item.daysOverdue > 0 ? style.red(describeOverdue(item)) : style.yellow(describeOverdue(item));
  const note = contact.lastContact?.note ? ` — ${style.italic(shorten(contact.lastContact.note, NOTE_WIDTH))}` : "";
  return `${name}: ${overdue} (${describeLastTouch(contact.lastContact, contact.addedOn, today)})${note}`;
}
