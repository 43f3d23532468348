import type { ChalkInstance } from "chalk";
import { formatShortDate, type CalendarDate } from "../domain/dates.js";
import type { DueItem, Touch } from "../domain/due.js";

/**
 * A stored field made safe for one line of a terminal: line breaks become spaces and other
 * control characters (escape codes included) become �, so a name can neither break the
 * one-line-per-person layout nor recolour the screen. --json keeps the exact text.
 */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\n\r\t\v\f\u2028\u2029]/g, " ").replace(/\p{Cc}/gu, "\ufffd");
}

/** `Elaine Longmire (Jefferson Bank)` with the name in bold, or just the name. */
export function who(contact: { name: string; company: string | null }, style: ChalkInstance): string {
  const name = style.bold(oneLine(contact.name));
  return contact.company ? `${name} (${oneLine(contact.company)})` : name;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One line, at most `max` characters: notes can hold paragraphs and control characters. */
export function shorten(text: string, max: number): string {
  const line = text.replace(/[\s\p{Cc}]+/gu, " ").trim();
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
export function describeLastTouch(last: Touch | null, addedOn: CalendarDate, today: CalendarDate): string {
  if (!last) return `never contacted, added ${formatShortDate(addedOn, today)}`;
  return `last: ${last.channel}, ${formatShortDate(last.date, today)}`;
}
