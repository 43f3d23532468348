import type { ChalkInstance } from "chalk";
import type { Logged } from "../commands/add.js";
import { formatCadence } from "../domain/cadence.js";
import { type CalendarDate, formatLongDate, formatShortDate } from "../domain/dates.js";
import { UNANSWERED_IN_A_ROW_LIMIT } from "../domain/due.js";
import { describeOverdue, oneLine } from "./text.js";

/** Confirms what was stored, naming the contact in full, since a typed prefix may have found them. */
export function renderLogged({ contact, interaction, matchedBy, schedule }: Logged, style: ChalkInstance, today: CalendarDate): string {
  const created = matchedBy === "created" ? ` (new contact, every ${formatCadence(schedule.cadenceDays)})` : "";
  const when = interaction.date === today ? "today" : formatLongDate(interaction.date);
  // A back-dated conversation can leave the contact overdue still: say so rather than show a past "next".
  const dueOn = schedule.dueOn;
  const what = schedule.reason === "follow_up" ? "Follow-up" : schedule.reason === "no_reply" ? "Without a reply, next touch-base" : "Next touch-base";
  const next =
    dueOn === null
      ? "Paused: no touch-base due."
      : schedule.daysOverdue > 0
        ? `${what} was due ${formatShortDate(dueOn, today)} (${describeOverdue(schedule)}).`
        : `${what} ${schedule.daysOverdue === 0 ? "due today" : `due ${formatShortDate(dueOn, today)}`}.`;
  // Said once, when the second unanswered message in a row is logged (domain/due.ts stops chasing).
  const stopsChasing =
    interaction.direction === "sent" && schedule.contact.lastContact?.id === interaction.id && schedule.contact.sentInARow === UNANSWERED_IN_A_ROW_LIMIT
      ? ` That is ${UNANSWERED_IN_A_ROW_LIMIT} messages in a row without a reply: netlog stops reminding you of a reply from ${oneLine(contact.name)} until they write.`
      : "";
  return `Logged ${interaction.channel} with ${style.bold(oneLine(contact.name))}${created}, ${when}. ${next}${stopsChasing}\n`;
}
