import type { ChalkInstance } from "chalk";
import { format } from "date-fns/format";
import type { StatsReport } from "../reports/stats.js";
import { CHANNELS } from "../domain/channels.js";
import { type CalendarDate, toLocalMidnight } from "../domain/dates.js";
import type { Month } from "../domain/stats.js";
import { describeLastConversation, plural, who } from "./text.js";

/** The longest bar, in character cells: with the labels, a line stays within 80 columns. */
export const BAR_CELLS = 50;
const LINE_WIDTH = 80;
const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/**
 * Whether networking is working: conversations month by month as bars, by channel, where the
 * contacts on your list stand, who has waited longest, and how far relationships have come.
 */
export function renderStats(report: StatsReport, style: ChalkInstance): string {
  const first = report.months[0]?.month ?? report.since.slice(0, 7);
  const last = report.months.at(-1)?.month ?? first;
  const period = first === last ? monthName(first) : `${monthName(first)} to ${monthName(last)}`;
  const lines = [style.bold(`Conversations, ${period}: ${report.total}`)];
  const most = Math.max(0, ...report.months.map((m) => m.conversations));
  const width = String(most).length;
  for (const { month, conversations } of report.months) {
    lines.push(`  ${monthName(month)} ${String(conversations).padStart(width)} ${style.cyan(bar(conversations, most))}`.trimEnd());
  }
  const channels = CHANNELS.filter((c) => report.channels[c] > 0).sort((a, b) => report.channels[b] - report.channels[a]);
  lines.push(...wrap(`By channel: ${channels.length ? channels.map((c) => `${c} ${report.channels[c]}`).join(", ") : "none"}`));

  const { schedule } = report;
  lines.push("", style.bold(`On your list: ${plural(schedule.contacts, "contact")}`));
  if (schedule.contacts > 0) {
    const due = `${schedule.due} due`;
    lines.push(`  ${schedule.onSchedule} on schedule, ${schedule.due > 0 ? style.red(due) : due}, ${schedule.snoozed} snoozed, ${schedule.paused} paused`);
  }
  if (report.neglected.length > 0) {
    lines.push(style.bold("Longest without a conversation:"));
    for (const { contact, days } of report.neglected) {
      lines.push(`  ${who(contact, style)}: ${plural(days, "day")} (${describeLastConversation(contact.lastContact, contact.addedOn, report.today)})`);
    }
  }

  const { online, voice, in_person: inPerson } = report.stages;
  const counts = [online.reached, voice.reached, inPerson.reached];
  const countWidth = Math.max(...counts.map((n) => String(n).length));
  lines.push("", style.bold(`Stages reached (new since ${monthName(report.since.slice(0, 7))}):`));
  for (const [label, { reached, new: fresh }] of [
    ["online   ", online],
    ["by voice ", voice],
    ["in person", inPerson],
  ] as const) {
    lines.push(`  ${label} ${String(reached).padStart(countWidth)} (+${fresh})`);
  }
  return `${lines.join("\n")}\n`;
}

/** `Nov 2026`. */
function monthName(month: Month): string {
  return format(toLocalMidnight(`${month}-01` as CalendarDate), "MMM yyyy");
}

/** A bar of `count` against `most`, in eighths of a cell; any conversation shows as a sliver. */
export function bar(count: number, most: number): string {
  if (count === 0) return "";
  const eighths = Math.max(1, Math.round((count / most) * BAR_CELLS * 8));
  return "█".repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

/** Lines of at most 80 columns, broken after a comma; the continuations indented. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const part of text.split(/(?<=, )/)) {
    if (line && line.length + part.trimEnd().length > LINE_WIDTH) {
      lines.push(line.trimEnd());
      line = "  ";
    }
    line += part;
  }
  return [...lines, line];
}

/** `netlog stats --json`: keys documented in docs/json.md. */
export function statsJson(report: StatsReport) {
  const stage = (s: { reached: number; new: number }) => ({ reached: s.reached, new: s.new });
  return {
    today: report.today,
    since: report.since,
    conversations: report.total,
    months: report.months.map((m) => ({ month: m.month, conversations: m.conversations })),
    channels: report.channels,
    schedule: {
      contacts: report.schedule.contacts,
      on_schedule: report.schedule.onSchedule,
      due: report.schedule.due,
      snoozed: report.schedule.snoozed,
      paused: report.schedule.paused,
    },
    longest_neglected: report.neglected.map(({ contact, days }) => ({
      uuid: contact.uuid,
      name: contact.name,
      company: contact.company,
      days,
      last_contact: contact.lastContact && { date: contact.lastContact.date, channel: contact.lastContact.channel },
      added_on: contact.addedOn,
    })),
    stages: { online: stage(report.stages.online), voice: stage(report.stages.voice), in_person: stage(report.stages.in_person) },
  };
}
