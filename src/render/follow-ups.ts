import type { ChalkInstance } from "chalk";
import type { FollowUpListReport } from "../reports/follow-up-list.js";
import { calendarDaysBetween, formatShortDate } from "../domain/dates.js";
import { neutralise } from "../text/neutralise.js";
import { plural } from "./text.js";
import { cutToWidth, DEFAULT_WIDTH } from "./width.js";

/** `  Fri 4 Dec, in 3 days: Elaine Longmire — send the deck (promised 25 Nov)`, soonest first. */
export function renderFollowUps(report: FollowUpListReport, style: ChalkInstance, onTerminal: boolean, width = DEFAULT_WIDTH): string {
  if (report.open.length === 0) return onTerminal ? "No open follow-ups. Promise one: netlog follow-up NAME WHEN [NOTE]\n" : "";
  const lines = [style.bold(`${plural(report.open.length, "open follow-up")}:`)];
  for (const { contact, followUp } of report.open) {
    const days = calendarDaysBetween(report.today, followUp.date);
    const when = days === 0 ? "today" : days > 0 ? `in ${plural(days, "day")}` : `${plural(-days, "day")} overdue`;
    const paint = days < 0 ? style.red : days === 0 ? style.yellow : (text: string) => text;
    const head = `${formatShortDate(followUp.date, report.today)}, ${when}`;
    const note = followUp.note ? ` — ${neutralise(followUp.note)}` : "";
    const line = cutToWidth(`  ${head}: ${neutralise(contact.name)}${note} (promised ${formatShortDate(followUp.setOn, report.today)})`, width);
    lines.push(line.startsWith(`  ${head}`) ? `  ${paint(head)}${line.slice(2 + head.length)}` : line);
  }
  return `${lines.join("\n")}\n`;
}

export function followUpsJson(report: FollowUpListReport) {
  return report.open.map(({ contact, followUp }) => ({
    uuid: contact.uuid,
    name: contact.name,
    company: contact.company,
    date: followUp.date,
    note: followUp.note,
    promised_on: followUp.setOn,
    days_until: calendarDaysBetween(report.today, followUp.date),
  }));
}
