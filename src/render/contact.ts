import type { ChalkInstance } from "chalk";
import type { ContactAdded } from "../commands/contact-add.js";
import type { ContactSummary } from "../commands/contact-list.js";
import type { ContactProfile } from "../commands/contact-show.js";
import { formatCadence } from "../domain/cadence.js";
import { type CalendarDate, formatLongDate, formatShortDate } from "../domain/dates.js";
import type { DueItem } from "../domain/due.js";
import { describeLastTouch, describeOverdue, oneLine, plural, shorten, who } from "./text.js";

export function renderContactAdded({ contact, schedule }: ContactAdded, style: ChalkInstance, today: CalendarDate): string {
  return `Added ${who(contact, style)}. Touch base every ${cadenceText(schedule, contact.cadenceDays === null)}. First touch-base due ${formatShortDate(schedule.dueOn, today)}.\n`;
}

/** `1 month`, or `3 months (default)` when the contact has no cadence of its own. */
function cadenceText(schedule: DueItem, isDefault: boolean): string {
  return `${formatCadence(schedule.cadenceDays)}${isDefault ? " (default)" : ""}`;
}

export function renderContactList(summaries: readonly ContactSummary[], style: ChalkInstance, today: CalendarDate): string {
  if (summaries.length === 0) return "";
  const lines = summaries.map(({ contact, schedule }) => {
    const tags = contact.tags.length ? " " + style.cyan(contact.tags.map((t) => `#${oneLine(t)}`).join(" ")) : "";
    const status = schedule.daysOverdue >= 0 ? style.red(describeOverdue(schedule)) : `due ${formatShortDate(schedule.dueOn, today)}`;
    return `${who(contact, style)}${tags} — ${describeLastTouch(schedule.contact.lastContact, contact.addedOn, today)}; ${status}`;
  });
  return lines.join("\n") + "\n";
}

export function renderProfile({ contact, schedule, interactions }: ContactProfile, style: ChalkInstance, today: CalendarDate): string {
  const rows: Array<[string, string | null]> = [
    ["Company", contact.company],
    ["Title", contact.title],
    ["Email", contact.email],
    ["Phone", contact.phone],
    ["LinkedIn", contact.linkedinUrl],
    ["Location", contact.location],
    ["Met", contact.met],
    ["Tags", contact.tags.length ? contact.tags.join(", ") : null],
    ["Cadence", `every ${cadenceText(schedule, contact.cadenceDays === null)}`],
    ["Added", formatLongDate(contact.addedOn)],
    ["Next due", `${formatLongDate(schedule.dueOn)} (${describeOverdue(schedule)})`],
    ["Notes", contact.notes],
  ];
  const lines = [style.bold(oneLine(contact.name))];
  for (const [label, value] of rows) {
    // Notes keep their line breaks, each line under the first.
    if (value !== null) lines.push(`  ${style.dim(label.padEnd(9))} ${value.trim().split(/\r?\n/).map(oneLine).join(`\n${" ".repeat(12)}`)}`);
  }
  lines.push("", style.bold(interactions.length ? `Timeline (${plural(interactions.length, "conversation")})` : "No conversations logged yet."));
  for (const i of interactions) {
    lines.push(`  ${formatShortDate(i.date, today).padStart(11)}  ${i.channel.padEnd(8)}  ${i.note ? shorten(i.note, 100) : style.dim("—")}`);
  }
  return lines.join("\n") + "\n";
}
