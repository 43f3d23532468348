import type { ChalkInstance } from "chalk";
import { formatShortDate, type CalendarDate } from "../domain/dates.js";
import type { DueItem, Conversation } from "../domain/due.js";
import { neutralise } from "../text/neutralise.js";
import { oneLine } from "../text/one-line.js";
import { nameAndCompany } from "../text/name-and-company.js";
import { plural } from "../text/plural.js";

/** `Elaine Longmire (Jefferson Bank)` with the name in bold, or just the name. */
export function who(contact: { name: string; company: string | null }, style: ChalkInstance): string {
  return nameAndCompany(style.bold(neutralise(contact.name)), contact.company && neutralise(contact.company));
}

// The views' helpers are here; plural lives in the leaf text/ as commands use it too.
export { plural } from "../text/plural.js";

/** One line, neutralised, at most `max` characters: notes can hold paragraphs and control characters. */
export function shorten(text: string, max: number): string {
  const line = oneLine(text);
  const chars = [...line];
  if (chars.length <= max) return line;
  const cut = chars.slice(0, max - 1).join("");
  // End on a whole word unless that would throw away most of the line.
  const lastSpace = cut.lastIndexOf(" ");
  const wordEnd = chars[max - 1] === " " || lastSpace < max / 2 ? cut : cut.slice(0, lastSpace);
  return `${wordEnd.trimEnd()}…`;
}

/** `46 days overdue`, `due today`, `due in 15 days`. */
export function describeOverdue(item: DueItem): string {
  if (item.daysOverdue > 0) return `${plural(item.daysOverdue, "day")} overdue`;
  if (item.daysOverdue === 0) return "due today";
  return `due in ${plural(-item.daysOverdue, "day")}`;
}

/** `last: phone, 10 Sep` or `never contacted, added 3 Oct`. */
export function describeLastConversation(last: Conversation | null, addedOn: CalendarDate, today: CalendarDate): string {
  if (!last) return `never contacted, added ${formatShortDate(addedOn, today)}`;
  return `last: ${last.channel}, ${formatShortDate(last.date, today)}`;
}
