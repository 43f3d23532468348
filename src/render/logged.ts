import type { ChalkInstance } from "chalk";
import type { Logged } from "../commands/add.js";
import { formatCadence } from "../domain/cadence.js";
import { type CalendarDate, formatLongDate, formatShortDate } from "../domain/dates.js";

/** Confirms what was stored, naming the contact in full, since a typed prefix may have found them. */
export function renderLogged({ contact, interaction, matchedBy, schedule }: Logged, style: ChalkInstance, today: CalendarDate): string {
  const created = matchedBy === "created" ? ` (new contact, every ${formatCadence(schedule.cadenceDays)})` : "";
  const when = interaction.date === today ? "today" : formatLongDate(interaction.date);
  return `Logged ${interaction.channel} with ${style.bold(contact.name)}${created}, ${when}. Next touch-base due ${formatShortDate(schedule.dueOn, today)}.\n`;
}
